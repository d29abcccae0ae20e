using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// One app process for a test class and headless Chromium (the test run's shared one, or its own when the class needs
/// other flags); each test opens its own page, in its own browser context. Subclasses start the app with other settings
/// or the browser with other flags.
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
    /// <summary>What the Content-Security-Policy refused on any page this fixture opened.</summary>
    public ContentSecurityViolations CspViolations { get; } = new();

    public async Task InitializeAsync()
    {
        var app = Server.StartAsync();
        try
        {
            if (_browserArgs.Length == 0) Browser = await Chromium.SharedAsync();
            else (_playwright, Browser) = await Chromium.LaunchAsync(_browserArgs);
        }
        finally { await app; }
    }

    /// <param name="reducedMotion">The visitor's system asks for reduced motion (<c>prefers-reduced-motion: reduce</c>).</param>
    public async Task<IPage> NewPageAsync(int width = 1920, int height = 1080, bool reducedMotion = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ReducedMotion = reducedMotion ? ReducedMotion.Reduce : null,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        CspViolations.Watch(page);
        return page;
    }

    /// <summary>
    /// Signs <paramref name="page"/> in as a staff member with <paramref name="role"/> ("Admin" or "Staff"). The admin
    /// comes from the app's configuration; the staff account is added once, by the admin on the accounts page.
    /// </summary>
    public async Task SignInAsync(IPage page, string role = "Admin")
    {
        switch (role)
        {
            case "Admin":
                await SignInAsync(page, AppServer.AdminUserName, AppServer.AdminPassword);
                break;
            case "Staff":
                await EnsureStaffAccountAsync();
                await SignInAsync(page, AppServer.StaffUserName, AppServer.StaffPassword);
                break;
            default:
                throw new ArgumentException($"Unknown role {role}: Admin or Staff.", nameof(role));
        }
    }

    /// <summary>Fills the sign-in form and waits until the app has moved on from it.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    private readonly SemaphoreSlim _staffAccount = new(1, 1);
    private bool _staffAccountAdded;

    private async Task EnsureStaffAccountAsync()
    {
        await _staffAccount.WaitAsync();
        try
        {
            if (_staffAccountAdded) return;
            var admin = await NewPageAsync();
            await SignInAsync(admin);
            await AddAccountAsync(admin, AppServer.StaffUserName, "Staff", AppServer.StaffPassword);
            await admin.Context.CloseAsync();
            _staffAccountAdded = true;
        }
        finally { _staffAccount.Release(); }
    }

    /// <summary>Adds an account with the form of the accounts page (the page must be signed in as an admin).</summary>
    public static async Task AddAccountAsync(IPage page, string userName, string role, string password)
    {
        await page.GotoAsync("/settings/accounts");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Add an account" });
        await form.GetByLabel("User name").FillAsync(userName);
        await form.Locator("[role=combobox][aria-label='Role']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = role, Exact = true }).ClickAsync();
        await form.GetByLabel("First password").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(AccountRow(page, userName)).ToBeVisibleAsync();
    }

    /// <summary>The accounts table's row for one user name.</summary>
    public static ILocator AccountRow(IPage page, string userName) => page.GetByRole(AriaRole.Row)
        .Filter(new() { Has = page.Locator(".account-name", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(userName)}$") }) });

    /// <summary>Also fails the test class when the Content-Security-Policy refused anything on any of its pages.</summary>
    public virtual async Task DisposeAsync()
    {
        // Pages left open would go on reconnecting to the stopped app beside the next class's tests.
        if (_playwright is null) await Task.WhenAll(Browser.Contexts.ToList().Select(Chromium.CloseAsync));
        else
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await Server.DisposeAsync();
        if (CspViolations.Seen.Count > 0)
            throw new InvalidOperationException("The Content-Security-Policy refused something on a page:\n" + string.Join("\n", CspViolations.Seen));
    }
}
