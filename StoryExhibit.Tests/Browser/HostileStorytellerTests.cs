using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// What a visitor's browser gets when the storyteller (an OpenAI-compatible server on loopback) writes hostile Markdown
/// or fails: nothing runs or loads, the visitor reads a kind message, and the story download's links come from
/// configuration, not from whatever Host header a request carries.
/// </summary>
public sealed class HostileStorytellerTests(HostileStorytellerTests.Storyteller fixture) : IClassFixture<HostileStorytellerTests.Storyteller>
{
    public const string PublicBaseUrl = "https://stories.example.org";

    public sealed class Storyteller : IAsyncLifetime
    {
        public OpenAICompatibleServer Server { get; private set; } = null!;
        public AppFixture App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await OpenAICompatibleServer.StartAsync();
            App = new StorytellerApp(Server.Endpoint);
            await App.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Server.DisposeAsync();
        }
    }

    private sealed class StorytellerApp(Uri endpoint) : AppFixture(new Dictionary<string, string>
    {
        ["Generation__Text__Provider"] = "OpenAICompatible",
        ["Generation__Text__OpenAICompatible__Endpoint"] = endpoint.ToString(),
        ["Generation__Text__OpenAICompatible__Model"] = OpenAICompatibleServer.Model,
        ["Generation__Text__OpenAICompatible__MaxRetries"] = "0",
        ["Exhibit__PublicBaseUrl"] = PublicBaseUrl,
    });

    private const string HostileScene = """
        The map said [click for treasure](javascript:alert(document.domain)) and showed ![x](http://tracker.invalid/track.png) a door.
        Under it: <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> <a href="https://evil.invalid/">a way out</a>.

        A note read <https://evil.invalid/auto> and [the key][k], &lt;b&gt;bold&lt;/b&gt; and [data](data:text/html,<script>window.pwned=3</script>).

        [k]: vbscript:msgbox(1)

        ### What happens next?
        1. Follow the [fox](javascript:alert(2))
        2. Knock on the door
        """;

    private const string PlainScene = """
        The lantern flickered as the keeper climbed the stairs.

        ### What happens next?
        1. Follow the fox
        2. Knock on the door
        """;

    [Fact]
    public async Task Hostile_Markdown_from_the_storyteller_shows_as_text_and_nothing_runs_or_loads()
    {
        fixture.Server.ReplyWith(HostileScene);
        var page = await fixture.App.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(fixture.App.Server.BaseUrl.ToString(), StringComparison.Ordinal)) outside.Add(request.Url); };

        await StartStoryAsync(page, "A map to buried treasure");
        await WaitForChoicesAsync(page);

        var prose = Scene(page, 1).Locator(".prose");
        await Expect(prose).ToContainTextAsync("click for treasure");
        await Expect(prose).ToContainTextAsync("<script>window.pwned = 1</script>");
        await Expect(prose).ToContainTextAsync("https://evil.invalid/auto");
        await Expect(prose).ToContainTextAsync("<b>bold</b>");
        Assert.Equal(0, await prose.Locator("a, img, script, iframe, [href], [src], [onerror]").CountAsync());
        Assert.Equal(0, await page.Locator("main a[href^='javascript:' i], main a[href^='vbscript:' i], main a[href^='data:' i], main a[href*='evil.invalid']").CountAsync());
        Assert.Contains("Follow the [fox](javascript:alert(2))", await ChoiceTextsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.Empty(outside);
        Assert.Empty(fixture.App.CspViolations.Seen); // nothing even tried to break the policy
    }

    [Fact]
    public async Task A_provider_fault_shows_the_visitor_a_kind_message_and_keeps_the_servers_words_for_the_log()
    {
        fixture.Server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 500, "upstream exploded");
        var page = await fixture.App.NewPageAsync();
        await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes");

        var problem = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "storyteller" });
        await Expect(problem).ToContainTextAsync("The storyteller service had an internal problem.", new() { Timeout = 20_000 });
        var shown = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("upstream exploded", shown);
        Assert.DoesNotContain("HTTP 500", shown);
        Assert.Contains("upstream exploded", fixture.App.Server.Output); // the log has the server's own words
    }

    [Fact]
    public async Task The_story_download_builds_its_links_from_the_configured_address_not_the_Host_header()
    {
        fixture.Server.ReplyWith(PlainScene);
        var page = await fixture.App.NewPageAsync();
        var code = await StartStoryAsync(page);
        await WaitForChoicesAsync(page);
        await Expect(Scene(page, 1).GetByRole(AriaRole.Img)).ToBeVisibleAsync(new() { Timeout = 20_000 });

        using var client = new HttpClient { BaseAddress = fixture.App.Server.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/my-data/{code}.json");
        request.Headers.Host = "evil.invalid";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.invalid", text);
        using var json = JsonDocument.Parse(text);
        var picture = json.RootElement.GetProperty("scenes")[0].GetProperty("pictures")[0].GetProperty("url").GetString();
        Assert.StartsWith($"{PublicBaseUrl}/illustrations/", picture);
    }
}
