using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Web.Health;

public sealed class DatabaseHealthCheck(IDbContextFactory<StoryExhibitDb> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy("The story database answers.") : HealthCheckResult.Unhealthy("The story database cannot be opened.");
    }
}
