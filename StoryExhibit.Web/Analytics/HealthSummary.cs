using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Web.Analytics;

/// <summary>One health check's answer as the dashboard shows it.</summary>
public sealed record HealthEntry(string Name, HealthStatus Status, string? Description, double DurationMs);

public static class HealthSummary
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Runs the readiness checks (those tagged <see cref="ReadyTag"/>), the same ones <c>/health/ready</c> answers with;
    /// when none is tagged yet, every registered check.
    /// </summary>
    public static async Task<IReadOnlyList<HealthEntry>> CheckAsync(HealthCheckService health, IOptions<HealthCheckServiceOptions> options, CancellationToken ct)
    {
        var anyReady = options.Value.Registrations.Any(r => r.Tags.Contains(ReadyTag));
        var report = await health.CheckHealthAsync(r => !anyReady || r.Tags.Contains(ReadyTag), ct);
        return report.Entries.Select(e => new HealthEntry(e.Key, e.Value.Status, e.Value.Description ?? e.Value.Exception?.Message, e.Value.Duration.TotalMilliseconds))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
    }
}
