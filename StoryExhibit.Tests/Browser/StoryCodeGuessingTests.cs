using Microsoft.Playwright;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Guessing story codes against the real app, on its own app so its pauses touch no other test. Every browser here comes
/// from the same address (127.0.0.1), as every visitor on a museum's Wi-Fi does.
/// </summary>
public sealed class StoryCodeGuessingTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Limit = WrongCodeLimiter.MaxWrongPerBrowser;
    private static int _unknown;

    /// <summary>A code of the new shape that no story has (each test uses its own).</summary>
    private static string UnknownCode() => $"OTTER-LANTERN-MANGO-{10_001 + Interlocked.Increment(ref _unknown)}";

    private static ILocator Paused(IPage page) => page.GetByRole(AriaRole.Heading, new() { Name = "Let's pause for a moment" });
    private static ILocator NotFound(IPage page) => page.GetByRole(AriaRole.Heading, new() { Name = "We could not find that story" });

    [Fact]
    public async Task Reloading_the_data_page_does_not_start_the_count_of_wrong_codes_again()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/my-data");
        var field = page.GetByLabel("Story code");
        for (var i = 0; i < Limit; i++)
        {
            var code = UnknownCode();
            await field.FillAsync(code.ToLowerInvariant().Replace('-', ' '));
            await page.GetByRole(AriaRole.Button, new() { Name = "Show my data" }).ClickAsync();
            await Expect(page.GetByText($"No story has the code {code}.")).ToBeVisibleAsync();
        }

        await page.ReloadAsync();
        await field.FillAsync(UnknownCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my data" }).ClickAsync();
        await Expect(page.GetByText("Please try again in")).ToBeVisibleAsync();

        // The address bar, the download and a fresh tab of the same browser are the same browser.
        await page.GotoAsync($"/my-data/{UnknownCode()}");
        await Expect(page.GetByText("Please try again in")).ToBeVisibleAsync();
        var download = await page.APIRequest.GetAsync($"/my-data/{UnknownCode()}.json");
        Assert.Equal(429, download.Status);
        var tab = await page.Context.NewPageAsync();
        await tab.GotoAsync($"/story/{UnknownCode()}");
        await Expect(Paused(tab)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_story_address_and_the_continue_box_are_limited_and_a_pause_hides_even_a_right_code()
    {
        var owner = await app.NewPageAsync();
        var real = await StartStoryAsync(owner);
        await WaitForChoicesAsync(owner);
        // No public address is configured here, so no QR code: its link is never made from the request's Host.
        await Expect(owner.Locator(".story-qr")).ToHaveCountAsync(0);

        var guesser = await app.NewPageAsync();
        for (var i = 0; i < 3; i++)
        {
            await guesser.GotoAsync($"/story/{real}"); // right codes cost nothing
            await Expect(guesser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("A lighthouse keeper who collects lost echoes");
        }
        for (var i = 0; i < Limit; i++)
        {
            await guesser.GotoAsync($"/story/{UnknownCode()}");
            await Expect(NotFound(guesser)).ToBeVisibleAsync();
        }

        await guesser.GotoAsync($"/story/{real}");
        await Expect(Paused(guesser)).ToBeVisibleAsync();
        await Expect(guesser.GetByRole(AriaRole.Alert)).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Please try again in [0-9]+ seconds|Please try again in 1 minute"));
        await Expect(guesser.GetByText("A lighthouse keeper who collects lost echoes")).ToHaveCountAsync(0);

        await guesser.GotoAsync("/open");
        await guesser.GetByLabel("Story code").FillAsync(real.ToLowerInvariant().Replace("-", ""));
        await guesser.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(guesser.GetByText("Please try again in")).ToBeVisibleAsync();
        Assert.EndsWith("/open", guesser.Url);
    }

    [Fact]
    public async Task A_second_browser_behind_the_same_address_is_not_paused_by_the_first()
    {
        // The first browser's wrong codes on the story page and the download add up to one count.
        var first = await app.NewPageAsync();
        for (var i = 0; i < Limit - 2; i++)
        {
            await first.GotoAsync($"/story/{UnknownCode()}");
            await Expect(NotFound(first)).ToBeVisibleAsync();
        }
        for (var i = 0; i < 2; i++) Assert.Equal(404, (await first.APIRequest.GetAsync($"/my-data/{UnknownCode()}.json")).Status);
        await first.GotoAsync($"/story/{UnknownCode()}");
        await Expect(Paused(first)).ToBeVisibleAsync();
        Assert.Equal(429, (await first.APIRequest.GetAsync($"/my-data/{UnknownCode()}.json")).Status);

        var second = await app.NewPageAsync();
        await second.GotoAsync($"/story/{UnknownCode()}");
        await Expect(NotFound(second)).ToBeVisibleAsync();
        var code = await StartStoryAsync(second, "A kite that wants to see the sea", "Fantasy");
        await second.GotoAsync($"/my-data/{code}");
        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "A kite that wants to see the sea" })).ToBeVisibleAsync();
        Assert.Equal(200, (await second.APIRequest.GetAsync($"/my-data/{code}.json")).Status);
    }
}
