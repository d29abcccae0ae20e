using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Sizes for visitors standing at a 1920x1080 kiosk or holding a 390x844 phone: Begin and any message beside it in view
/// without scrolling, the story form first on a phone, the sample code on one line, prose and choices at least 24 px.
/// </summary>
public sealed class StandingVisitorSizesTests(StandingVisitorSizesTests.OneStoryAnHour app) : IClassFixture<StandingVisitorSizesTests.OneStoryAnHour>
{
    public sealed class OneStoryAnHour() : AppFixture(new Dictionary<string, string> { ["Exhibit__VisitorLimits__StoriesPerHour"] = "1" });

    private static ILocator Begin(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" });

    /// <summary>
    /// Pages are not prerendered, so until the circuit has rendered one the browser has nothing of the page to show. The
    /// Blazor script is held back here for two seconds (a slow network or a busy server): the exhibit's name and
    /// "Opening…" stand in, and are gone once the page is there.
    /// </summary>
    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(390, 844)]
    public async Task While_the_page_opens_the_exhibit_s_name_stands_in_and_goes_once_the_page_shows(int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await Task.Delay(2000);
            await route.ContinueAsync();
        });
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Commit });
        var opening = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Opening" });
        await Expect(opening).ToBeVisibleAsync();
        await Expect(opening).ToContainTextAsync("StoryExhibit");
        await Expect(opening).ToBeInViewportAsync(new() { Ratio = 1 });
        // It fades in after a moment (a quick start never flashes it): wait until it is fully there.
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.page-opening')).opacity === '1'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"opening-{width}x{height}.png") });

        await Expect(Begin(page)).ToBeVisibleAsync();
        await Expect(opening).ToBeHiddenAsync();
    }

    /// <summary>A wall display starting up stays black: no name, no words, before the canvas's first picture.</summary>
    [Fact]
    public async Task A_wall_display_shows_no_opening_screen_while_it_starts()
    {
        var page = await app.NewPageAsync();
        var held = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/canvas/test-pattern", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("#components-reconnect-modal", new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator(".page-opening")).ToHaveCountAsync(0);
        Assert.Equal("", (await page.InnerTextAsync("body")).Trim());
        held.SetResult();
        await Expect(page.GetByRole(AriaRole.Main, new() { Name = "Canvas test-pattern" })).ToBeAttachedAsync();
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(390, 844)]
    public async Task Begin_and_a_refusal_beside_it_are_in_view_without_scrolling(int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await Expect(Begin(page)).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));

        await StartStoryAsync(page);
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync("One story too many within the hour");
        await Begin(page).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The storyteller needs a short rest" });
        await Expect(refusal).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Expect(refusal).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(Begin(page)).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    [Fact]
    public async Task On_a_phone_the_story_form_comes_first_and_the_sample_code_stays_on_one_line()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Your story" });
        var prompt = page.GetByLabel("What is your story about?");
        await Expect(prompt).ToBeInViewportAsync(new() { Ratio = 1 });
        var formTop = (await form.BoundingBoxAsync())!.Y;
        foreach (var later in new[] { page.GetByRole(AriaRole.Heading, new() { Name = "Let's write a story together" }), page.Locator(".steps"), page.GetByRole(AriaRole.Heading, new() { Name = "Continue a story" }) })
            Assert.True((await later.BoundingBoxAsync())!.Y > formTop, "The story form should come before the introduction and the code box.");

        var sample = page.Locator(".open-code .code-sample");
        Assert.Equal(1, await sample.EvaluateAsync<int>("e => e.getClientRects().length"));
    }

    [Fact]
    public async Task Prose_and_choices_are_at_least_24_px_on_a_kiosk()
    {
        var page = await app.NewPageAsync(1920, 1080);
        await StartStoryAsync(page);
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);

        foreach (var selector in new[] { "article.scene.current .prose", "article.scene.earlier .prose", ".choice-list .choice" })
        {
            var size = await page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            Assert.True(size >= 24, $"{selector} is {size} px.");
        }
    }
}
