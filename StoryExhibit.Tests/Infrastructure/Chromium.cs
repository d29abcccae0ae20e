using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>Debian's headless Chromium driven by Playwright (Playwright's own browser download is not used).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> SharedLaunch = new(() => LaunchAsync());

    /// <summary>
    /// One Chromium with the default flags for the whole test run (launching and closing one costs about 2 s of a
    /// 2-core machine's time); test classes keep apart by browser contexts, each closed when its class is done. It ends
    /// with the test run (Playwright's driver closes its browsers when the test process goes).
    /// </summary>
    public static async Task<IBrowser> SharedAsync() => (await SharedLaunch.Value).Browser;

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
        return (playwright, browser);
    }
}
