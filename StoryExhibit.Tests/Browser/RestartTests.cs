using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Stories survive the server going away: reopened by code after a restart, and an open page recovers by itself.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly AppServer _server = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    [Fact]
    public async Task A_story_reopens_by_session_code_after_a_server_restart_and_an_open_page_recovers()
    {
        var page = await _browser.NewPageAsync(new() { BaseURL = _server.BaseUrl.ToString() });
        var code = await StartStoryAsync(page, "A cartographer drawing an island that keeps moving", "Adventure");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);
        var first = await ProseAsync(page, 1);
        var second = await ProseAsync(page, 2);

        await _server.KillAsync();
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await _server.StartAsync();

        // The open page comes back by itself, on the same story and scene.
        await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Expect(Scene(page, 2)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(second, await ProseAsync(page, 2));

        // Another device opens it by code, typed loosely.
        var phone = await _browser.NewPageAsync(new() { BaseURL = _server.BaseUrl.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        await phone.GotoAsync("/open");
        await phone.GetByLabel("Story code").FillAsync(code.ToLowerInvariant().Replace("-", " "));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(Scene(phone, 2)).ToBeVisibleAsync();
        Assert.Equal(first, await ProseAsync(phone, 1));
        Assert.Equal(second, await ProseAsync(phone, 2));
        await Expect(TreeNodes(phone)).ToHaveCountAsync(2);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }
}
