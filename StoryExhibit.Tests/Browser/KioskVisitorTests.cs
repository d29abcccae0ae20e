using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Every screen a kiosk with one story per visitor an hour: each visitor's session (from one attract screen to the next)
/// has its own allowance and its own profile. The idle time is long, so only the visit to the attract screen ends one.
/// </summary>
public sealed class KioskVisitorTests(KioskVisitorTests.KioskApp app) : IClassFixture<KioskVisitorTests.KioskApp>
{
    public sealed class KioskApp() : AppFixture(new Dictionary<string, string>
    {
        ["Exhibit__Kiosk__WholeExhibit"] = "true",
        ["Exhibit__Kiosk__IdleSeconds"] = "3600",
        ["Exhibit__VisitorLimits__StoriesPerHour"] = "1",
    });

    private static ILocator TouchToBegin(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Touch to begin" });

    [Fact]
    public async Task Each_visitor_session_on_a_kiosk_has_its_own_story_allowance_and_a_refusal_shows_beside_Begin()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page);
        await WaitForChoicesAsync(page);

        // The same visitor asks for a second story within the hour: refused, and the message is on screen beside Begin.
        await page.GetByRole(AriaRole.Link, new() { Name = "New story" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your story" })).ToBeVisibleAsync();
        var prompt = page.GetByLabel("What is your story about?");
        await prompt.FillAsync("A second story from the same visitor");
        await Expect(prompt).ToHaveValueAsync("A second story from the same visitor");
        var begin = page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" });
        await begin.ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The storyteller needs a short rest" });
        await Expect(refusal).ToBeVisibleAsync();
        await Expect(refusal).ToBeInViewportAsync(new() { Ratio = 1 });
        await Expect(begin).ToBeInViewportAsync(new() { Ratio = 1 });

        // The next visitor, after the attract screen, starts at once on the same browser.
        await page.GotoAsync("/attract");
        await TouchToBegin(page).ClickAsync();
        await page.GetByLabel("What is your story about?").FillAsync("The next visitor's story about a moth who reads maps");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, StoryUrl);
    }

    [Fact]
    public async Task A_profile_saved_on_a_kiosk_is_not_offered_to_the_next_visitor()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/profile");
        await page.GetByLabel("Your name").FillAsync("Quill");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quill" })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByText("Welcome back, Quill!")).ToBeVisibleAsync();

        // The kiosk goes back to its attract screen: the next visitor's start page greets nobody.
        await page.GotoAsync("/attract");
        await TouchToBegin(page).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your story" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Welcome back, Quill!")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "exhibit-profile");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your story" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Welcome back, Quill!")).ToHaveCountAsync(0);
    }
}
