using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium headless shell driven by Playwright (Playwright's own browser download is not used). The shell is
/// Chromium without the desktop browser around it, what Playwright itself runs for headless tests; on two cores it ran
/// three browser test classes in 196 s and 324 CPU-seconds against the full browser's 233-250 s and 406-439.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium-headless-shell";

    private static readonly Lock SharedGate = new();
    private static readonly List<IBrowser> LaunchedBrowsers = [];

    /// <summary>Every browser launched in this test run that is still open.</summary>
    public static IReadOnlyList<IBrowser> Launched
    {
        get { lock (LaunchedBrowsers) return [.. LaunchedBrowsers.Where(b => b.IsConnected)]; }
    }
    private static Task<(IPlaywright Playwright, IBrowser Browser)>? _shared;

    /// <summary>
    /// One Chromium with the default flags for the whole test run (launching and closing one costs about 2 s of a
    /// 2-core machine's time); test classes keep apart by browser contexts, each closed when its class is done. It ends
    /// with the test run (Playwright's driver closes its browsers when the test process goes). A launch that failed, or a
    /// browser that has gone, is launched again for the next class instead of failing every class after it.
    /// </summary>
    public static async Task<IBrowser> SharedAsync()
    {
        Task<(IPlaywright Playwright, IBrowser Browser)> launch;
        lock (SharedGate)
        {
            var gone = _shared is { IsCompletedSuccessfully: true } && !_shared.Result.Browser.IsConnected;
            if (gone) _shared!.Result.Playwright.Dispose(); // its driver process would otherwise stay for the rest of the run
            if (_shared is null || _shared.IsFaulted || _shared.IsCanceled || gone) _shared = LaunchAsync();
            launch = _shared;
        }
        return (await launch).Browser;
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(params string[] extraArgs)
    {
        if (!File.Exists(ExecutablePath)) throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/setup.sh --tests.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", .. extraArgs,
            ],
        });
        lock (LaunchedBrowsers)
        {
            LaunchedBrowsers.RemoveAll(b => !b.IsConnected);
            LaunchedBrowsers.Add(browser);
        }
        return (playwright, browser);
    }

    /// <summary>How long closing a browser context may take before the test that closes it fails instead of hanging the run.</summary>
    public static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Closes a browser context; one whose browser went meanwhile is already closed. A context that does not close within
    /// <see cref="CloseLimit"/> (a wedged browser) fails the caller rather than hanging the whole test run.
    /// </summary>
    public static Task CloseAsync(IBrowserContext context) => CloseAsync(context, CloseLimit);

    internal static async Task CloseAsync(IBrowserContext context, TimeSpan limit)
    {
        try { await context.CloseAsync().WaitAsync(limit); }
        catch (PlaywrightException) { /* its browser went meanwhile */ }
        catch (TimeoutException ex) { throw new TimeoutException($"A browser context did not close within {limit.TotalSeconds:0.#} s: the browser is wedged.", ex); }
    }
}
