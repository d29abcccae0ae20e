using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Stores recorded calls in batches. At shutdown it takes no more calls and stores everything queued before
/// stopping. A database error is logged and that batch is dropped; visitors never see it.
/// </summary>
public sealed class ProviderCallWriter(ProviderCallLog calls, IDbContextFactory<StoryExhibitDb> contexts, ILogger<ProviderCallWriter> log) : BackgroundService
{
    public const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ProviderCall>(BatchSize);
        // Waits on the queue, not the stopping token: the queue completes at shutdown once everything is read.
        while (await calls.Queue.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && calls.Queue.TryRead(out var call)) batch.Add(call);
            await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        calls.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(List<ProviderCall> batch)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
            db.ProviderCalls.AddRange(batch);
            await db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "{Count} generator calls could not be stored; they still counted towards today's budget", batch.Count);
        }
    }
}
