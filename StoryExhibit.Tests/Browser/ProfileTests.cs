using Microsoft.Playwright;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// A visitor saves a profile, writes a story the start page prefilled from it, earns badges at its end and takes its
/// code home; on another device the profile code finds the story; deleting the profile deletes the story.
/// </summary>
public sealed class ProfileTests(ProfileTests.PublicApp app) : IClassFixture<ProfileTests.PublicApp>
{
    public sealed class PublicApp() : AppFixture(new Dictionary<string, string> { ["Exhibit__PublicBaseUrl"] = "https://stories.example.org/" });

    // The server may be slow on a shared machine: every step that waits for it waits as long as the story pages' helpers do.
    private const float ServerWait = 20_000;

    private static string Shot(string name) => Path.Combine(ScreenshotTests.Folder, name);

    [Fact]
    public async Task A_profile_prefills_the_start_keeps_its_story_reopens_by_code_elsewhere_and_takes_the_story_with_it_when_deleted()
    {
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/profile");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await page.ScreenshotAsync(new() { Path = Shot("profile-new-kiosk.png") });
        await page.GetByLabel("Your name").FillAsync("Mira");
        await page.Locator(".avatar-choices .mud-toggle-item", new() { HasText = "Rocket" }).ClickAsync();
        await page.Locator(".mud-chip", new() { HasText = "Science fiction" }).ClickAsync();
        await page.Locator(".mud-toggle-item", new() { HasText = "Children" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mira" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        var profileCode = (await page.Locator(".profile-code strong").InnerTextAsync()).Trim();
        Assert.Equal(profileCode, SessionCodes.Normalize(profileCode));

        // A new page load: the device remembers the profile and the start page is filled from it.
        await page.GotoAsync("/");
        await Expect(page.GetByText("Welcome back, Mira!")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Science fiction" })).ToHaveAttributeAsync("aria-checked", "true", new LocatorAssertionsToHaveAttributeOptions { Timeout = ServerWait });
        await Expect(page.GetByLabel("Characters")).ToHaveValueAsync("Mira", new LocatorAssertionsToHaveValueOptions { Timeout = ServerWait });
        await Expect(page.Locator(".mud-toggle-item.selected", new() { HasText = "Children" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await Expect(page.Locator(".mud-toggle-item.selected", new() { HasText = "Teens" })).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = ServerWait });

        await page.GetByLabel("What is your story about?").FillAsync("A robot gardener on a quiet moon");
        await page.Locator("#length").FillAsync(StoryLimits.LengthMin.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, StoryUrl);
        var storyCode = page.Url.Split('/')[^1];
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "In Mira's profile" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        for (var scene = 1; scene <= StoryLimits.LengthMax; scene++)
        {
            await WaitForChoicesOrEndAsync(page, scene);
            if (await page.GetByText("The End", new() { Exact = true }).IsVisibleAsync()) break;
            await Choices(page).First.ClickAsync();
        }

        var ending = page.GetByRole(AriaRole.Region, new() { Name = "Your story is complete" });
        await Expect(ending).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        var badges = ending.GetByRole(AriaRole.List, new() { Name = "Badges you earned" });
        await Expect(badges.Locator("[data-badge=first-story]")).ToContainTextAsync("First story", new LocatorAssertionsToContainTextOptions { Timeout = ServerWait });
        await Expect(ending.GetByRole(AriaRole.Img, new() { Name = "QR code: scan it with a phone to open this story there" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await Expect(ending).ToContainTextAsync(storyCode, new LocatorAssertionsToContainTextOptions { Timeout = ServerWait });
        await Expect(ending).ToContainTextAsync("take your story home", new LocatorAssertionsToContainTextOptions { Timeout = ServerWait });
        await Expect(page.Locator("[data-step=Done]")).ToHaveAttributeAsync("aria-current", "step", new LocatorAssertionsToHaveAttributeOptions { Timeout = ServerWait });
        await ending.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("story-ending-kiosk.png") });
        await page.Locator(".story-head").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("story-progress-kiosk.png") });
        await page.SetViewportSizeAsync(390, 844);
        await AssertFitsAsync(page);
        await page.Locator(".story-progress").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("story-progress-phone.png") });
        await ending.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("story-ending-phone.png") });
        await ending.Locator(".take-home").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("story-ending-take-home-phone.png") });
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GotoAsync("/profile");
        await Expect(page.Locator($"[data-code={storyCode}]")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await page.ScreenshotAsync(new() { Path = Shot("profile-kiosk.png"), FullPage = true });

        // Another device: the profile code finds the story.
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/profile");
        await Expect(phone.GetByLabel("Profile code")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await AssertFitsAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Shot("profile-new-phone.png"), FullPage = true });
        await phone.GetByLabel("Profile code").FillAsync(profileCode.ToLowerInvariant());
        await phone.GetByRole(AriaRole.Button, new() { Name = "Open profile" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Mira" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        var listed = phone.Locator($"[data-code={storyCode}]");
        await Expect(listed).ToContainTextAsync("finished", new LocatorAssertionsToContainTextOptions { Timeout = ServerWait });
        await AssertFitsAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Shot("profile-phone.png"), FullPage = true });

        // Deleting the profile deletes its story.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Delete profile" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Yes, delete my profile and stories" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your profile and its 1 story were deleted" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await phone.GotoAsync($"/story/{storyCode}");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "We could not find that story" })).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        await phone.GotoAsync("/profile");
        await phone.GetByLabel("Profile code").FillAsync(profileCode);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Open profile" }).ClickAsync();
        await Expect(phone.GetByText("No profile has that code")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = ServerWait });
        Assert.Empty(app.CspViolations.Seen);
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
    }
}
