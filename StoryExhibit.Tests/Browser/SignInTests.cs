using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>Staff signing in and out, roles, and the accounts page, in headless Chromium against the real app.</summary>
public sealed class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    public const string ShotsFolder = "/tmp/shots-auth";

    private static Task SubmitAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

    [Fact]
    public async Task Signed_out_staff_are_sent_to_sign_in_and_back_and_can_sign_out_again()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/settings");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fsettings$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Shoot(page, "sign-in-desktop.png");

        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(AppServer.AdminUserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
        await SubmitAsync(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That user name and password do not match. Please try again.");
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("");
        await Shoot(page, "sign-in-wrong-password.png");

        // An unknown user name gets exactly the same answer.
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync("nobody-here");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
        await SubmitAsync(page);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That user name and password do not match. Please try again.");

        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(AppServer.AdminUserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(AppServer.AdminPassword);
        await SubmitAsync(page);
        await Expect(page).ToHaveURLAsync(new Regex("/settings$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Exact = true })).ToBeVisibleAsync();
        var bar = page.GetByRole(AriaRole.Region, new() { Name = "Signed in" });
        await Expect(bar).ToContainTextAsync($"Signed in as {AppServer.AdminUserName}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToBeVisibleAsync();
        await Shoot(page, "settings-signed-in-desktop.png");

        await bar.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await Expect(page.GetByText("You are signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/settings/speech");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fsettings%2Fspeech$"));
    }

    [Fact]
    public async Task Wrong_passwords_slow_this_browser_alike_for_known_and_unknown_names_and_never_lock_the_account()
    {
        var admin = await app.NewPageAsync();
        await app.SignInAsync(admin);
        await AppFixture.AddAccountAsync(admin, "guessed-at", "Staff", "guessed-at-password-1");

        var page = await app.NewPageAsync();
        async Task<string> TryAsync(string name, string password)
        {
            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("User name", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            return await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        }

        // Three free tries, a fourth that starts the wait (5 minutes in these tests), then the wait: the same answers for both names.
        for (var i = 1; i <= 4; i++)
        {
            var answer = await TryAsync("nobody-by-this-name", $"wrong-password-{i}");
            Assert.Equal("That user name and password do not match. Please try again.", answer);
            Assert.Equal(answer, await TryAsync("guessed-at", $"wrong-password-{i}"));
        }
        var unknown = await TryAsync("nobody-by-this-name", "wrong-password-5");
        Assert.StartsWith("Too many wrong passwords from this device. Please wait", unknown);
        Assert.Equal(unknown, await TryAsync("guessed-at", "guessed-at-password-1"));
        Assert.DoesNotContain("locked", unknown, StringComparison.OrdinalIgnoreCase);

        // Nothing is locked on the account: the accounts page shows only that tries from somewhere must wait.
        await admin.ReloadAsync();
        await Expect(AppFixture.AccountRow(admin, "guessed-at")).ToContainTextAsync("tries wait until");
        await AppFixture.AccountRow(admin, "guessed-at").GetByRole(AriaRole.Button, new() { Name = "Unlock guessed-at" }).ClickAsync();
        await Expect(AppFixture.AccountRow(admin, "guessed-at")).Not.ToContainTextAsync("tries wait until");
        await AppFixture.SignInAsync(page, "guessed-at", "guessed-at-password-1");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/settings"));
    }

    [Fact]
    public async Task Staff_cannot_open_the_accounts_page_but_can_open_the_other_settings()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "Staff");
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync($"Signed in as {AppServer.StaffUserName}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Speech" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);

        // Typed into the address bar (the server refuses) ...
        await page.GotoAsync("/settings/accounts");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This page is for admins" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"You are signed in as {AppServer.StaffUserName}");
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Add an account" })).ToHaveCountAsync(0);
        await Shoot(page, "refused-staff-desktop.png");

        // ... and followed inside the running app (the router refuses).
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Exact = true })).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { const a = document.createElement('a'); a.href = '/settings/accounts'; a.textContent = 'go'; document.querySelector('main').append(a); a.click(); }");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This page is for admins" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Add an account" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_admin_adds_a_staff_account_who_can_then_sign_in()
    {
        var admin = await app.NewPageAsync();
        await app.SignInAsync(admin);
        await admin.GotoAsync("/settings/accounts");
        var form = admin.GetByRole(AriaRole.Form, new() { Name = "Add an account" });

        await form.GetByLabel("User name").FillAsync("guide.maria");
        await form.GetByLabel("First password").FillAsync("short");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        await Expect(form.Locator("#new-password-error")).ToHaveTextAsync("A password needs at least 10 characters.");
        await Expect(form.GetByLabel("First password")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.GetByLabel("User name")).ToHaveValueAsync("guide.maria");

        await form.GetByLabel("First password").FillAsync("maria-password-42");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        var maria = AppFixture.AccountRow(admin, "guide.maria");
        await Expect(maria).ToContainTextAsync("Staff");
        await Expect(maria).ToContainTextAsync("never");
        // The signed-in admin, the only admin, cannot delete their own account.
        var me = AppFixture.AccountRow(admin, AppServer.AdminUserName);
        await Expect(me).ToContainTextAsync("You cannot delete yourself.");
        await Shoot(admin, "accounts-desktop.png", fullPage: true);

        var page = await app.NewPageAsync();
        await AppFixture.SignInAsync(page, "guide.maria", "maria-password-42");
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync("Signed in as guide.maria");

        await admin.ReloadAsync();
        await Expect(maria).Not.ToContainTextAsync("never");

        // A new password is set in a dialog, which keeps the rule on screen when the password is refused.
        await maria.GetByRole(AriaRole.Button, new() { Name = "Reset the password of guide.maria" }).ClickAsync();
        var reset = admin.GetByRole(AriaRole.Dialog, new() { Name = "New password for guide.maria" });
        await reset.GetByLabel("New password", new() { Exact = true }).FillAsync("short");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(reset.Locator("#reset-error")).ToHaveTextAsync("A password needs at least 10 characters.");
        await Shoot(admin, "accounts-reset-dialog-desktop.png");
        await reset.GetByLabel("New password", new() { Exact = true }).FillAsync("maria-password-43");
        await reset.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Expect(reset).ToHaveCountAsync(0);
        await Expect(admin.GetByText("signs in with the new password from now on")).ToBeVisibleAsync();
        await maria.GetByRole(AriaRole.Button, new() { Name = "Delete guide.maria" }).ClickAsync();
        await Shoot(admin, "accounts-delete-dialog-desktop.png");
        await admin.GetByRole(AriaRole.Dialog, new() { Name = "Delete guide.maria?" }).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(maria).ToHaveCountAsync(0);

        // Her sign-in stops working at once.
        await page.GotoAsync("/settings");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1920, 1080)]
    public async Task The_sign_in_and_accounts_pages_fit_the_screen(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/account/sign-in");
        await AssertFitsAsync(page);
        await Shoot(page, $"sign-in-{name}.png", fullPage: true);
        await app.SignInAsync(page);
        await page.GotoAsync("/settings/accounts");
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Add an account" })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await Shoot(page, $"accounts-{name}.png", fullPage: true);
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await Shoot(page, $"settings-signed-in-{name}.png", fullPage: true);
        await page.GotoAsync("/account/setup");
        await Expect(page.GetByText("The exhibit is already set up")).ToBeVisibleAsync();
        await Shoot(page, $"setup-refused-{name}.png", fullPage: true);
    }

    private static async Task Shoot(IPage page, string file, bool fullPage = false)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, file), FullPage = fullPage });
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
    }
}

/// <summary>A first run without a configured admin: the set-up page creates it, once.</summary>
public sealed class FirstRunSetupTests(FirstRunSetupTests.NoAdminApp app) : IClassFixture<FirstRunSetupTests.NoAdminApp>
{
    public sealed class NoAdminApp() : AppFixture(new Dictionary<string, string> { ["Staff__Admin__UserName"] = "", ["Staff__Admin__Password"] = "" });

    [Fact]
    public async Task The_first_person_creates_the_admin_and_the_page_refuses_afterwards()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/settings");
        await Expect(page).ToHaveURLAsync(new Regex("/account/setup"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create the admin account" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(SignInTests.ShotsFolder, "setup-desktop.png") });

        await page.GetByLabel("User name").FillAsync("Curator");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("curator-password-1");
        await page.GetByLabel("Password again").FillAsync("curator-password-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the admin account" }).ClickAsync();
        await Expect(page.GetByText("The two passwords are not the same.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("Curator");
        await Expect(page.GetByLabel("Password again")).ToHaveAttributeAsync("aria-invalid", "true"); // screen readers hear which field is wrong
        await Expect(page.GetByLabel("User name")).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("curator-password-1");
        await page.GetByLabel("Password again").FillAsync("curator-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the admin account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings$"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync("Signed in as curator");

        var other = await app.NewPageAsync();
        var response = await other.GotoAsync("/account/setup");
        Assert.Equal(403, response!.Status);
        await Expect(other.GetByText("The exhibit is already set up")).ToBeVisibleAsync();
        await Expect(other.GetByLabel("Password again")).ToHaveCountAsync(0);
    }
}
