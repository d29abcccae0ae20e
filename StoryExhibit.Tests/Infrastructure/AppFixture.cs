using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// One app process and one headless Chromium shared by a test class; each test opens its own page. Subclasses
/// start the app with other settings or the browser with other flags.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private readonly string[] _browserArgs;
    private IPlaywright? _playwright;

    public AppFixture() : this(null) { }

    protected AppFixture(IDictionary<string, string>? settings, params string[] browserArgs)
    {
        Server = new AppServer(settings);
        _browserArgs = browserArgs;
    }

    public AppServer Server { get; }
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        (_playwright, Browser) = await Chromium.LaunchAsync(_browserArgs);
    }

    public async Task<IPage> NewPageAsync(int width = 1920, int height = 1080)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs <paramref name="page"/> in as a staff member with <paramref name="role"/> ("Admin" or "Staff").</summary>
    public Task SignInAsync(IPage page, string role = "Admin") => Task.CompletedTask; // sign-in is being built (issue 5)

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
