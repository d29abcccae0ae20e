using Bunit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Web.Analytics;
using StoryExhibit.Web.Components.Pages.Dashboard;

namespace StoryExhibit.Tests.Components.Dashboard;

/// <summary>The dashboard renders a snapshot: figures, charts with text alternatives, health, feedback.</summary>
public sealed class DashboardViewTests : ComponentTestContext
{
    private static DashboardSnapshot Snapshot() => new()
    {
        Range = AnalyticsRange.Today,
        FromUtc = new DateTime(2026, 11, 21),
        ToUtc = new DateTime(2026, 11, 21, 15, 0, 0),
        Kpis = new Kpis(9, 12, 5, 3, TimeSpan.FromSeconds(7 * 60 + 5), 4.25, 8),
        BucketUnit = "hour",
        StoriesOverTime = [new TimeBucket(new DateTime(2026, 11, 21, 9, 0, 0), "09:00", 5, 7, 3), new TimeBucket(new DateTime(2026, 11, 21, 10, 0, 0), "10:00", 4, 5, 2)],
        Funnel = [new("Seed given", 12, 0, 1), new("First scene", 11, 1, 11 / 12.0), new("Choice made", 8, 3, 8 / 12.0), new("Finished", 5, 3, 5 / 12.0)],
        Genres = [new("Fantasy", 6), new("Mystery", 4)],
        ArtStyles = [new("Watercolour", 7)],
        Providers = [new ProviderStats(GeneratorService.Text, "Offline", 40, 850, 1900, 2, "timeout")],
        Spend = new SpendReport("EUR", 18.5m, 20m, [new ServiceSpend(GeneratorService.Images, 12m, 10m)], []),
        Jobs = [new JobCount(IllustrationState.Ready, 30), new JobCount(IllustrationState.Failed, 2)],
        Feedback = new FeedbackReport(8, 4.25, [new("1 star", 0), new("5 stars", 4)], [new("Positive", 5), new("Negative", 1)], [new(CommentThemes.Narration, 3)],
            [new RecentComment(new DateTime(2026, 11, 21, 14, 0, 0, DateTimeKind.Utc), 2, "The voice was too quick", -0.45, CommentThemes.Narration, "lexicon", "FOX-1111")]),
        Moderation = new ModerationReport([new("Gore", 3), new("Profanity", 1)], [new("Own choice", 3), new("Idea", 1)], [new("Violence · rewritten", 2)]),
    };

    private IRenderedComponent<DashboardView> RenderView() => Render<DashboardView>(p => p
        .Add(c => c.Snapshot, Snapshot())
        .Add(c => c.Health, [new HealthEntry("database", HealthStatus.Healthy, null, 3), new HealthEntry("text", HealthStatus.Unhealthy, "Connection refused", 12)]));

    [Fact]
    public void Refused_visitor_text_is_counted_by_category_and_box_never_quoted()
    {
        var card = RenderView().Find("figure[aria-labelledby=refused-title]");
        Assert.Equal("Visitor text refused", card.QuerySelector("h2")!.TextContent);
        Assert.Equal("4 refused. Gore 3; Profanity 1. By box: Own choice 3; Idea 1", card.QuerySelector(".dash-chart[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("Scenes kept within their rating: Violence · rewritten 2", card.TextContent);
    }

    [Fact]
    public void Key_figures_are_shown_as_text()
    {
        var cut = RenderView();
        Assert.Equal("12", cut.Find("[data-kpi=started]").TextContent);
        Assert.Equal("5", cut.Find("[data-kpi=finished]").TextContent);
        Assert.Equal("7 min 05 s", cut.Find("[data-kpi=session]").TextContent);
        Assert.Equal("4.3 ★", cut.Find("[data-kpi=rating]").TextContent);
        Assert.Equal("18.50 EUR", cut.Find("[data-kpi=spend]").TextContent);
        Assert.Contains("near", cut.Find("[data-kpi=spend]").ParentElement!.ClassList);
    }

    [Fact]
    public void Every_chart_has_a_caption_and_a_summary_and_its_numbers_as_a_table_on_request()
    {
        var cut = RenderView();
        var funnel = cut.Find("figure[aria-labelledby=funnel-title]");
        Assert.Equal("From seed to finished story", funnel.QuerySelector("h2")!.TextContent);
        Assert.Equal("Seed given: 12; First scene: 11; Choice made: 8; Finished: 5", funnel.QuerySelector(".dash-chart[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("3 dropped off before this step", funnel.TextContent);

        cut.Find("figure[aria-labelledby=funnel-title] button.dash-toggle").Click();
        var rows = cut.FindAll("figure[aria-labelledby=funnel-title] tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Seed given|12|100%|0", "First scene|11|92%|1", "Choice made|8|67%|3", "Finished|5|42%|3"], rows);
        Assert.Equal("true", cut.Find("figure[aria-labelledby=funnel-title] button.dash-toggle").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void Latency_errors_health_jobs_and_feedback_are_all_there()
    {
        var cut = RenderView();
        Assert.Equal("Text · Offline (whole scene): p50 850, p95 1900 milliseconds", cut.Find("figure[aria-labelledby=latency-title] .dash-chart[role=img]").GetAttribute("aria-label"));
        Assert.Contains("mostly: timeout", cut.Find("figure[aria-labelledby=errors-title]").TextContent);
        Assert.Contains("Connection refused", cut.Find(".dash-health li.status-unhealthy").TextContent);
        Assert.Equal(["0", "0", "30", "2"], cut.FindAll(".dash-jobs-count").Select(e => e.TextContent));
        Assert.Contains("over", cut.FindAll(".dash-meter")[1].ClassList);
        Assert.Equal("Narration and voice", cut.Find("figure[aria-labelledby=themes-title] .dash-bar-label").TextContent);
        var comment = cut.Find(".dash-comment");
        Assert.Equal("The voice was too quick", comment.QuerySelector(".dash-comment-text")!.TextContent);
        Assert.Equal("negative −0.45", comment.QuerySelector(".dash-sentiment")!.TextContent);
        Assert.Equal("2 of 5 stars", comment.QuerySelector(".dash-comment-stars")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Stored_names_and_counts_read_as_plain_words()
    {
        var cut = Render<DashboardView>(p => p.Add(c => c.Snapshot, Snapshot() with
        {
            Kpis = new Kpis(3, 3, 1, 1, null, null, 1),
            ArtStyles = [new("PixelArt", 2), new("OilPainting", 1)],
            Providers = [new ProviderStats(GeneratorService.Images, "SdxlTurbo", 1, 500, 500, 1, "HTTP 500"), new ProviderStats(GeneratorService.Text, "OpenAICompatible", 2, 900, 900, 0, null)],
            Moderation = new ModerationReport([new("SelfHarm", 1)], [new("Idea", 1)], [new("SelfHarm · softened", 1)]),
        }));

        Assert.Equal("1 story each", cut.Find("[data-kpi=visitors]").NextElementSibling!.TextContent);
        Assert.Equal(["Pixel art", "Oil painting"], cut.FindAll("figure[aria-labelledby=styles-title] .dash-bar-label").Select(e => e.TextContent));
        Assert.Equal("Self-harm", cut.Find("figure[aria-labelledby=refused-title] .dash-bar-label").TextContent);
        Assert.Contains("Self-harm · softened 1", cut.Find("figure[aria-labelledby=refused-title]").TextContent);
        Assert.Equal("Images · SDXL Turbo: 1 error in 1 call; Text · OpenAI-compatible: 0 errors in 2 calls",
            cut.Find("figure[aria-labelledby=errors-title] .dash-chart[role=img]").GetAttribute("aria-label"));
        Assert.DoesNotContain("PixelArt", cut.Markup);
        Assert.DoesNotContain("OpenAICompatible", cut.Markup);
    }

    [Fact]
    public void Visitors_stops_are_shown_apart_from_errors_and_first_words_apart_from_whole_scenes()
    {
        var cut = Render<DashboardView>(p => p.Add(c => c.Snapshot, Snapshot() with
        {
            Providers = [new ProviderStats(GeneratorService.Text, "Offline", 10, 850, 1900, 0, null) { Stops = 3 }],
            FirstWords = [new FirstWordsStats("Offline", 7, 40, 95)],
        }));

        var errors = cut.Find("figure[aria-labelledby=errors-title]");
        Assert.Equal("Text · Offline: 0 errors in 7 calls, 3 calls stopped by visitors", errors.QuerySelector(".dash-chart[role=img]")!.GetAttribute("aria-label"));
        Assert.Equal("0 of 7 (0%)", errors.QuerySelector(".dash-errors-count")!.TextContent);
        Assert.DoesNotContain("has-errors", errors.QuerySelector("li")!.ClassList);

        var latency = cut.Find("figure[aria-labelledby=latency-title]");
        Assert.Equal("Text · Offline: first words after 40 ms (p50), 95 ms (p95), over 7 scenes", latency.QuerySelector(".dash-first-words")!.TextContent);
        Assert.StartsWith("Text · Offline: first words after 40 ms", latency.QuerySelector(".dash-chart[role=img]")!.GetAttribute("aria-label"));
        Assert.Contains("Text · Offline (whole scene): p50 850, p95 1900 milliseconds", latency.QuerySelector(".dash-chart[role=img]")!.GetAttribute("aria-label"));
    }
}
