using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Privacy;

/// <summary>What one retention sweep deleted.</summary>
public sealed record RetentionReport(int Stories, int Feedback, int Events, int Consents, int OrphanFolders);

/// <summary>
/// Deletes visitors' data once it is older than <see cref="PrivacyOptions.RetentionDays"/> (read at every sweep, so
/// a change by staff applies at the next one): stories not changed for that long, through the same
/// <see cref="VisitorDataEraser"/> a visitor uses; feedback, events and consents tied to no stored story; and
/// files left behind by an erasure that could not delete them.
/// </summary>
public sealed class RetentionSweeper(
    IDbContextFactory<StoryExhibitDb> contexts, VisitorDataEraser eraser, OrphanFiles orphans, IOptionsMonitor<PrivacyOptions> privacy,
    ILogger<RetentionSweeper> log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<RetentionReport> SweepAsync(CancellationToken ct)
    {
        var days = privacy.CurrentValue.RetentionDays;
        if (days < 1)
        {
            log.LogWarning("Privacy:RetentionDays is {Days}; it must be at least 1, so nothing was deleted", days);
            return new RetentionReport(0, 0, 0, 0, 0);
        }
        var cutoff = _clock.GetUtcNow().UtcDateTime.AddDays(-days);

        List<Guid> expired;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            expired = await db.Stories.Where(s => s.UpdatedUtc < cutoff).Select(s => s.Id).ToListAsync(ct);
        var stories = 0;
        foreach (var id in expired)
        {
            try
            {
                if (await eraser.EraseAsync(id, ErasureReasons.Retention, ct) is not null) stories++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Deleting the expired story {StoryId} failed; the next sweep tries again", id);
            }
        }

        int feedback, events, consents;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            feedback = await db.Feedback.Where(f => f.CreatedUtc < cutoff && !db.Stories.Any(s => s.Id == f.StoryId || s.SessionCode == f.SessionCode)).ExecuteDeleteAsync(ct);
            events = await db.Events.Where(e => e.OccurredUtc < cutoff && !db.Stories.Any(s => s.Id == e.StoryId || s.SessionCode == e.SessionCode)).ExecuteDeleteAsync(ct);
            consents = await db.Consents.Where(c => c.RecordedUtc < cutoff && !db.Stories.Any(s => s.SessionCode == c.SessionCode)).ExecuteDeleteAsync(ct);
        }

        var folders = await orphans.DeleteAsync(ct);
        var report = new RetentionReport(stories, feedback, events, consents, folders);
        log.LogInformation("Retention sweep ({Days} days): {Stories} stories, {Feedback} feedback, {Events} events, {Consents} consents and {Folders} left-over folders deleted",
            days, report.Stories, report.Feedback, report.Events, report.Consents, report.OrphanFolders);
        return report;
    }
}
