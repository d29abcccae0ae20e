using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Writes recorded events to the database in batches, off the visitor's path (see <see cref="BatchWriter{T}"/>).
/// Events recorded where only the story is known get its session code here, so a visitor's deletion finds them.
/// </summary>
public sealed class EventWriter(EventRecorder recorder, IDbContextFactory<StoryExhibitDb> contexts, IOptions<AnalyticsOptions> options, ILogger<EventWriter> log)
    : BatchWriter<ExhibitEvent>(recorder.Pending, options.Value.BatchSize, contexts, log)
{
    protected override async Task AddAsync(StoryExhibitDb db, IReadOnlyList<ExhibitEvent> batch, CancellationToken ct)
    {
        await FillSessionCodesAsync(db, batch, ct);
        db.Events.AddRange(batch);
    }

    protected override void LogDropped(ILogger log, Exception error, int count)
        => log.LogError(error, "{Count} exhibit events could not be written and were dropped", count);

    private static async Task FillSessionCodesAsync(StoryExhibitDb db, IReadOnlyList<ExhibitEvent> batch, CancellationToken ct)
    {
        var missing = batch.Where(e => e.SessionCode is null && e.StoryId is not null).Select(e => e.StoryId!.Value).Distinct().ToList();
        if (missing.Count == 0) return;
        var codes = await db.Stories.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.SessionCode }).ToDictionaryAsync(s => s.Id, s => s.SessionCode, ct);
        foreach (var e in batch)
            if (e.SessionCode is null && e.StoryId is { } id && codes.TryGetValue(id, out var code)) e.SessionCode = code;
    }
}
