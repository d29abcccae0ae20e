using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Analytics;

/// <summary>The dashboard's aggregation on a seeded set of events, provider calls and feedback, with exact expected numbers.</summary>
public sealed class ExhibitAnalyticsTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 21, 15, 30, 0, DateTimeKind.Utc);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid();
    private AnalyticsHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AnalyticsHost.StartAsync(new Dictionary<string, string?>
        {
            ["Costs:DailyBudget"] = "1",
            ["Costs:ServiceBudgets:Images"] = "0.1",
            ["Costs:Currency"] = "EUR",
        });
        await _host.SeedAsync(Seed);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateTime At(int hour, int minute, int dayOffset = 0) => new DateTime(2026, 11, 21, hour, minute, 0, DateTimeKind.Utc).AddDays(dayOffset);

    private static void Seed(StoryExhibitDb db)
    {
        void Event(ExhibitEventKind kind, Guid story, DateTime at, string? detail = null, string? visitor = null)
            => db.Events.Add(new ExhibitEvent { Kind = kind, StoryId = story, SessionCode = "S-" + story.ToString()[..4], OccurredUtc = at, Detail = detail, VisitorId = visitor });

        // A: the whole way, 10 minutes.
        Event(ExhibitEventKind.StoryStarted, A, At(9, 10), "Fantasy", visitor: "v1");
        Event(ExhibitEventKind.SceneGenerated, A, At(9, 11), "Offline");
        Event(ExhibitEventKind.PictureShown, A, At(9, 12), "Watercolour");
        Event(ExhibitEventKind.PictureShown, A, At(9, 15), "Watercolour");
        Event(ExhibitEventKind.ChoiceMade, A, At(9, 12), "offered");
        Event(ExhibitEventKind.StoryFinished, A, At(9, 20), "3 scenes");
        // B: the same visitor's second story: chose once, then left (5 minutes); the sweep's event later does not lengthen the session.
        Event(ExhibitEventKind.StoryStarted, B, At(9, 40), "Fantasy", visitor: "v1");
        Event(ExhibitEventKind.SceneGenerated, B, At(9, 41), "Offline");
        Event(ExhibitEventKind.PictureShown, B, At(9, 42), "Watercolour");
        Event(ExhibitEventKind.ChoiceMade, B, At(9, 45), "offered");
        Event(ExhibitEventKind.StoryAbandoned, B, At(15, 0));
        // C: the storyteller failed on the first scene (1 minute).
        Event(ExhibitEventKind.StoryStarted, C, At(10, 5), "Mystery", visitor: "v2");
        Event(ExhibitEventKind.SceneGenerated, C, At(10, 6), ExhibitAnalytics.FailedScene);
        // D: read the first scene only (1 minute).
        Event(ExhibitEventKind.StoryStarted, D, At(14, 0), "Comedy");
        Event(ExhibitEventKind.SceneGenerated, D, At(14, 1), "Offline");
        Event(ExhibitEventKind.PictureShown, D, At(14, 1), "Comic");
        // E: started yesterday, finished today: in the hourly finishes, not in today's cohort.
        Event(ExhibitEventKind.StoryStarted, E, At(23, 0, -1), "Mystery");
        Event(ExhibitEventKind.SceneGenerated, E, At(23, 1, -1), "Offline");
        Event(ExhibitEventKind.StoryFinished, E, At(1, 0), "3 scenes");

        for (var i = 1; i <= 20; i++)
            db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Text, Provider = "Offline", LatencyMs = i * 100, Succeeded = true, OccurredUtc = At(9, i) });
        db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", LatencyMs = 500, Succeeded = true, EstimatedCost = 0.04m, OccurredUtc = At(9, 30) });
        db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", LatencyMs = 9000, Succeeded = false, Error = "timeout", EstimatedCost = 0.04m, OccurredUtc = At(9, 31) });
        db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", LatencyMs = 700, Succeeded = true, EstimatedCost = 0.04m, OccurredUtc = At(9, 32) });
        db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", LatencyMs = 800, Succeeded = true, EstimatedCost = 0.5m, OccurredUtc = At(12, 0, -1) });

        db.Feedback.Add(new VisitorFeedback { StoryId = A, Rating = 5, Comment = "Loved the ending", Sentiment = 0.8, Theme = CommentThemes.Story, CreatedUtc = At(9, 21) });
        db.Feedback.Add(new VisitorFeedback { StoryId = B, Rating = 2, Comment = "", CreatedUtc = At(9, 46) });
        db.Feedback.Add(new VisitorFeedback { StoryId = D, Rating = 4, Comment = "The voice was slow", Sentiment = -0.3, Theme = CommentThemes.Narration, CreatedUtc = At(14, 5) });
        db.Feedback.Add(new VisitorFeedback { StoryId = D, Rating = 3, Comment = "Not scored yet", CreatedUtc = At(14, 6) });
        db.Feedback.Add(new VisitorFeedback { StoryId = E, Rating = 1, Comment = "Yesterday", Sentiment = -0.9, Theme = CommentThemes.Other, CreatedUtc = At(23, 30, -1) });
    }

    private Task<DashboardSnapshot> TodayAsync() => _host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Today, Now, TimeZoneInfo.Utc, default);

    [Fact]
    public async Task Stories_started_and_finished_are_counted_per_hour_of_today()
    {
        var today = await TodayAsync();
        Assert.Equal("hour", today.BucketUnit);
        Assert.Equal(24, today.StoriesOverTime.Count);
        Assert.Equal(new DateTime(2026, 11, 21, 0, 0, 0), today.FromUtc);
        var started = today.StoriesOverTime.Where(b => b.Started > 0).ToDictionary(b => b.Label, b => b.Started);
        Assert.Equal(new Dictionary<string, int> { ["09:00"] = 2, ["10:00"] = 1, ["14:00"] = 1 }, started);
        var finished = today.StoriesOverTime.Where(b => b.Finished > 0).ToDictionary(b => b.Label, b => b.Finished);
        Assert.Equal(new Dictionary<string, int> { ["01:00"] = 1, ["09:00"] = 1 }, finished);
        var visitors = today.StoriesOverTime.Where(b => b.Visitors > 0).ToDictionary(b => b.Label, b => b.Visitors);
        Assert.Equal(new Dictionary<string, int> { ["09:00"] = 1, ["10:00"] = 1, ["14:00"] = 1 }, visitors);
        Assert.Equal(3, today.Kpis.Visitors); // v1 (two stories), v2, and D's unknown visitor counted once
        Assert.Equal(4, today.Kpis.StoriesStarted);
        Assert.Equal(1, today.Kpis.StoriesFinished);
        Assert.Equal(1, today.Kpis.StoriesAbandoned);
    }

    [Fact]
    public async Task The_funnel_follows_todays_stories_from_seed_to_ending_with_the_drop_off_at_each_step()
    {
        var funnel = (await TodayAsync()).Funnel;
        Assert.Equal(["Seed given", "First scene", "Choice made", "Finished"], funnel.Select(f => f.Name));
        Assert.Equal([4, 3, 2, 1], funnel.Select(f => f.Stories));
        Assert.Equal([0, 1, 1, 1], funnel.Select(f => f.DroppedBefore));
        Assert.Equal([1, 0.75, 0.5, 0.25], funnel.Select(f => f.ShareOfStarted));
    }

    [Fact]
    public async Task Genres_by_stories_started_and_art_styles_by_stories_shown_them()
    {
        var today = await TodayAsync();
        Assert.Equal([new LabelCount("Fantasy", 2), new LabelCount("Comedy", 1), new LabelCount("Mystery", 1)], today.Genres);
        Assert.Equal([new LabelCount("Watercolour", 2), new LabelCount("Comic", 1)], today.ArtStyles);
    }

    [Fact]
    public async Task Average_session_length_spans_each_started_story_from_first_to_last_visitor_event()
    {
        // A 10 min, B 5 min (not the sweep's mark at 15:00), C 1 min, D 1 min.
        Assert.Equal(TimeSpan.FromMinutes(17.0 / 4), (await TodayAsync()).Kpis.AverageSessionLength);
    }

    [Fact]
    public async Task Latency_percentiles_and_errors_per_provider()
    {
        var providers = (await TodayAsync()).Providers;
        Assert.Equal(2, providers.Count);
        var text = providers.Single(p => p.Service == GeneratorService.Text);
        Assert.Equal((20, 1000.0, 1900.0, 0), (text.Calls, text.P50Ms, text.P95Ms, text.Failures));
        var images = providers.Single(p => p.Service == GeneratorService.Images);
        Assert.Equal((3, 700.0, 9000.0, 1, "timeout"), (images.Calls, images.P50Ms, images.P95Ms, images.Failures, images.CommonError));
        Assert.Equal("Images · OpenAI", images.Label);
    }

    [Fact]
    public async Task Spend_today_is_set_against_the_daily_and_per_service_budgets()
    {
        var spend = (await TodayAsync()).Spend;
        Assert.Equal("EUR", spend.Currency);
        Assert.Equal(0.12m, spend.Today);
        Assert.Equal(1m, spend.DailyBudget);
        Assert.Equal(0.12, spend.ShareOfBudget, 6);
        var images = spend.Services.Single(s => s.Service == GeneratorService.Images);
        Assert.Equal((0.12m, (decimal?)0.1m), (images.Today, images.Budget));
        Assert.Null(spend.Services.Single(s => s.Service == GeneratorService.Text).Budget);

        var week = await _host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Last7Days, Now, TimeZoneInfo.Utc, default);
        Assert.Equal([new DaySpend(new DateOnly(2026, 11, 20), 0.5m), new DaySpend(new DateOnly(2026, 11, 21), 0.12m)], week.Spend.PerDay);
        Assert.Equal(0.12m, week.Spend.Today);
    }

    [Fact]
    public async Task Feedback_is_summarised_by_rating_sentiment_and_theme_with_the_newest_comments_first()
    {
        var feedback = (await TodayAsync()).Feedback;
        Assert.Equal(4, feedback.Count);
        Assert.Equal(3.5, feedback.AverageRating);
        Assert.Equal([0, 1, 1, 1, 1], feedback.Ratings.Select(r => r.Count));
        Assert.Equal([new LabelCount("Positive", 1), new LabelCount("Neutral", 0), new LabelCount("Negative", 1), new LabelCount("Not scored yet", 1)], feedback.Sentiment);
        Assert.Equal([new LabelCount(CommentThemes.Narration, 1), new LabelCount(CommentThemes.Story, 1)], feedback.Themes);
        Assert.Equal(["Not scored yet", "The voice was slow", "Loved the ending"], feedback.Recent.Select(r => r.Comment));
        Assert.Equal(DateTimeKind.Utc, feedback.Recent[0].CreatedUtc.Kind);
    }

    [Fact]
    public async Task Longer_ranges_count_per_day_and_take_in_earlier_days()
    {
        var week = await _host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Last7Days, Now, TimeZoneInfo.Utc, default);
        Assert.Equal("day", week.BucketUnit);
        Assert.Equal(7, week.StoriesOverTime.Count);
        Assert.Equal([1, 4], week.StoriesOverTime.TakeLast(2).Select(b => b.Started));
        Assert.Equal(5, week.Kpis.StoriesStarted);
        Assert.Equal(2, week.Kpis.StoriesFinished);
        Assert.Equal(5, week.Feedback.Count);
        var month = await _host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Last30Days, Now, TimeZoneInfo.Utc, default);
        Assert.Equal(30, month.StoriesOverTime.Count);
    }

    [Fact]
    public void Nearest_rank_percentiles()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(5, Percentiles.NearestRank(values, 50));
        Assert.Equal(10, Percentiles.NearestRank(values, 95));
        Assert.Equal(1, Percentiles.NearestRank(values, 1));
        Assert.Equal(0, Percentiles.NearestRank([], 50));
        Assert.Equal(42, Percentiles.NearestRank([42], 95));
    }
}
