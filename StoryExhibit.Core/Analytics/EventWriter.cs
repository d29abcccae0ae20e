using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Writes recorded events to the database in batches, off the visitor's path. A batch that cannot be written is
/// logged and dropped: analytics never takes the exhibit down. Whatever is queued when the app stops is written.
/// </summary>
public sealed class EventWriter(EventRecorder recorder, IDbContextFactory<StoryExhibitDb> contexts, IOptions<AnalyticsOptions> options, ILogger<EventWriter> log)
    : BackgroundService
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await recorder.Pending.WaitToReadAsync(stoppingToken))
                await WriteBatchAsync();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Flush: whatever is still queued is written before the app goes.
        recorder.Complete();
        while (recorder.Pending.TryPeek(out _)) await WriteBatchAsync();
    }

    // Not cancellable: a batch taken off the queue is written even while the app stops (it is quick).
    private async Task WriteBatchAsync()
    {
        var ct = CancellationToken.None;
        var batch = new List<ExhibitEvent>(_batchSize);
        while (batch.Count < _batchSize && recorder.Pending.TryRead(out var next)) batch.Add(next);
        if (batch.Count == 0) return;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await FillSessionCodesAsync(db, batch, ct);
            db.Events.AddRange(batch);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "{Count} exhibit events could not be written and were dropped", batch.Count);
        }
    }

    /// <summary>Events recorded where only the story is known get its session code, so a visitor's deletion finds them.</summary>
    private static async Task FillSessionCodesAsync(StoryExhibitDb db, List<ExhibitEvent> batch, CancellationToken ct)
    {
        var missing = batch.Where(e => e.SessionCode is null && e.StoryId is not null).Select(e => e.StoryId!.Value).Distinct().ToList();
        if (missing.Count == 0) return;
        var codes = await db.Stories.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.SessionCode }).ToDictionaryAsync(s => s.Id, s => s.SessionCode, ct);
        foreach (var e in batch)
            if (e.SessionCode is null && e.StoryId is { } id && codes.TryGetValue(id, out var code)) e.SessionCode = code;
    }
}
