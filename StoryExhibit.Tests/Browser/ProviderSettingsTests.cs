using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>Staff switching the storyteller to an OpenAI-compatible server on the providers page, and a visitor seeing it take effect.</summary>
public sealed class ProviderSettingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Key = "sk-playwright-provider-5150";
    private static Task ShotAsync(IPage page, string name) => SettingsShots.TakeAsync(page, name);

    [Fact]
    public async Task A_storyteller_tested_and_saved_on_the_providers_page_writes_the_next_story()
    {
        await using var server = await OpenAICompatibleServer.StartAsync();
        server.ReplyWith("The loopback lantern glowed over the quiet harbour.\n\n### What happens next?\n1. Follow the light\n2. Wait for dawn\n");

        var page = await app.NewPageAsync();
        await app.SignInAsync(page);
        await page.GotoAsync("/settings/providers");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Providers", Exact = true })).ToBeVisibleAsync();
        await ShotAsync(page, "providers-offline");

        await page.Locator("[role=combobox][aria-label='Who writes the scenes']").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "OpenAI-compatible" }).ClickAsync();
        await page.Locator("input[name=text-endpoint]").FillAsync(server.Endpoint.ToString());
        await page.Locator("input[name=text-model]").FillAsync(OpenAICompatibleServer.Model);
        await page.Locator("input[name=text-key]").FillAsync(Key);
        await page.Locator("input[name=text-key]").PressAsync("Tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Test the storyteller" }).ClickAsync();
        await Expect(page.Locator(".test-result.ok")).ToContainTextAsync("Connected");
        await Expect(page.Locator(".test-result.ok")).ToContainTextAsync(" ms");
        await ShotAsync(page, "providers-tested");
        Assert.Equal($"Bearer {Key}", server.Requests.Last().Authorization);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Settings saved")).ToBeVisibleAsync();
        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("Storyteller provider");
        await ShotAsync(page, "providers-saved");
        Assert.DoesNotContain(Key, await page.ContentAsync());
        await page.ReloadAsync();
        await Expect(page.GetByText("A key is stored")).ToBeVisibleAsync();
        Assert.DoesNotContain(Key, await page.ContentAsync());

        // A visitor's next story comes from the loopback server, with no restart.
        var visitor = await app.NewPageAsync();
        await StoryPages.StartStoryAsync(visitor);
        await StoryPages.WaitForChoicesAsync(visitor);
        Assert.Contains("loopback lantern", await StoryPages.ProseAsync(visitor, 1));
        Assert.Equal(["Follow the light", "Wait for dawn"], await StoryPages.ChoiceTextsAsync(visitor));
        Assert.Contains(server.Requests, r => r.Stream && r.Authorization == $"Bearer {Key}");
    }
}

/// <summary>Screenshots of the settings pages and what visitors see of them, for a person to look at.</summary>
internal static class SettingsShots
{
    public const string Folder = "/tmp/shots-settings";

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
