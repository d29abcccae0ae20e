using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>High contrast and large text, switched by a visitor from the header and kept for the tab's session.</summary>
public sealed class DisplayOptionsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static Task<string> StyleAsync(IPage page, string selector, string property) =>
        page.Locator(selector).First.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    private static async Task SwitchAsync(IPage page, string item)
    {
        // MudBlazor's popover host re-renders its menus when any popover on the page changes (a new scene's tooltips);
        // on a loaded machine Playwright can keep finding the item just replaced, so the menu is opened afresh once more.
        for (var attempt = 1; ; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Display options" }).ClickAsync();
            try
            {
                await page.GetByRole(AriaRole.Menuitem, new() { Name = item }).ClickAsync(new() { Timeout = 7_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3) { await page.Keyboard.PressAsync("Escape"); }
        }
        await page.Keyboard.PressAsync("Escape");
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task High_contrast_and_large_text_apply_at_once_and_last_for_the_session(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        var code = await StartStoryAsync(page, "A lighthouse keeper who collects lost songs", "Adventure");
        await WaitForChoicesAsync(page);
        var proseBefore = double.Parse((await StyleAsync(page, ".prose", "fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));

        await SwitchAsync(page, "Turn on high contrast");
        await SwitchAsync(page, "Turn on large text");
        await Expect(page.Locator("html.high-contrast.large-text")).ToHaveCountAsync(1);
        Assert.Equal("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", await StyleAsync(page, ".prose", "color"));
        var proseAfter = double.Parse((await StyleAsync(page, ".prose", "fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(proseAfter >= proseBefore * 1.2, $"prose {proseBefore} px became {proseAfter} px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"display-modes-{name}.png") });
        // Larger text still fits the screen's width: nothing to scroll sideways to, the header included.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the screen.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Display options" })).ToBeInViewportAsync(new() { Ratio = 1 });

        // Another page of the same visit keeps them; switching off restores the usual display.
        await page.GotoAsync($"/story/{code}");
        await Expect(page.Locator("article.scene").First).ToBeVisibleAsync();
        await Expect(page.Locator("html.high-contrast.large-text")).ToHaveCountAsync(1);
        await SwitchAsync(page, "Turn off high contrast");
        await Expect(page.Locator("html.high-contrast")).ToHaveCountAsync(0);
        await Expect(page.Locator("html.large-text")).ToHaveCountAsync(1);

        // A new visit (a new tab's session) starts with the usual display.
        var other = await app.NewPageAsync(width, height);
        await other.GotoAsync($"/story/{code}");
        await Expect(other.Locator("article.scene").First).ToBeVisibleAsync();
        await Expect(other.Locator("html.large-text")).ToHaveCountAsync(0);
    }
}
