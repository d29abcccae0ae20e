using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>Staff changing the speech settings in headless Chromium against the real app (its own database).</summary>
public sealed class SpeechSettingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Where the settings screenshots go for a person to look at (also copied to TestResults/screenshots).</summary>
    public const string ShotsFolder = "/tmp/settings-shots";

    private static ILocator Combo(IPage page, string label) => page.Locator($"[role=combobox][aria-label='{label}']");

    private static async Task PickAsync(IPage page, string label, string? filter, string itemText)
    {
        await Combo(page, label).ClickAsync();
        if (filter is not null) await Combo(page, label).FillAsync(filter);
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = itemText }).First.ClickAsync();
    }

    private static async Task<IPage> OpenAsync(AppFixture app, int width = 1920, int height = 1080)
    {
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page);
        await page.GotoAsync("/settings/speech");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Speech", Exact = true })).ToBeVisibleAsync();
        await Expect(SpeechForm(page)).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// Types a speed and leaves the field. The voice box just picked may re-render the form as it loses focus (it checks
    /// what was typed there); a render landing between typing and leaving can put the old speed back, as it would for a
    /// person typing within a tenth of a second of the pick, so the speed is typed again until it shows.
    /// </summary>
    private static async Task TypeSpeedAsync(IPage page, string speed)
    {
        for (var tries = 1; ; tries++)
        {
            await page.Locator("input[name=speed]").FillAsync(speed);
            await page.Locator("input[name=speed]").PressAsync("Tab");
            try
            {
                await Expect(page.Locator(".value-badge")).ToHaveTextAsync($"{speed}×", new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException) when (tries < 3) { }
        }
    }

    /// <summary>The narration's form; the speech input part below it has a form of its own.</summary>
    private static ILocator SpeechForm(IPage page) => page.GetByRole(AriaRole.Form, new() { Name = "Speech settings" });
    private static Task SaveAsync(IPage page) => SpeechForm(page).GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

    [Fact]
    public async Task Voice_and_speed_are_saved_and_still_there_after_a_reload()
    {
        var page = await OpenAsync(app);
        await PickAsync(page, "Voice", "en-gb-scotland", "(en-gb-scotland)");
        await Expect(Combo(page, "Voice")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("en-gb-scotland"));
        await TypeSpeedAsync(page, "1.25");
        await SaveAsync(page);
        await Expect(page.GetByText("Settings saved")).ToBeVisibleAsync();
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("Voice");
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync(AppServer.AdminUserName);

        await page.ReloadAsync();
        await Expect(Combo(page, "Voice")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("en-gb-scotland"));
        await Expect(page.Locator("input[name=speed]")).ToHaveValueAsync("1.25");
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("1.25");
    }

    [Fact]
    public async Task An_invalid_value_shows_a_message_and_saves_nothing()
    {
        var page = await OpenAsync(app);
        var before = await page.Locator(".change").CountAsync();
        await page.GetByLabel("Minimum sentence length").FillAsync("500");
        await page.GetByLabel("Minimum sentence length").PressAsync("Tab");
        await SaveAsync(page);
        await Expect(page.GetByText("Minimum sentence length must be between 0 and 200.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Nothing was saved")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Minimum sentence length")).ToHaveValueAsync("20");
        Assert.Equal(before, await page.Locator(".change").CountAsync());
    }

    [Fact]
    public async Task A_key_is_never_shown_back_after_it_is_saved()
    {
        const string key = "sk-playwright-secret-9001";
        var page = await OpenAsync(app);
        await PickAsync(page, "Who speaks", null, "OpenAI-compatible server");
        await page.GetByLabel("Server URL").FillAsync("http://127.0.0.1:9/v1");
        await page.Locator("input[type=password]").FillAsync(key);
        await page.Locator("input[type=password]").PressAsync("Tab");
        await SaveAsync(page);

        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();
        await Expect(page.Locator("input[type=password]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync());
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("(key replaced)");

        await page.ReloadAsync();
        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();
        Assert.DoesNotContain(key, await page.ContentAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace" }).ClickAsync();
        await Expect(page.Locator("input[type=password]")).ToHaveValueAsync("");

        // Back to espeak-ng so the other tests in this class start from the default provider.
        await PickAsync(page, "Who speaks", null, "espeak-ng on this machine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).CountAsync();
        await SaveAsync(page);
        await Expect(page.GetByText("Settings saved").Last).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_server_address_drops_the_stored_key_and_staff_cannot_change_the_server()
    {
        const string key = "sk-playwright-bound-7";
        var page = await OpenAsync(app);
        await PickAsync(page, "Who speaks", null, "OpenAI-compatible server");
        await page.GetByLabel("Server URL").FillAsync("http://127.0.0.1:9/v1");
        await page.GetByLabel("Server URL").PressAsync("Tab");
        // The form re-renders for the new address; the key box (or "Replace", when another test of this class left a
        // key) is filled only once it is there, so the key typed is not lost to that render.
        var replace = page.GetByRole(AriaRole.Button, new() { Name = "Replace" });
        var keyBox = page.Locator("input[type=password]");
        await Expect(replace.Or(keyBox).First).ToBeVisibleAsync();
        if (await replace.IsVisibleAsync()) await replace.ClickAsync();
        await keyBox.FillAsync(key);
        await keyBox.PressAsync("Tab");
        await Expect(keyBox).ToHaveValueAsync(key);
        await SaveAsync(page);
        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();

        // Another address, no new key: the key goes, and the page says why.
        await page.GetByLabel("Server URL").FillAsync("http://127.0.0.1:10/v1");
        await page.GetByLabel("Server URL").PressAsync("Tab");
        await SaveAsync(page);
        await Expect(page.Locator(".secret-note")).ToContainTextAsync("The API key was removed because the server's address changed");
        await Expect(page.GetByText("A key is stored")).ToHaveCountAsync(0);
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("(key removed: the address changed)");

        // Staff see the server read-only, and cannot touch the key.
        await page.Locator("input[type=password]").FillAsync(key);
        await page.Locator("input[type=password]").PressAsync("Tab");
        await SaveAsync(page);
        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();
        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff, "Staff");
        await staff.GotoAsync("/settings/speech");
        await Expect(SpeechForm(staff)).ToBeVisibleAsync();
        await Expect(SpeechForm(staff).Locator(".admin-note")).ToContainTextAsync("changed by an admin");
        await Expect(staff.GetByLabel("Server URL")).ToHaveAttributeAsync("readonly", "");
        await Expect(staff.GetByText("A key is stored")).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Replace" })).ToHaveCountAsync(0);
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Remove" })).ToHaveCountAsync(0);
        await Expect(staff.Locator("#provider")).ToBeDisabledAsync();
        await staff.Context.CloseAsync();

        // Back to espeak-ng without a key so the other tests in this class start from the default provider.
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await PickAsync(page, "Who speaks", null, "espeak-ng on this machine");
        await SaveAsync(page);
        await Expect(page.GetByText("Settings saved").Last).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task The_settings_pages_fit_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(ShotsFolder);
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page);
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Speech" })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await ShootAsync(page, $"settings-{name}.png", fullPage: name == "phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Speech" }).First.ClickAsync();
        await Expect(SpeechForm(page)).ToBeVisibleAsync();
        await Expect(page.GetByText("Loading the settings")).ToHaveCountAsync(0);
        await AssertFitsAsync(page);
        await ShootAsync(page, $"settings-speech-{name}.png", fullPage: name == "phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Test voice" }).ClickAsync();
        await Expect(page.Locator(".test-result")).ToContainTextAsync("It works", new() { Timeout = 20_000 });
        await AssertFitsAsync(page);
        await ShootAsync(page, $"settings-speech-tested-{name}.png", fullPage: true);
    }

    private static async Task ShootAsync(IPage page, string file, bool fullPage)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, file), FullPage = fullPage });
        File.Copy(Path.Combine(ShotsFolder, file), Path.Combine(ScreenshotTests.Folder, file), overwrite: true);
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var culprits = overflow <= 0 ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(-3).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen ({culprits}).");
    }
}
