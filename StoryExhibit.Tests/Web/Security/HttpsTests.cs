using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Tests.Web.Auth;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Security;

namespace StoryExhibit.Tests.Web.Security;

/// <summary>
/// Served over HTTPS (as behind the operator's TLS termination), the app asks browsers to keep to HTTPS and every cookie
/// it sets is Secure; over plain HTTP (a kiosk network) neither, so kiosks keep working.
/// </summary>
public sealed class HttpsTests(StaffApp app) : IClassFixture<StaffApp>
{
    private HttpClient Client(string scheme) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://stories.example.org/"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static async Task<List<string>> CookiesSetBySigningInAsync(HttpClient client)
    {
        var page = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        page.Headers.Accept.ParseAdd("text/html");
        var cookies = (await client.SendAsync(page)).Headers.GetValues("Set-Cookie").ToList();
        var signedIn = await StaffApp.PostSignInAsync(client, AppServer.AdminUserName, AppServer.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        cookies.AddRange(signedIn.Headers.GetValues("Set-Cookie"));
        return cookies;
    }

    [Fact]
    public async Task Over_HTTPS_every_cookie_is_Secure_and_HttpOnly_and_HSTS_is_sent()
    {
        using var client = Client("https");
        var cookies = await CookiesSetBySigningInAsync(client);

        Assert.Contains(cookies, c => c.StartsWith("StoryExhibit.Staff=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(VisitorIdentity.CookieName + "=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("(?i); samesite=(lax|strict)", c);
        });

        using var health = await client.GetAsync("/health");
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, string.Join(",", health.Headers.GetValues("Strict-Transport-Security")));
        using var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Over_plain_HTTP_cookies_are_not_Secure_and_no_HSTS_is_sent()
    {
        using var client = Client("http");
        var cookies = await CookiesSetBySigningInAsync(client);

        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False((await client.GetAsync("/health")).Headers.Contains("Strict-Transport-Security"));
    }
}
