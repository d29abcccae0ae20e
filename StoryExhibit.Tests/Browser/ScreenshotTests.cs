using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// The visitor pages (start, story, the kiosk's attract screen, open, your data and its delete dialog) and the staff pages at kiosk (1920x1080) and
/// phone (390x844) size: nothing overflows sideways, and the screenshots are kept in TestResults/screenshots for a person
/// to look at.
/// </summary>
public sealed class ScreenshotTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Visitor_pages_fit_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Let's write a story together" })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"start-{name}.png"), FullPage = name == "phone" });

        await StartStoryAsync(page, "A girl who can talk to the wind finds a jar of fireflies", "Fairy tale");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        // Mid-scene: the words streamed in so far, the newest line in view above the narration bar.
        await page.WaitForFunctionAsync("() => (document.querySelector('.prose.streaming')?.innerText.split(/\\s+/).length ?? 0) > 40", null, new() { Timeout = 20_000 });
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"story-streaming-{name}.png") });
        await WaitForChoicesAsync(page, 2);
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"story-{name}.png"), FullPage = name == "phone" });
        var code = page.Url.Split('/')[^1];

        // The kiosk's attract screen, with the pictures just painted.
        await Expect(page.Locator(".scene-figure.ready img").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.GotoAsync("/attract");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Touch to begin" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(page.Locator(".attract img.slide.shown")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"attract-{name}.png") });

        await page.GotoAsync("/open");
        await Expect(page.GetByLabel("Story code")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"open-{name}.png"), FullPage = true });

        await page.GotoAsync("/my-data");
        await Expect(page.GetByLabel("Story code")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"my-data-entry-{name}.png"), FullPage = true });

        await page.GotoAsync($"/my-data/{code}");
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete my story and data" });
        await Expect(delete).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"my-data-{name}.png"), FullPage = true });
        await delete.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keep my story" })).ToBeFocusedAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"my-data-confirm-{name}.png") });
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Every_reading_layout_fits_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var page = await app.NewPageAsync(width, height);
        await StartStoryAsync(page, "An old fox who runs a night train through the forest", "Adventure");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);
        var code = page.Url.Split('/')[^1];
        foreach (var (layout, shown) in new[] { ("novella", ".novella"), ("slides", ".slide-deck"), ("comic", ".comic-strip") })
        {
            await page.GotoAsync($"/story/{code}?layout={layout}");
            await Expect(page.Locator(shown)).ToBeVisibleAsync();
            await Expect(page.Locator("article.scene.current .scene-figure.ready img")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await page.WaitForTimeoutAsync(700); // entrance animations end
            await AssertFitsAsync(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"layout-{layout}-{name}.png") });
        }
        // The switch at the top of the story page, and the picker on the start page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"layout-switch-{name}.png") });
        await page.GotoAsync("/");
        var picker = page.Locator(".seed-form .layout-picker");
        await picker.ScrollIntoViewIfNeededAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"layout-picker-{name}.png") });
    }

    public static readonly string[] StaffPages =
    [
        "/dashboard", "/settings", "/settings/providers", "/settings/storyteller", "/settings/visitors", "/settings/speech",
        "/settings/canvases", "/settings/budgets", "/settings/moderation", "/settings/accounts", "/settings/password", "/settings/music", "/settings/api-keys",
    ];

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Every_staff_page_fits_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page);
        foreach (var path in StaffPages)
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(500); // charts and live figures settle
            await AssertFitsAsync(page);
            var file = path == "/settings" ? "settings" : path.TrimStart('/').Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"staff-{file}-{name}.png"), FullPage = true });
        }
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
    }
}
