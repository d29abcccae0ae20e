using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Tests.Infrastructure;

using StoryExhibit.Web.SpeechInput;

namespace StoryExhibit.Tests.Web.Auth;

/// <summary>
/// Every endpoint of the app, found in its EndpointDataSource (so pages and endpoints added later are covered too):
/// staff routes refuse signed-out people and visitors, admin-only routes refuse staff, visitor routes stay open.
/// </summary>
public sealed class StaffRouteAuthorizationTests(StaffApp app) : IClassFixture<StaffApp>
{
    private static readonly string[] StaffPrefixes = ["/settings", "/dashboard", "/staff"];

    /// <summary>The routes only admins may use. A new admin-only page or endpoint must be added here on purpose.</summary>
    private static readonly string[] AdminOnly = ["/settings/accounts", "/settings/api-keys", "/settings/budgets", "/settings/providers"];

    private sealed record Route(string Pattern, string Path, string Method, bool IsPage)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private IReadOnlyList<Route> AllRoutes()
    {
        _ = app.Server;
        return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new Route(
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                SamplePath(e.RoutePattern),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? (methods.Contains("GET") ? "GET" : methods[0]) : "GET",
                e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null))
            .DistinctBy(r => (r.Pattern, r.Method))];
    }

    private static bool IsStaff(Route route) => StaffPrefixes.Any(p => route.Pattern.Equals(p, StringComparison.OrdinalIgnoreCase)
        || route.Pattern.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>A path that matches the pattern: route parameters get a value their constraint accepts.</summary>
    private static string SamplePath(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => SampleValue(parameter),
        _ => "",
    }))));

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("guid")) return Guid.NewGuid().ToString();
        if (constraints.Any(c => c is "int" or "long" or "decimal" or "double" or "float")) return "1";
        if (constraints.Contains("bool")) return "true";
        if (constraints.Contains("datetime")) return "2026-01-01";
        return "sample";
    }

    private static async Task<HttpResponseMessage?> SendAsync(HttpClient client, Route route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
        if (route.Method != "GET") request.Content = new FormUrlEncodedContent([]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token); }
        catch (OperationCanceledException) { return null; } // a stream that stays open (e.g. a canvas's events) was let in
    }

    private static bool Refused(HttpResponseMessage? response, string refusalPage) => response is not null
        && (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains(refusalPage, StringComparison.Ordinal)));

    private async Task<HttpClient> VisitorAsync()
    {
        // A visitor has used the visitor pages (and has whatever cookies they set), but has not signed in.
        var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/open")).StatusCode);
        return visitor;
    }

    [Fact]
    public void The_staff_routes_are_found()
    {
        var staff = AllRoutes().Where(IsStaff).Select(r => r.Pattern).ToHashSet();
        Assert.Superset(new HashSet<string> { "/settings", "/settings/speech", "/settings/music", "/settings/canvases", "/settings/accounts", "/settings/password" }, staff);
        Assert.DoesNotContain("/settings/songs", staff); // the songs section lives on /settings/music
    }

    [Fact]
    public async Task Staff_routes_refuse_signed_out_people_and_visitors()
    {
        var routes = AllRoutes().Where(IsStaff).ToList();
        foreach (var client in new[] { app.NewClient(), await VisitorAsync() })
        {
            foreach (var route in routes)
            {
                using var response = await SendAsync(client, route);
                Assert.True(response is not null, $"{route} did not answer.");
                if (route.IsPage)
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route} answered {(int)response.StatusCode} instead of sending to the sign-in page.");
                    var location = response.Headers.Location!.OriginalString;
                    Assert.Contains("/account/sign-in?ReturnUrl=", location);
                    Assert.EndsWith(Uri.EscapeDataString(route.Path), location);
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route} answered {(int)response.StatusCode}, not 401.");
                }
            }
        }
    }

    [Fact]
    public async Task Staff_may_use_every_staff_route_except_the_admin_only_ones()
    {
        var staff = await app.SignedInClientAsync(AppServer.StaffUserName, AppServer.StaffPassword);
        var refused = new List<string>();
        foreach (var route in AllRoutes().Where(IsStaff))
        {
            using var response = await SendAsync(staff, route);
            if (Refused(response, "/account/denied"))
            {
                refused.Add(route.Pattern);
                if (route.IsPage) Assert.Contains("/account/denied", response!.Headers.Location!.OriginalString);
                else Assert.Equal(HttpStatusCode.Forbidden, response!.StatusCode);
            }
            Assert.False(Refused(response, "/account/sign-in"), $"{route} sent signed-in staff to the sign-in page.");
        }
        Assert.Equal(AdminOnly.Order(), refused.Distinct().Order());
    }

    [Fact]
    public async Task Admins_may_use_every_staff_route()
    {
        var admin = await app.SignedInClientAsync(AppServer.AdminUserName, AppServer.AdminPassword);
        foreach (var route in AllRoutes().Where(IsStaff))
        {
            using var response = await SendAsync(admin, route);
            Assert.False(Refused(response, "/account/"), $"{route} refused an admin ({(int?)response?.StatusCode}).");
        }
    }

    [Fact]
    public async Task Visitor_routes_stay_open_to_everyone()
    {
        var visitor = await VisitorAsync();
        // The account pages are the staff side's own doors (the "admins only" page sends signed-out people to sign in);
        // the API is the integrations' door, by key (Web/Api tests); its documentation stays open.
        var open = AllRoutes().Where(r => !IsStaff(r) && !r.Pattern.StartsWith("/account/", StringComparison.Ordinal)
            && !(r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && !r.Pattern.StartsWith("/api/docs", StringComparison.Ordinal))).ToList();
        Assert.Contains(open, r => r.Pattern.StartsWith("/api/docs", StringComparison.Ordinal));
        Assert.Contains(open, r => r.Pattern.StartsWith("/canvas/{", StringComparison.OrdinalIgnoreCase));
        foreach (var route in open)
        {
            using var response = await SendAsync(visitor, route);
            // Press to talk's upload answers 403 to a recording without a ticket from the visitor's own page (SecurityHeadersTests):
            // that refusal is the ticket's, said in its JSON reply, not a sign-in's.
            if (route.Pattern == SpeechInputEndpoints.Path && response is not null
                && (await response.Content.ReadAsStringAsync()).Contains("\"kind\":\"expired\"", StringComparison.Ordinal)) continue;
            Assert.False(Refused(response, "/account/sign-in") || Refused(response, "/account/denied"), $"{route} refused a visitor ({(int?)response?.StatusCode}).");
        }
        foreach (var path in new[] { "/", "/open", "/health", "/health/ready", "/canvas/test-pattern", "/account/sign-in" })
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Sign_out_needs_the_forms_antiforgery_token()
    {
        var admin = await app.SignedInClientAsync(AppServer.AdminUserName, AppServer.AdminPassword);
        var forged = await admin.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_not_followed()
    {
        var client = app.NewClient();
        var form = await client.GetStringAsync("/account/sign-in");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString("//evil.example/settings"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "sign-in", ["Form.UserName"] = AppServer.AdminUserName, ["Form.Password"] = AppServer.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_setup_page_refuses_once_an_account_exists()
    {
        var response = await app.NewClient().GetAsync("/account/setup");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The exhibit is already set up", page);
        Assert.DoesNotContain("Password again", page);
    }
}
