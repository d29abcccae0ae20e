using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static StoryExhibit.Tests.Browser.CanvasPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>A wall display keeps going by itself when the server dies and comes back (it reloads once its circuit is rejected), never showing the reconnect dialog.</summary>
public sealed class CanvasRestartTests : IAsyncLifetime
{
    private readonly AppServer _server = new();
    private IBrowserContext _context = null!;

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        _context = await (await Chromium.SharedAsync()).NewContextAsync(new() { BaseURL = _server.BaseUrl.ToString(), ViewportSize = new() { Width = 1280, Height = 720 } });
    }

    [Fact]
    public async Task A_canvas_recovers_by_itself_after_the_server_restarts()
    {
        var page = await _context.NewPageAsync();
        await OpenCanvasAsync(page, "test-pattern");
        await WaitForFramesAsync(page, 3);
        var before = await StatsAsync(page);

        await _server.KillAsync();
        await Task.Delay(2500); // the screen keeps its last picture meanwhile
        var during = await StatsAsync(page);
        Assert.InRange(during.FramesShown - before.FramesShown, 0, 2);
        Assert.Equal(0, await page.Locator(".canvas-waiting:visible").CountAsync());
        Assert.Equal(1, await page.Locator("img.canvas-frame").CountAsync());
        Assert.False(await page.Locator("#components-reconnect-modal").IsVisibleAsync(), "A wall display showed the reconnect dialog.");

        await _server.StartAsync();
        await WaitForFramesAsync(page, during.FramesShown + 4, 20_000);
        var after = await StatsAsync(page);
        Assert.NotEqual(before.Server, after.Server);
        Assert.Equal(1, after.ServerRestarts);
        Assert.False(after.LastFrameId!.StartsWith(before.Server!, StringComparison.Ordinal));
        Assert.False(await page.Locator("#components-reconnect-modal").IsVisibleAsync(), "A wall display showed the reconnect dialog.");
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
    }
}
