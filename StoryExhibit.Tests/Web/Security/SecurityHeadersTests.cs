using System.Net;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Security;

namespace StoryExhibit.Tests.Web.Security;

/// <summary>The security headers on every kind of response of the real app, over loopback HTTP.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.RunningApp app) : IClassFixture<SecurityHeadersTests.RunningApp>
{
    public sealed class RunningApp : IAsyncLifetime
    {
        public AppServer Server { get; } = new();
        public Task InitializeAsync() => Server.StartAsync();
        public Task DisposeAsync() => Server.DisposeAsync().AsTask();
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Server.BaseUrl };

    private static HttpRequestMessage Get(string path, string accept = "text/html")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)] // a page
    [InlineData("/app.css", HttpStatusCode.OK)] // a static file
    [InlineData("/_framework/blazor.web.js", HttpStatusCode.OK)] // the framework's script
    [InlineData("/health", HttpStatusCode.OK)] // the liveness endpoint
    [InlineData("/health/ready", HttpStatusCode.OK)] // JSON from the readiness endpoint
    [InlineData("/my-data/ZZZ-0000.json", HttpStatusCode.NotFound)] // an API endpoint's refusal
    [InlineData("/no-such-page", HttpStatusCode.NotFound)] // the not-found page
    [InlineData("/dashboard/export/events.csv", HttpStatusCode.Unauthorized)] // a staff endpoint, signed out
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = Client();
        using var response = await client.SendAsync(Get(path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        // The camera and "press to talk" work on the app's own pages; no frame or other site may ask for them.
        Assert.Equal("camera=(self), microphone=(self), geolocation=(), payment=(), usb=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP: HSTS means nothing here
    }

    [Fact]
    public async Task A_recording_without_a_ticket_from_the_visitors_page_is_refused_unheard()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/speech-input") { Content = new ByteArrayContent(new byte[2048]) };
        request.Content.Headers.ContentType = new("audio/webm");
        request.Headers.Add("X-Speech-Ticket", "0123456789ABCDEF");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"kind\":\"expired\"", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public void The_policy_allows_scripts_only_from_the_app_and_no_plugins_base_or_foreign_frames()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'self'", "blob:"], directives["img-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), source => source is "*" or "data:" or "'unsafe-eval'" or "http:" or "https:");
    }

    [Fact]
    public async Task The_pages_load_no_inline_script()
    {
        using var client = Client();
        var html = await (await client.SendAsync(Get("/"))).Content.ReadAsStringAsync();
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script([^>]*)>");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains("src=", s.Groups[1].Value));
    }

    [Fact]
    public async Task HEAD_on_a_page_answers_like_GET_without_a_body()
    {
        using var client = Client();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(head, "Content-Security-Policy"));

        using var missing = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/no-such-page"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_only_GET_and_HEAD(string path)
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);
        using var post = await client.PostAsync(path, new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("nosniff", Header(post, "X-Content-Type-Options"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
