using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// The dashboard's numbers from recorded events, provider calls, illustrations and feedback. Counts and groupings run
/// in SQLite; what SQLite cannot do (percentiles, local-time buckets, distinct pairs) runs in memory on narrow
/// projections.
/// </summary>
public sealed class ExhibitAnalytics(IDbContextFactory<StoryExhibitDb> contexts, IOptionsMonitor<CostOptions> costs)
{
    public const int RecentComments = 8;
    /// <summary>The detail of a scene whose storyteller failed: it does not count as reaching the first scene.</summary>
    public const string FailedScene = "Failed";

    public Task<DashboardSnapshot> SnapshotAsync(AnalyticsRange range, CancellationToken ct)
        => SnapshotAsync(range, DateTime.UtcNow, TimeZoneInfo.Local, ct);

    public async Task<DashboardSnapshot> SnapshotAsync(AnalyticsRange range, DateTime nowUtc, TimeZoneInfo zone, CancellationToken ct)
    {
        var (fromUtc, buckets, unit) = Window(range, nowUtc, zone);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var events = db.Events.AsNoTracking().Where(e => e.OccurredUtc >= fromUtc && e.OccurredUtc <= nowUtc);

        var started = await events.Where(e => e.Kind == ExhibitEventKind.StoryStarted && e.StoryId != null)
            .Select(e => new { StoryId = e.StoryId!.Value, e.OccurredUtc, e.VisitorId }).ToListAsync(ct);
        // A story started without a known visitor counts as its own visitor.
        static string VisitorOf(Guid storyId, string? visitorId) => visitorId ?? storyId.ToString("N");
        var startedIds = started.Select(s => s.StoryId).ToHashSet();
        var finished = await events.Where(e => e.Kind == ExhibitEventKind.StoryFinished && e.StoryId != null)
            .Select(e => new { StoryId = e.StoryId!.Value, e.OccurredUtc }).ToListAsync(ct);
        var firstFinish = finished.GroupBy(f => f.StoryId).Select(g => g.Min(f => f.OccurredUtc)).ToList();
        var abandoned = await events.Where(e => e.Kind == ExhibitEventKind.StoryAbandoned).Select(e => e.StoryId).Distinct().CountAsync(ct);

        var overTime = buckets.Select((start, i) =>
        {
            var end = i + 1 < buckets.Count ? buckets[i + 1] : DateTime.MaxValue;
            bool In(DateTime utc) { var local = ToLocal(utc, zone); return local >= start && local < end; }
            var inBucket = started.Where(s => In(s.OccurredUtc)).ToList();
            return new TimeBucket(start, Label(start, unit), inBucket.Select(s => VisitorOf(s.StoryId, s.VisitorId)).Distinct().Count(), inBucket.Count,
                firstFinish.Count(In));
        }).ToList();

        var funnel = await FunnelAsync(events, startedIds, ct);
        var genres = await events.Where(e => e.Kind == ExhibitEventKind.StoryStarted && e.Detail != null)
            .GroupBy(e => e.Detail!).Select(g => new LabelCount(g.Key, g.Count())).ToListAsync(ct);
        var styles = (await events.Where(e => e.Kind == ExhibitEventKind.PictureShown && e.Detail != null && e.StoryId != null)
                .Select(e => new { e.Detail, e.StoryId }).Distinct().ToListAsync(ct))
            .GroupBy(p => p.Detail!).Select(g => new LabelCount(g.Key, g.Count())).ToList();

        // The sweep's StoryAbandoned is not the visitor's doing, so it does not lengthen a session.
        var spans = await events.Where(e => e.StoryId != null && e.Kind != ExhibitEventKind.StoryAbandoned).GroupBy(e => e.StoryId)
            .Select(g => new { g.Key, First = g.Min(e => e.OccurredUtc), Last = g.Max(e => e.OccurredUtc) }).ToListAsync(ct);
        var lengths = spans.Where(s => startedIds.Contains(s.Key!.Value) && s.Last > s.First).Select(s => s.Last - s.First).ToList();

        var feedback = await FeedbackAsync(db, fromUtc, nowUtc, ct);
        var moderated = await events.Where(e => (e.Kind == ExhibitEventKind.InputRefused || e.Kind == ExhibitEventKind.SceneModerated) && e.Detail != null)
            .Select(e => new { e.Kind, e.Detail }).ToListAsync(ct);
        return new DashboardSnapshot
        {
            Range = range,
            FromUtc = fromUtc,
            ToUtc = nowUtc,
            ComputedUtc = DateTime.UtcNow,
            Kpis = new Kpis(started.Select(s => VisitorOf(s.StoryId, s.VisitorId)).Distinct().Count(), startedIds.Count, funnel[^1].Stories, abandoned,
                lengths.Count == 0 ? null : TimeSpan.FromTicks((long)lengths.Average(l => l.Ticks)), feedback.AverageRating, feedback.Count),
            BucketUnit = unit,
            StoriesOverTime = overTime,
            Funnel = funnel,
            Genres = genres.OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList(),
            ArtStyles = styles.OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.Ordinal).ToList(),
            Providers = await ProvidersAsync(db, fromUtc, nowUtc, ct),
            FirstWords = await FirstWordsAsync(events, ct),
            Spend = await SpendAsync(db, fromUtc, nowUtc, ct),
            Jobs = await db.Illustrations.AsNoTracking().Where(i => i.CreatedUtc >= fromUtc && i.CreatedUtc <= nowUtc)
                .GroupBy(i => i.State).Select(g => new JobCount(g.Key, g.Count())).ToListAsync(ct),
            Feedback = feedback,
            Moderation = ModerationReport.From(moderated.Select(m => (m.Kind, m.Detail!))),
        };
    }

    /// <summary>Of the stories started in the range: how many got a first scene, a choice, an ending.</summary>
    private static async Task<IReadOnlyList<FunnelStep>> FunnelAsync(IQueryable<ExhibitEvent> events, HashSet<Guid> startedIds, CancellationToken ct)
    {
        var reached = await events
            .Where(e => e.StoryId != null && (e.Kind == ExhibitEventKind.ChoiceMade || e.Kind == ExhibitEventKind.StoryFinished
                                              || (e.Kind == ExhibitEventKind.SceneGenerated && e.Detail != FailedScene)))
            .Select(e => new { e.Kind, StoryId = e.StoryId!.Value }).Distinct().ToListAsync(ct);
        int Count(ExhibitEventKind kind) => reached.Count(r => r.Kind == kind && startedIds.Contains(r.StoryId));
        var counts = new (string Name, int Stories)[]
        {
            ("Seed given", startedIds.Count),
            ("First scene", Count(ExhibitEventKind.SceneGenerated)),
            ("Choice made", Count(ExhibitEventKind.ChoiceMade)),
            ("Finished", Count(ExhibitEventKind.StoryFinished)),
        };
        return counts.Select((step, i) => new FunnelStep(step.Name, step.Stories,
            i == 0 ? 0 : Math.Max(0, counts[i - 1].Stories - step.Stories),
            startedIds.Count == 0 ? 0 : (double)step.Stories / startedIds.Count)).ToList();
    }

    private static async Task<IReadOnlyList<ProviderStats>> ProvidersAsync(StoryExhibitDb db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var calls = await db.ProviderCalls.AsNoTracking().Where(c => c.OccurredUtc >= fromUtc && c.OccurredUtc <= toUtc)
            .Select(c => new { c.Service, c.Provider, c.LatencyMs, c.Succeeded, c.Error }).ToListAsync(ct);
        return calls.GroupBy(c => (c.Service, c.Provider)).Select(g =>
        {
            var stops = g.Count(c => !c.Succeeded && ProviderCall.IsStop(c.Error));
            // A stopped call's length is the visitor's doing, not the provider's latency.
            var sorted = g.Where(c => c.Succeeded || !ProviderCall.IsStop(c.Error)).Select(c => c.LatencyMs).Order().ToList();
            var failures = g.Where(c => !c.Succeeded && !ProviderCall.IsStop(c.Error)).ToList();
            var common = failures.Where(f => f.Error is not null).GroupBy(f => f.Error).OrderByDescending(e => e.Count()).Select(e => e.Key).FirstOrDefault();
            return new ProviderStats(g.Key.Service, g.Key.Provider, g.Count(), Percentiles.NearestRank(sorted, 50), Percentiles.NearestRank(sorted, 95), failures.Count, common)
            {
                Stops = stops,
            };
        }).OrderBy(p => p.Service).ThenBy(p => p.Provider, StringComparer.Ordinal).ToList();
    }

    private static async Task<IReadOnlyList<FirstWordsStats>> FirstWordsAsync(IQueryable<ExhibitEvent> events, CancellationToken ct)
    {
        var waits = await events.Where(e => e.Kind == ExhibitEventKind.SceneFirstWords && e.Detail != null && e.DurationMs != null)
            .Select(e => new { Provider = e.Detail!, Ms = e.DurationMs!.Value }).ToListAsync(ct);
        return waits.GroupBy(w => w.Provider).Select(g =>
        {
            var sorted = g.Select(w => w.Ms).Order().ToList();
            return new FirstWordsStats(g.Key, sorted.Count, Percentiles.NearestRank(sorted, 50), Percentiles.NearestRank(sorted, 95));
        }).OrderBy(f => f.Provider, StringComparer.Ordinal).ToList();
    }

    private async Task<SpendReport> SpendAsync(StoryExhibitDb db, DateTime fromUtc, DateTime nowUtc, CancellationToken ct)
    {
        var options = costs.CurrentValue;
        var dayStart = nowUtc.Date;
        var since = fromUtc < dayStart ? fromUtc : dayStart;
        // Costs are few and small: summed in memory, as SQLite has no decimal.
        var spent = await db.ProviderCalls.AsNoTracking().Where(c => c.OccurredUtc >= since && c.OccurredUtc <= nowUtc && c.EstimatedCost > 0)
            .Select(c => new { c.Service, c.OccurredUtc, c.EstimatedCost }).ToListAsync(ct);
        var today = spent.Where(c => c.OccurredUtc >= dayStart).ToList();
        var services = Enum.GetValues<GeneratorService>().Select(service => new ServiceSpend(service,
            today.Where(c => c.Service == service).Sum(c => c.EstimatedCost),
            options.ServiceBudgets.TryGetValue(service, out var budget) ? budget : null))
            .Where(s => s.Service != GeneratorService.Music || s.Budget is not null || s.Today > 0).ToList(); // no music generator yet
        var perDay = spent.Where(c => c.OccurredUtc >= fromUtc).GroupBy(c => DateOnly.FromDateTime(c.OccurredUtc))
            .Select(g => new DaySpend(g.Key, g.Sum(c => c.EstimatedCost))).OrderBy(d => d.DayUtc).ToList();
        return new SpendReport(options.Currency, today.Sum(c => c.EstimatedCost), options.DailyBudget, services, perDay);
    }

    private static async Task<FeedbackReport> FeedbackAsync(StoryExhibitDb db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var inRange = db.Feedback.AsNoTracking().Where(f => f.CreatedUtc >= fromUtc && f.CreatedUtc <= toUtc);
        var ratings = await inRange.GroupBy(f => f.Rating).Select(g => new { Rating = g.Key, Count = g.Count() }).ToListAsync(ct);
        var scored = await inRange.Where(f => f.Comment != "").Select(f => new { f.Sentiment, f.Theme }).ToListAsync(ct);
        var recent = await inRange.Where(f => f.Comment != "").OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id).Take(RecentComments)
            .Select(f => new RecentComment(f.CreatedUtc, f.Rating, f.Comment, f.Sentiment, f.Theme, f.SentimentSource, f.SessionCode)).ToListAsync(ct);
        var count = ratings.Sum(r => r.Count);
        return new FeedbackReport(
            count,
            count == 0 ? null : Math.Round((double)ratings.Sum(r => r.Rating * r.Count) / count, 2),
            Enumerable.Range(1, 5).Select(stars => new LabelCount(stars == 1 ? "1 star" : $"{stars} stars", ratings.FirstOrDefault(r => r.Rating == stars)?.Count ?? 0)).ToList(),
            [
                new LabelCount("Positive", scored.Count(s => s.Sentiment > SentimentBands.Neutral)),
                new LabelCount("Neutral", scored.Count(s => s.Sentiment is { } v && Math.Abs(v) <= SentimentBands.Neutral)),
                new LabelCount("Negative", scored.Count(s => s.Sentiment < -SentimentBands.Neutral)),
                new LabelCount("Not scored yet", scored.Count(s => s.Sentiment is null)),
            ],
            scored.Where(s => s.Sentiment is not null).GroupBy(s => s.Theme ?? CommentThemes.Other)
                .Select(g => new LabelCount(g.Key, g.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).ToList(),
            recent.Select(r => r with { CreatedUtc = DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc) }).ToList());
    }

    /// <summary>Where the range starts (UTC) and its buckets' starts in local time: 24 hours for today, days otherwise.</summary>
    internal static (DateTime FromUtc, IReadOnlyList<DateTime> Buckets, string Unit) Window(AnalyticsRange range, DateTime nowUtc, TimeZoneInfo zone)
    {
        var today = ToLocal(nowUtc, zone).Date;
        var days = range switch { AnalyticsRange.Last7Days => 7, AnalyticsRange.Last30Days => 30, _ => 1 };
        var firstDay = today.AddDays(1 - days);
        var fromUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(firstDay, DateTimeKind.Unspecified), zone);
        return days == 1
            ? (fromUtc, Enumerable.Range(0, 24).Select(h => firstDay.AddHours(h)).ToList(), "hour")
            : (fromUtc, Enumerable.Range(0, days).Select(d => firstDay.AddDays(d)).ToList(), "day");
    }

    private static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    private static string Label(DateTime start, string unit)
        => unit == "hour" ? start.ToString("HH:mm", CultureInfo.InvariantCulture) : start.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}

public static class SentimentBands
{
    /// <summary>Scores within ±this are neutral.</summary>
    public const double Neutral = 0.2;
}
