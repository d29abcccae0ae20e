using Microsoft.Playwright;
using StoryExhibit.Core.Generation.Music.Mood;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Ambient music on the story page in Chromium: silent until the visitor presses play, then the loop of the scene's
/// mood (as the offline mood reader reads the prose on the page), another loop when a later scene's mood differs, and
/// no player at all once staff switch music off.
/// </summary>
public sealed class MusicTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private static readonly LocatorAssertionsToHaveAttributeOptions Composing = new() { Timeout = 90_000 };

    [Fact]
    public async Task Music_starts_after_a_click_changes_with_the_scene_s_mood_and_the_staff_switch_turns_it_off()
    {
        var page = await app.NewPageAsync();
        await StoryPages.StartStoryAsync(page, "A ghost who is afraid of the dark in an old haunted castle", "Fantasy");
        await StoryPages.WaitForChoicesAsync(page);
        var player = page.Locator(".music-player");
        await Expect(player).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.storyMusic.started.length"));
        await Expect(player).Not.ToHaveAttributeAsync("data-playing", new System.Text.RegularExpressions.Regex("."));

        await page.GetByRole(AriaRole.Button, new() { Name = "Music", Exact = true }).ClickAsync();
        var mood = SceneMoodReader.Read(await StoryPages.ProseAsync(page, 1)).ToString().ToLowerInvariant();
        await Expect(player).ToHaveAttributeAsync("data-playing", $"/music/{mood}/cinematic", Composing);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Music", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("running", await page.EvaluateAsync<string>("() => window.storyMusic.context.state"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, "music-story-desktop.png") });

        // Scene after scene until one reads in another mood: its loop crossfades in.
        var heard = new List<string> { mood };
        for (var scene = 2; scene <= 8 && heard.Distinct().Count() < 2; scene++)
        {
            await StoryPages.Choices(page).First.ClickAsync();
            await StoryPages.WaitForChoicesOrEndAsync(page, scene);
            mood = SceneMoodReader.Read(await StoryPages.ProseAsync(page, scene)).ToString().ToLowerInvariant();
            await Expect(player).ToHaveAttributeAsync("data-mood", mood);
            await Expect(player).ToHaveAttributeAsync("data-playing", $"/music/{mood}/cinematic", Composing);
            heard.Add(mood);
            if (await StoryPages.Choices(page).CountAsync() == 0) break;
        }
        Assert.True(heard.Distinct().Count() >= 2, $"every scene read as {heard[0]}");
        var started = await page.EvaluateAsync<string[]>("() => window.storyMusic.started.map(s => s.url)");
        Assert.Equal(heard.Distinct().Select(m => $"/music/{m}/cinematic"), started.Distinct());

        // The visitor's theme: the same mood in Calm, kept when the page is opened again in this visit.
        await page.Locator("[role=combobox][aria-label='Music theme']").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Calm" }).First.ClickAsync();
        await Expect(player).ToHaveAttributeAsync("data-playing", $"/music/{mood}/calm", Composing);
        await page.ReloadAsync();
        await Expect(page.Locator(".music-player")).ToHaveAttributeAsync("data-track", $"/music/{mood}/calm");

        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync(page.Url);
        await Expect(phone.Locator(".music-player")).ToBeVisibleAsync();
        var box = await phone.Locator(".music-player").BoundingBoxAsync();
        Assert.True(box!.X + box.Width <= 390, "the player fits the phone's width");
        Assert.True(box.Height < 60, $"the player takes one slim row on a phone, not {box.Height} px");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Folder, "music-story-phone.png"), FullPage = true });

        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await staff.GotoAsync("/settings/music");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Ambient music" })).ToBeVisibleAsync();
        await staff.ScreenshotAsync(new() { Path = Path.Combine(Folder, "music-settings-desktop.png"), FullPage = true });
        var staffPhone = await app.NewPageAsync(390, 844);
        await app.SignInAsync(staffPhone);
        await staffPhone.GotoAsync("/settings/music");
        await Expect(staffPhone.GetByRole(AriaRole.Heading, new() { Name = "Ambient music" })).ToBeVisibleAsync();
        await staffPhone.ScreenshotAsync(new() { Path = Path.Combine(Folder, "music-settings-phone.png"), FullPage = true });

        await staff.GetByRole(AriaRole.Switch, new() { Name = "Music on story pages" }).ClickAsync();
        await staff.GetByRole(AriaRole.Form, new() { Name = "Ambient music settings" }).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(staff.GetByText("Settings saved")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(page.Locator("article.scene.current")).ToBeVisibleAsync();
        await Expect(page.Locator(".music-player")).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>("() => 'storyMusic' in window"));

        await staff.GetByRole(AriaRole.Switch, new() { Name = "Music on story pages" }).ClickAsync();
        await staff.GetByRole(AriaRole.Form, new() { Name = "Ambient music settings" }).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(staff.GetByText("Settings saved")).ToBeVisibleAsync();
    }
}
