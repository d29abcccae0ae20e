using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Records a story as abandoned once: not finished, and nothing happened to it (no event, no move in the tree) for
/// <see cref="AnalyticsOptions.AbandonAfter"/>. Runs every <see cref="AnalyticsOptions.SweepEvery"/>. A visitor who
/// comes back later and finishes still gets their StoryFinished; the story is not marked abandoned again.
/// </summary>
public sealed class AbandonedStorySweep(IDbContextFactory<StoryExhibitDb> contexts, IOptions<AnalyticsOptions> options, ILogger<AbandonedStorySweep> log)
    : BackgroundService
{
    /// <summary>Stories older than this are not looked at again: they were swept long ago.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery);
        do
        {
            try { await SweepAsync(DateTime.UtcNow, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { log.LogError(ex, "The abandoned-story sweep failed"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Marks the stories abandoned as of <paramref name="nowUtc"/>; returns how many.</summary>
    public async Task<int> SweepAsync(DateTime nowUtc, CancellationToken ct)
    {
        var quietSince = nowUtc - options.Value.AbandonAfter;
        var oldest = nowUtc - LookBack;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var candidates = await db.Stories.AsNoTracking()
            .Where(s => s.CreatedUtc >= oldest && s.UpdatedUtc < quietSince)
            .Select(s => new { s.Id, s.SessionCode })
            .ToListAsync(ct);
        if (candidates.Count == 0) return 0;
        var ids = candidates.Select(c => c.Id).ToList();
        var settled = await db.Events.AsNoTracking()
            .Where(e => e.StoryId != null && ids.Contains(e.StoryId.Value)
                        && (e.Kind == ExhibitEventKind.StoryFinished || e.Kind == ExhibitEventKind.StoryAbandoned || e.OccurredUtc >= quietSince))
            .Select(e => e.StoryId!.Value).Distinct().ToListAsync(ct);
        var ended = await db.Scenes.AsNoTracking().Where(s => ids.Contains(s.StoryId) && s.IsEnding).Select(s => s.StoryId).Distinct().ToListAsync(ct);
        var skip = settled.Concat(ended).ToHashSet();

        var abandoned = candidates.Where(c => !skip.Contains(c.Id)).ToList();
        foreach (var story in abandoned)
            db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.StoryAbandoned, OccurredUtc = nowUtc, StoryId = story.Id, SessionCode = story.SessionCode });
        await db.SaveChangesAsync(ct);
        if (abandoned.Count > 0) log.LogInformation("{Count} unfinished stories recorded as abandoned", abandoned.Count);
        return abandoned.Count;
    }
}
