using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

/// <summary>Stores recorded calls in batches (see <see cref="BatchWriter{T}"/>); visitors never see a database error.</summary>
public sealed class ProviderCallWriter(ProviderCallLog calls, IDbContextFactory<StoryExhibitDb> contexts, ILogger<ProviderCallWriter> log)
    : BatchWriter<ProviderCall>(calls.Queue, BatchSize, contexts, log)
{
    public const int BatchSize = 500;

    protected override Task AddAsync(StoryExhibitDb db, IReadOnlyList<ProviderCall> batch, CancellationToken ct)
    {
        db.ProviderCalls.AddRange(batch);
        return Task.CompletedTask;
    }

    protected override void LogDropped(ILogger log, Exception error, int count)
        => log.LogError(error, "{Count} generator calls could not be stored; they still counted towards today's budget", count);
}
