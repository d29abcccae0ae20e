using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>Staff switching parts of the visitor experience off on the visitors page, and visitors seeing the difference.</summary>
public sealed class VisitorSettingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Turning_off_own_choices_and_pictures_and_lowering_the_ceiling_changes_what_visitors_are_offered()
    {
        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await staff.GotoAsync("/settings/visitors");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Visitors", Exact = true })).ToBeVisibleAsync();
        await SettingsShots.TakeAsync(staff, "visitors-before");

        await staff.GetByRole(AriaRole.Switch, new() { Name = "Visitors' own choices" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Switch, new() { Name = "Visitors' own choices" })).Not.ToBeCheckedAsync();
        await staff.GetByRole(AriaRole.Switch, new() { Name = "Illustrations" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Switch, new() { Name = "Illustrations" })).Not.ToBeCheckedAsync();
        await staff.GetByRole(AriaRole.Radio, new() { Name = "A little scary" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Radio, new() { Name = "A little scary" })).ToBeCheckedAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(staff.GetByText("Settings saved")).ToBeVisibleAsync();
        await Expect(staff.Locator(".settings-recent")).ToContainTextAsync("Visitors' own choices");
        await Expect(staff.Locator(".settings-recent")).ToContainTextAsync("Content rating ceiling");
        await SettingsShots.TakeAsync(staff, "visitors-saved");

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/");
        await Expect(visitor.GetByText("A little scary")).ToBeVisibleAsync();
        await Expect(visitor.GetByText("Thrilling", new() { Exact = true })).ToHaveCountAsync(0);
        await SettingsShots.TakeAsync(visitor, "start-lowered-ceiling-desktop");
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/");
        await Expect(phone.GetByText("A little scary")).ToBeVisibleAsync();
        await SettingsShots.TakeAsync(phone, "start-lowered-ceiling-phone");

        await StoryPages.StartStoryAsync(visitor);
        await StoryPages.WaitForChoicesAsync(visitor);
        await Expect(visitor.GetByText("Something else")).ToHaveCountAsync(0);
        // With pictures on, "Painting this scene" shows within moments of the scene's end (IllustrationTests); give it that time.
        await visitor.WaitForTimeoutAsync(1500);
        await Expect(visitor.Locator(".scene-figure")).ToHaveCountAsync(0);
        Assert.NotEmpty(await StoryPages.ChoiceTextsAsync(visitor));
        await SettingsShots.TakeAsync(visitor, "story-without-own-choice");
    }

    [Fact]
    public async Task A_shorter_retention_is_recorded_and_a_visitor_s_data_page_states_it()
    {
        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await staff.GotoAsync("/settings/visitors");
        var days = staff.Locator("input[name=retention-days]");
        await Expect(days).ToHaveValueAsync("30");
        await Expect(days).ToHaveAccessibleNameAsync("Keep visitors' data for (days)");
        await Expect(days).ToHaveAccessibleDescriptionAsync(new Regex("deleted after 30 days without change"));
        var policy = staff.Locator("input[name=policy-version]");
        await Expect(policy).ToHaveValueAsync("2026-11");
        await Expect(policy).ToHaveAccessibleNameAsync("Privacy policy version");
        await ShotAsync(staff, "visitors-privacy-desktop");

        await days.FillAsync("7");
        await days.PressAsync("Tab");
        await Expect(staff.Locator("#retention-help")).ToContainTextAsync("deleted after 7 days without change");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(staff.GetByText("Settings saved")).ToBeVisibleAsync();
        var change = staff.Locator(".settings-recent .change", new() { HasText = "Retention period" });
        await Expect(change.Locator(".change-new")).ToHaveTextAsync("7");
        await ShotAsync(staff, "visitors-privacy-saved-desktop");

        var visitor = await app.NewPageAsync(390, 844);
        var code = await StoryPages.StartStoryAsync(visitor);
        await StoryPages.WaitForChoicesAsync(visitor);
        await visitor.GotoAsync($"/my-data/{code}");
        await Expect(visitor.GetByText(new Regex("kept for 7 days", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await ShotAsync(visitor, "my-data-7-days-phone");

        await staff.GotoAsync("/settings");
        await Expect(staff.Locator("a.settings-card[href='/settings/visitors']")).ToContainTextAsync("data kept 7 days");
        await ShotAsync(staff, "settings-index-desktop");

        // A blank policy version is refused next to its field and changes nothing.
        await staff.GotoAsync("/settings/visitors");
        await policy.FillAsync("");
        await policy.PressAsync("Tab");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(staff.GetByText("Privacy policy version must be a short name of 1 to 20 characters, such as 2026-11.")).ToBeVisibleAsync();
        await Expect(staff.GetByText("Nothing was saved")).ToBeVisibleAsync();
        await ShotAsync(staff, "visitors-privacy-refused-desktop");
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory("/tmp/shots-editors");
        await page.ScreenshotAsync(new() { Path = $"/tmp/shots-editors/{name}.png", FullPage = true });
    }

    [Fact]
    public async Task The_other_settings_pages_render_for_a_person_to_look_at()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page);
        await page.GotoAsync("/settings");
        await Expect(page.GetByText("Providers", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("a.settings-card[href='/settings/providers']")).ToContainTextAsync("text by offline");
        await SettingsShots.TakeAsync(page, "settings-index");
        await page.GotoAsync("/settings/storyteller");
        await Expect(page.Locator(".creativity-words")).ToContainTextAsync("Playful");
        await SettingsShots.TakeAsync(page, "storyteller");
    }
}

/// <summary>Per-visitor limits in the real app: one scene a minute, one browser at a time.</summary>
public sealed class VisitorLimitTests(VisitorLimitTests.OneScenePerMinute app) : IClassFixture<VisitorLimitTests.OneScenePerMinute>
{
    public sealed class OneScenePerMinute() : AppFixture(new Dictionary<string, string> { ["Exhibit__VisitorLimits__ScenesPerMinute"] = "1" });

    [Fact]
    public async Task A_visitor_over_the_limit_is_asked_to_wait_and_another_browser_is_not()
    {
        var first = await app.NewPageAsync();
        await StoryPages.StartStoryAsync(first);
        await StoryPages.WaitForChoicesAsync(first);
        await StoryPages.Choices(first).First.ClickAsync();
        await StoryPages.WaitForChoicesOrEndAsync(first, 2);
        await StoryPages.Choices(first).First.ClickAsync();
        await Expect(first.GetByRole(AriaRole.Alert)).ToContainTextAsync("The storyteller needs a short rest - try again in");
        await Expect(first.Locator("article.scene.current")).ToHaveAttributeAsync("aria-label", "Scene 2"); // nothing lost, nothing written
        await SettingsShots.TakeAsync(first, "rate-limited");

        // A reload is a new connection but the same browser: still limited.
        await first.ReloadAsync();
        await StoryPages.WaitForChoicesAsync(first, 2);
        await StoryPages.Choices(first).First.ClickAsync();
        await Expect(first.GetByRole(AriaRole.Alert)).ToContainTextAsync("try again in");

        var second = await app.NewPageAsync();
        await StoryPages.StartStoryAsync(second);
        await StoryPages.WaitForChoicesAsync(second);
        await StoryPages.Choices(second).First.ClickAsync();
        await StoryPages.WaitForChoicesOrEndAsync(second, 2);
    }
}
