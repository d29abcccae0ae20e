using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Core.Jobs;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Api;

namespace StoryExhibit.Tests.Web.Api;

/// <summary>The whole app in the test process with the test job kinds registered, and clients holding API keys.</summary>
public class StudioApiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string> _settings;

    public StudioApiApp() : this(new Dictionary<string, string>()) { }

    protected StudioApiApp(IDictionary<string, string> settings)
    {
        Folder = Directory.CreateTempSubdirectory("storyexhibit-api-").FullName;
        _settings = new Dictionary<string, string>(settings)
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(Folder, "stories.db")}",
            ["Staff:Admin:UserName"] = AppServer.AdminUserName,
            ["Staff:Admin:Password"] = AppServer.AdminPassword,
        };
    }

    public string Folder { get; }
    public TestJobGate Gate => Services.GetRequiredService<TestJobGate>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TestJobGate>();
            services.AddJobKind<TestJobInput, TestJobHandler>(TestJobHandler.Kind);
            services.AddJobKind<TestJobInput, TestJobHandler>(TestJobHandler.PairKind, maxConcurrency: 2);
        });
    }

    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client sending a newly issued key.</summary>
    public async Task<(HttpClient Client, IssuedApiKey Key)> KeyedClientAsync(string name = "integration")
    {
        var issued = await Services.GetRequiredService<ApiKeyStore>().IssueAsync(name, AppServer.AdminUserName, default);
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, issued.Secret);
        return (client, issued);
    }

    public static async Task<JobSnapshot> StartAsync(HttpClient client, TestJobInput input, string route = "/api/test")
    {
        var response = await client.PostAsJsonAsync(route, input);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<JobSnapshot>(JsonSerializerOptions.Web))!;
        Assert.Equal($"/api/jobs/{job.Id}", response.Headers.Location?.OriginalString);
        return job;
    }

    /// <summary>Reads a job's server-sent events until the stream ends; every event's data is a job snapshot.</summary>
    public static async Task<List<JobSnapshot>> EventsAsync(HttpClient client, Guid id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.GetAsync($"/api/jobs/{id}/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var seen = new List<JobSnapshot>();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal)) Assert.Equal("event: job", line);
            if (line.StartsWith("data: ", StringComparison.Ordinal)) seen.Add(JsonSerializer.Deserialize<JobSnapshot>(line[6..], JsonSerializerOptions.Web)!);
        }
        return seen;
    }

    public static async Task AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("title").GetString()));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
