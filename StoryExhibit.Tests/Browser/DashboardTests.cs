using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.AnalyticsPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>The staff dashboard over a day of seeded activity, in the browser.</summary>
public sealed class DashboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Genres = ["Fantasy", "Mystery", "Adventure", "Fairy tale", "Comedy"];
    private static readonly string[] Comments =
    [
        "Loved the pictures, my daughter wants to come back tomorrow!", "The narrator's voice was a bit robotic", "We waited too long for each scene",
        "Brilliant story with a real twist at the end", "Buttons were easy to find", "Not very exciting",
    ];

    private async Task SeedAsync()
    {
        var options = new DbContextOptionsBuilder<StoryExhibitDb>().UseSqlite($"Data Source={Path.Combine(app.Server.DataFolder, "stories.db")}").Options;
        await using var db = new StoryExhibitDb(options);
        if (await db.Events.AnyAsync(e => e.Detail == "seeded")) return;
        // Everything falls between the start of the exhibit's local day and now, even just after midnight.
        var now = DateTime.UtcNow;
        var dayStart = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.Local).Date, TimeZoneInfo.Local);
        var today = now - dayStart;
        DateTime Today(double share) => dayStart + today * share;
        var random = new Random(5);
        for (var i = 0; i < 40; i++)
        {
            var story = Guid.NewGuid();
            var start = Today(0.05 + 0.5 * random.NextDouble());
            var code = $"SEED-{1000 + i}";
            void Add(ExhibitEventKind kind, int minutes, string? detail = null, double? ms = null)
                => db.Events.Add(new ExhibitEvent { Kind = kind, StoryId = story, SessionCode = code, OccurredUtc = start + today * (minutes / 40.0), Detail = detail, DurationMs = ms });
            Add(ExhibitEventKind.StoryStarted, 0, Genres[i % Genres.Length]);
            if (i % 10 == 9) continue;
            Add(ExhibitEventKind.SceneGenerated, 1, "Offline", 900 + random.Next(600));
            Add(ExhibitEventKind.PictureShown, 1, i % 3 == 0 ? "Watercolour" : i % 3 == 1 ? "Storybook" : "Comic");
            if (i % 4 == 3) continue;
            Add(ExhibitEventKind.ChoiceMade, 3, "offered");
            if (i % 3 == 2) continue;
            Add(ExhibitEventKind.StoryFinished, 6 + random.Next(6), "3 scenes");
        }
        db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.Exported, OccurredUtc = Today(0.99), Detail = "seeded" });
        for (var i = 0; i < 60; i++)
            db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Text, Provider = "OpenAICompatible", LatencyMs = 400 + random.Next(1500), Succeeded = i % 15 != 0, Error = i % 15 == 0 ? "timeout" : null, EstimatedCost = 0.01m, OccurredUtc = Today(random.NextDouble()) });
        for (var i = 0; i < 25; i++)
            db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Images, Provider = "OpenAI", LatencyMs = 3000 + random.Next(5000), Succeeded = i % 8 != 0, Error = i % 8 == 0 ? "rate limited" : null, EstimatedCost = 0.04m, OccurredUtc = Today(random.NextDouble()) });
        for (var i = 0; i < 30; i++)
            db.ProviderCalls.Add(new ProviderCall { Service = GeneratorService.Speech, Provider = "Espeak", LatencyMs = 80 + random.Next(200), Succeeded = true, OccurredUtc = Today(random.NextDouble()) });
        for (var i = 0; i < Comments.Length; i++)
        {
            var text = Comments[i];
            db.Feedback.Add(new VisitorFeedback
            {
                SessionCode = $"SEED-{1000 + i}", Rating = 5 - i % 4, Comment = text, Sentiment = LexiconSentiment.Score(text), Theme = CommentThemes.Classify(text),
                SentimentSource = LexiconSentiment.Source, CreatedUtc = Today(0.98 - 0.05 * i),
            });
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_dashboard_shows_the_days_figures_charts_and_feedback_and_switches_period()
    {
        await SeedAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page);
        await page.GotoAsync("/dashboard");
        await Expect(page.Locator("[data-kpi=started]")).ToHaveTextAsync("40");
        await Expect(page.GetByRole(AriaRole.Figure, new() { Name = "From seed to finished story" })).ToContainTextAsync("dropped off before this step");
        await Expect(page.Locator(".dash-health li").First).ToBeVisibleAsync();
        await Expect(page.Locator(".dash-comment")).ToHaveCountAsync(Comments.Length);
        await Expect(page.GetByRole(AriaRole.Figure, new() { Name = "Latency per provider" }).Locator(".dash-chart svg").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "dashboard-desktop.png"), FullPage = true });

        // The numbers behind a chart, as a table.
        var funnel = page.GetByRole(AriaRole.Figure, new() { Name = "From seed to finished story" });
        await funnel.GetByRole(AriaRole.Button, new() { Name = "Show numbers" }).ClickAsync();
        await Expect(funnel.GetByRole(AriaRole.Row, new() { Name = "Seed given" })).ToContainTextAsync("40");

        await page.GetByRole(AriaRole.Radio, new() { Name = "7 days", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stories per day" })).ToBeVisibleAsync();
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Events CSV" }).GetAttributeAsync("href");
        Assert.StartsWith("/dashboard/export/events.csv?from=", href);
        var csv = await (await page.APIRequest.GetAsync(href!)).TextAsync();
        Assert.Equal(40, csv.Split("\r\n").Count(line => line.Contains(",StoryStarted,")));

        var phone = await app.NewPageAsync(390, 844);
        await app.SignInAsync(phone);
        await phone.GotoAsync("/dashboard");
        await Expect(phone.Locator("[data-kpi=started]")).ToHaveTextAsync("40");
        var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The dashboard is {width} px wide on a 390 px phone.");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Shots, "dashboard-phone.png"), FullPage = true });
    }
}
