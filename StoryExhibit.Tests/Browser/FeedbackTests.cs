using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.AnalyticsPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>A visitor finishes a story and rates it; staff then find the story and the comment on the dashboard.</summary>
public sealed class FeedbackTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_visitor_rates_a_finished_story_and_staff_see_it_on_the_dashboard()
    {
        var page = await app.NewPageAsync();
        var code = await FinishShortStoryAsync(page, "A lighthouse keeper who collects lost echoes", "Mystery");

        var form = page.GetByRole(AriaRole.Region, new() { Name = "How was your story?" });
        await Expect(form).ToBeVisibleAsync();
        await form.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "feedback-desktop.png") });

        // Nothing chosen yet: asked for stars, nothing lost.
        await page.GetByLabel("Anything you would like to tell us?").FillAsync("The pictures were magical and the narrator's voice was lovely");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Expect(page.GetByText("Please pick from 1 to 5 stars.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Anything you would like to tell us?")).ToHaveValueAsync("The pictures were magical and the narrator's voice was lovely");

        // Keyboard: focus the first star and move to the fourth with the arrow keys, as a radio group does.
        await page.GetByRole(AriaRole.Radio, new() { Name = "1 star: Not for me" }).FocusAsync();
        for (var i = 0; i < 3; i++) await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "4 stars: Great" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Thank you!" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "feedback-thanks-desktop.png") });

        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await staff.GotoAsync("/dashboard");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await Expect(staff.Locator("[data-kpi=started]")).ToHaveTextAsync("1", new() { Timeout = 20_000 });
        await Expect(staff.Locator("[data-kpi=finished]")).ToHaveTextAsync("1");
        await Expect(staff.Locator("[data-kpi=rating]")).ToHaveTextAsync("4.0 ★");
        var comment = staff.Locator(".dash-comment").Filter(new() { HasText = "The pictures were magical" });
        await Expect(comment).ToContainTextAsync(code);
        // Scored in the background, then seen on the next refresh.
        await Expect(comment.Locator(".dash-sentiment")).ToContainTextAsync("positive", new() { Timeout = 25_000 });
        await Expect(staff.GetByRole(AriaRole.Figure, new() { Name = "Popular genres" })).ToContainTextAsync("Mystery");

        // The CSV download has the comment and the story's events.
        var feedbackCsv = await staff.APIRequest.GetAsync("/dashboard/export/feedback.csv");
        Assert.Equal(200, feedbackCsv.Status);
        Assert.StartsWith("text/csv", feedbackCsv.Headers["content-type"]);
        Assert.Contains("The pictures were magical", await feedbackCsv.TextAsync());
        var eventsCsv = await (await staff.APIRequest.GetAsync("/dashboard/export/events.csv")).TextAsync();
        foreach (var kind in new[] { "StoryStarted", "SceneGenerated", "ChoiceMade", "PictureShown", "StoryFinished", "FeedbackGiven" })
            Assert.Contains($",{kind},", eventsCsv);
        Assert.Equal(400, (await staff.APIRequest.GetAsync("/dashboard/export/events.csv?from=soon")).Status);
    }

    [Fact]
    public async Task On_a_phone_the_stars_fit_and_read_clearly()
    {
        var page = await app.NewPageAsync(390, 844);
        await FinishShortStoryAsync(page, "A robot gardener on a quiet moon", "Science fiction");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "How was your story?" });
        await form.ScrollIntoViewIfNeededAsync();
        var stars = page.Locator(".feedback-star");
        await Expect(stars).ToHaveCountAsync(5);
        var last = await stars.Nth(4).BoundingBoxAsync();
        Assert.True(last!.X + last.Width <= 390, $"The fifth star ends at {last.X + last.Width} px, past the 390 px screen.");
        Assert.True(last.Height >= 44, $"The stars are {last.Height} px tall, too small to tap.");
        await form.ScreenshotAsync(new() { Path = Path.Combine(Shots, "feedback-phone.png") });
    }
}
