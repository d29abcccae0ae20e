using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Every screen a kiosk, with a short idle time: the kiosk returns to its attract screen and forgets the last story on
/// screen, whose code still opens it.
/// </summary>
public sealed class KioskTests(KioskTests.KioskApp app) : IClassFixture<KioskTests.KioskApp>
{
    public sealed class KioskApp() : AppFixture(new Dictionary<string, string>
    {
        ["Exhibit__Kiosk__WholeExhibit"] = "true",
        ["Exhibit__Kiosk__IdleSeconds"] = "8",
        // Narration would hold the attract screen off until it ends: these visitors do not ask for it.
        ["Generation__Speech__RealTimeNarration"] = "false",
        ["Generation__Speech__AutoPlayLastScene"] = "false",
    });

    private static ILocator TouchToBegin(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Touch to begin" });

    [Fact]
    public async Task An_idle_kiosk_shows_the_last_pictures_forgets_the_story_and_its_code_still_opens_it()
    {
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page, "A clockmaker's robot who wants to see the sea", "Science fiction");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);
        await WaitForChoicesAsync(page);
        var picture = page.Locator(".scene-figure.ready img");
        await Expect(picture).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var pictureUrl = await picture.GetAttributeAsync("src");

        // Nobody touches the screen: back to the attract screen, with this story's picture among the last ones.
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex("/attract$"), 30_000);
        await Expect(TouchToBegin(page)).ToBeVisibleAsync();
        var slides = page.Locator(".attract img.slide");
        Assert.Contains(pictureUrl, await slides.EvaluateAllAsync<string[]>("all => all.map(i => i.getAttribute('src'))"));
        Assert.All(await slides.EvaluateAllAsync<string[]>("all => all.map(i => i.getAttribute('src'))"), src => Assert.StartsWith("/illustrations/", src));

        // Back does not bring the last visitor's story back.
        await page.GoBackAsync();
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex("/attract$"));
        await Expect(TouchToBegin(page)).ToBeVisibleAsync();
        await Expect(page.GetByText(code)).ToHaveCountAsync(0);

        await TouchToBegin(page).ClickAsync();
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex("^https?://[^/]+/([?#].*)?$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your story" })).ToBeVisibleAsync();

        // The next visitor can still open it with its code (straight to its address: a slow form could let the kiosk idle).
        await page.GotoAsync($"/story/{code}");
        await Expect(page.Locator("article.scene").First).ToBeVisibleAsync();
    }
}
