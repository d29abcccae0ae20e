using System.Net;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Kiosk;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>One screen made a kiosk by staff on that screen: only signed-in staff can turn it on or off, and a made-up mark does nothing.</summary>
public sealed class KioskScreenTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static ILocator SettingsLink(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Settings" });

    [Fact]
    public async Task Staff_make_this_screen_a_kiosk_and_back()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "Staff");
        await page.GotoAsync("/settings/visitors");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make this screen a kiosk" }).ClickAsync();
        await Expect(page.GetByText("This screen is a kiosk.")).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your story" })).ToBeVisibleAsync();
        await Expect(SettingsLink(page)).ToHaveCountAsync(0);

        await page.GotoAsync("/settings/visitors");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make this an ordinary screen" }).ClickAsync();
        await Expect(page.GetByText("This screen is an ordinary screen")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(SettingsLink(page)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_visitor_can_neither_switch_the_kiosk_nor_forge_its_mark()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var post = await page.APIRequest.PostAsync(KioskEndpoints.ThisScreenPath, new() { Form = page.APIRequest.CreateFormData().Set("kiosk", "off"), MaxRedirects = 0 });
        Assert.Contains(post.Status, new[] { (int)HttpStatusCode.Unauthorized, (int)HttpStatusCode.Forbidden, (int)HttpStatusCode.Redirect });
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == KioskDevice.CookieName);

        await page.Context.AddCookiesAsync([new() { Name = KioskDevice.CookieName, Value = "kiosk-device", Url = app.Server.BaseUrl.ToString() }]);
        await page.GotoAsync("/");
        await Expect(SettingsLink(page)).ToBeVisibleAsync();
    }
}
