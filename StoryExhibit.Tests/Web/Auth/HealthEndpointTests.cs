using System.Net;
using System.Text.Json;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Auth;

/// <summary>
/// /health and /health/ready in the ASP.NET Core health-check JSON format. Anyone gets the statuses; only signed-in staff
/// see what each check found (provider addresses, error text).
/// </summary>
public sealed class HealthEndpointTests(HealthEndpointTests.UnreachableStoryteller app) : IClassFixture<HealthEndpointTests.UnreachableStoryteller>
{
    /// <summary>The storyteller is an OpenAI-compatible server on a port where nothing listens.</summary>
    public sealed class UnreachableStoryteller() : StaffApp(new Dictionary<string, string>
    {
        ["Generation:Text:Provider"] = "OpenAICompatible",
        ["Generation:Text:OpenAICompatible:Endpoint"] = $"http://127.0.0.1:{Port}/v1",
        ["Generation:Text:OpenAICompatible:Model"] = "test-model",
        ["Generation:Text:OpenAICompatible:ApiKey"] = "sk-health-must-not-show-4242",
    })
    {
        public static readonly int Port = AppServer.FreePort();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json, string Text)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement, text);
    }

    [Fact]
    public async Task Liveness_is_healthy_and_checks_nothing()
    {
        var (status, json, _) = await GetAsync(app.NewClient(), "/health");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.True(TimeSpan.TryParse(json.GetProperty("totalDuration").GetString(), out _));
        Assert.Empty(json.GetProperty("entries").EnumerateObject());
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_each_provider_and_degrades_for_an_unreachable_server()
    {
        var staff = await app.SignedInClientAsync(AppServer.StaffUserName, AppServer.StaffPassword);
        var (status, json, text) = await GetAsync(staff, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, status); // Degraded still serves: the exhibit carries on
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        var entries = json.GetProperty("entries");
        Assert.Equal(["database", "images", "music", "research", "songs", "speech", "speech-input", "text"], entries.EnumerateObject().Select(e => e.Name).Order());
        foreach (var entry in entries.EnumerateObject())
        {
            Assert.True(TimeSpan.TryParse(entry.Value.GetProperty("duration").GetString(), out _));
            Assert.Contains("ready", entry.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.GetProperty("description").GetString()));
        }
        Assert.Equal("Healthy", entries.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", entries.GetProperty("images").GetProperty("status").GetString());
        Assert.Equal("Healthy", entries.GetProperty("speech").GetProperty("status").GetString()); // espeak-ng is installed by setup.sh
        Assert.Equal("Healthy", entries.GetProperty("music").GetProperty("status").GetString()); // and FluidSynth with its SoundFont
        Assert.Equal("Healthy", entries.GetProperty("songs").GetProperty("status").GetString()); // sung offline: espeak-ng and ffmpeg are installed by setup.sh
        Assert.Equal("Healthy", entries.GetProperty("research").GetProperty("status").GetString()); // and WordNet
        Assert.Equal("Healthy", entries.GetProperty("speech-input").GetProperty("status").GetString()); // and pocketsphinx with its English model
        Assert.Contains("pocketsphinx", entries.GetProperty("speech-input").GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        var storyteller = entries.GetProperty("text");
        Assert.Equal("Degraded", storyteller.GetProperty("status").GetString());
        Assert.Contains("connection refused", storyteller.GetProperty("description").GetString());
        Assert.Contains($"127.0.0.1:{UnreachableStoryteller.Port}", storyteller.GetProperty("description").GetString());
        Assert.DoesNotContain("sk-health-must-not-show-4242", text);
    }

    [Fact]
    public async Task A_stranger_sees_the_statuses_but_no_address_and_no_error_text()
    {
        var (status, json, text) = await GetAsync(app.NewClient(), "/health/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        var entries = json.GetProperty("entries");
        Assert.Equal(["database", "images", "music", "research", "songs", "speech", "speech-input", "text"], entries.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Degraded", entries.GetProperty("text").GetProperty("status").GetString());
        Assert.All(entries.EnumerateObject(), e => Assert.Equal(JsonValueKind.Null, e.Value.GetProperty("description").ValueKind));
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain(UnreachableStoryteller.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.DoesNotContain("refused", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("espeak", text, StringComparison.OrdinalIgnoreCase); // no paths of installed programs either
        Assert.DoesNotContain("sk-health-must-not-show-4242", text);
    }

    [Fact]
    public async Task A_reachable_storyteller_server_is_healthy()
    {
        await using var server = await OpenAICompatibleServer.StartAsync();
        IAsyncLifetime reachable = new ReachableStoryteller(server.Endpoint);
        await reachable.InitializeAsync();
        try
        {
            var staff = await ((StaffApp)reachable).SignedInClientAsync(AppServer.StaffUserName, AppServer.StaffPassword);
            var (status, json, _) = await GetAsync(staff, "/health/ready");
            Assert.Equal(HttpStatusCode.OK, status);
            var storyteller = json.GetProperty("entries").GetProperty("text");
            Assert.Equal("Healthy", storyteller.GetProperty("status").GetString());
            Assert.Contains(server.Endpoint.Authority, storyteller.GetProperty("description").GetString());

            var (_, _, strangers) = await GetAsync(((StaffApp)reachable).NewClient(), "/health/ready");
            Assert.DoesNotContain(server.Endpoint.Authority, strangers);
        }
        finally { await reachable.DisposeAsync(); }
    }

    private sealed class ReachableStoryteller(Uri endpoint) : StaffApp(new Dictionary<string, string>
    {
        ["Generation:Text:Provider"] = "OpenAICompatible",
        ["Generation:Text:OpenAICompatible:Endpoint"] = endpoint.ToString(),
        ["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model,
    });
}
