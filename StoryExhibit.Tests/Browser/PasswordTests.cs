using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Staff changing their own password on /settings/password. Its own app: the test changes the staff account's password.
/// </summary>
public sealed class PasswordTests(AppFixture app) : IClassFixture<AppFixture>
{
    public const string ShotsFolder = "/tmp/shots-password";
    private const string NewPassword = "a-new-staff-password-7";

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static async Task SubmitAsync(IPage page, string current, string next, string again)
    {
        await Field(page, "Current password").FillAsync(current);
        await Field(page, "New password").FillAsync(next);
        await Field(page, "New password again").FillAsync(again);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
    }

    [Fact]
    public async Task Staff_change_their_password_stay_signed_in_here_and_are_signed_out_elsewhere()
    {
        // Another device, signed in as the same person before the change.
        var elsewhere = await app.NewPageAsync();
        await app.SignInAsync(elsewhere, "Staff");
        await elsewhere.GotoAsync("/settings");
        await Expect(elsewhere.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync($"Signed in as {AppServer.StaffUserName}");

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "Staff");
        await page.GotoAsync("/settings");
        await page.GetByRole(AriaRole.Region, new() { Name = "Signed in" }).GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/settings/password$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your password", Exact = true })).ToBeVisibleAsync();

        await SubmitAsync(page, "not-my-password", NewPassword, NewPassword);
        await Expect(page.Locator("#current-password-error")).ToHaveTextAsync("That is not your current password. Please try again.");
        await Expect(Field(page, "Current password")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Field(page, "New password")).ToHaveValueAsync("");
        await Shoot(page, "password-wrong-current-desktop.png", fullPage: true);

        await SubmitAsync(page, AppServer.StaffPassword, NewPassword, NewPassword + "x");
        await Expect(page.Locator("#confirm-password-error")).ToHaveTextAsync("The two new passwords are not the same.");
        await SubmitAsync(page, AppServer.StaffPassword, "short", "short");
        await Expect(page.Locator("#new-password-error")).ToHaveTextAsync("A password needs at least 10 characters.");

        await SubmitAsync(page, AppServer.StaffPassword, NewPassword, NewPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/settings/password\\?changed=true$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex("Your password is changed\\."));
        await Shoot(page, "password-changed-desktop.png", fullPage: true);

        // This browser got a new sign-in cookie; the other one's is no longer valid.
        await page.GotoAsync("/settings/speech");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync($"Signed in as {AppServer.StaffUserName}");
        await elsewhere.GotoAsync("/settings");
        await Expect(elsewhere).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl=%2Fsettings$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await Field(page, "User name").FillAsync(AppServer.StaffUserName);
        await Field(page, "Password").FillAsync(AppServer.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That user name and password do not match. Please try again.");

        await AppFixture.SignInAsync(page, AppServer.StaffUserName, NewPassword);
        await page.GotoAsync("/settings");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync($"Signed in as {AppServer.StaffUserName}");
    }

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1920, 1080)]
    public async Task The_password_page_fits_the_screen(string name, int width, int height)
    {
        // As the admin: the other test changes the staff account's password.
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page);
        await page.GotoAsync("/settings/password");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your password", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Signed in" })).ToContainTextAsync($"Signed in as {AppServer.AdminUserName}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
        await Shoot(page, $"password-{name}.png", fullPage: true);
    }

    private static async Task Shoot(IPage page, string file, bool fullPage = false)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, file), FullPage = fullPage });
    }
}
