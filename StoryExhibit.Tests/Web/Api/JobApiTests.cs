using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Core.Jobs;
using StoryExhibit.Web.Api;
using static StoryExhibit.Tests.Web.Api.StudioApiApp;

namespace StoryExhibit.Tests.Web.Api;

/// <summary>The studio API through its OpenAPI document: every path listed, refused without a key, errors as problem details.</summary>
public sealed class JobApiTests(StudioApiApp app) : IClassFixture<StudioApiApp>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var response = await app.Anonymous().GetAsync(ApiHosting.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_and_lists_every_endpoint_with_the_api_key_scheme()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/test", "/api/test-pair", "/api/jobs", "/api/jobs/{id}", "/api/jobs/{id}/events", "/api/jobs/{id}/files/{name}", "/api/health" }, paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiKeyAuthentication.SchemeName);
        Assert.Equal(("apiKey", "header", ApiKeyAuthentication.Header), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        var start = document.GetProperty("paths").GetProperty("/api/test").GetProperty("post");
        Assert.True(start.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(start.GetProperty("responses").TryGetProperty("202", out _));
    }

    [Fact]
    public async Task Every_listed_call_without_a_key_or_with_a_revoked_one_is_refused_with_a_problem()
    {
        var document = await DocumentAsync();
        var (revokedClient, revoked) = await app.KeyedClientAsync("revoked");
        await app.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(revoked.Key.Id, "admin", default);
        var wrong = app.Anonymous();
        wrong.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, "sxk_000000000000.not-a-key");

        var calls = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var url = path.Name.Replace("{id}", Guid.NewGuid().ToString()).Replace("{name}", "result.txt");
            foreach (var client in new[] { app.Anonymous(), revokedClient, wrong })
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
                if (operation.Name == "post") request.Content = new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json");
                await AssertProblemAsync(await client.SendAsync(request), 401);
                calls++;
            }
        }
        Assert.True(calls >= 21, $"only {calls} calls tried");
        Assert.Empty(await app.Services.GetRequiredService<IJobs>().ListAsync(JobOwner.ApiKey(revoked.Key.Id), null, 10, default));
    }

    [Fact]
    public async Task A_job_started_with_a_key_streams_its_progress_and_its_file_downloads_but_only_for_that_key()
    {
        var (client, key) = await app.KeyedClientAsync();
        var (other, _) = await app.KeyedClientAsync("someone else");

        var job = await StartAsync(client, new TestJobInput("from the api", Steps: 2), "/api/test-pair");
        var events = await EventsAsync(client, job.Id);

        Assert.Equal(JobState.Succeeded, events[^1].State);
        Assert.Equal("result.txt", Assert.Single(events[^1].Files).Name);
        var file = await client.GetAsync($"/api/jobs/{job.Id}/files/result.txt");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("from the api", await file.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", file.Content.Headers.ContentType?.MediaType);
        var status = await client.GetFromJsonAsync<JobSnapshot>($"/api/jobs/{job.Id}", JsonSerializerOptions.Web);
        Assert.Equal(JobState.Succeeded, status!.State);
        Assert.Contains("\"state\":\"Succeeded\"", await client.GetStringAsync($"/api/jobs/{job.Id}"));
        Assert.Equal([job.Id], (await client.GetFromJsonAsync<List<JobSnapshot>>("/api/jobs", JsonSerializerOptions.Web))!.Select(j => j.Id));

        await AssertProblemAsync(await other.GetAsync($"/api/jobs/{job.Id}"), 404);
        await AssertProblemAsync(await other.GetAsync($"/api/jobs/{job.Id}/files/result.txt"), 404);
        await AssertProblemAsync(await other.DeleteAsync($"/api/jobs/{job.Id}"), 404);
        await AssertProblemAsync(await other.GetAsync($"/api/jobs/{job.Id}/events"), 404);
        await AssertProblemAsync(await client.GetAsync($"/api/jobs/{job.Id}/files/missing.txt"), 404);
        await AssertProblemAsync(await client.GetAsync("/api/no-such-thing"), 404);
        Assert.Empty((await other.GetFromJsonAsync<List<JobSnapshot>>("/api/jobs", JsonSerializerOptions.Web))!);
        Assert.Equal(JobOwner.ApiKey(key.Key.Id), await app.Services.GetRequiredService<JobSystem>().OwnerAsync(job.Id, default));
    }

    [Fact]
    public async Task Input_the_handler_refuses_and_a_body_that_is_not_json_are_400_problems_with_the_reasons()
    {
        var (client, _) = await app.KeyedClientAsync();

        var refused = await client.PostAsJsonAsync("/api/test", new TestJobInput("", Steps: 0));
        await AssertProblemAsync(refused, 400);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Name: please give the job a name.", body);
        Assert.Contains("Steps: from 1 to 100.", body);

        foreach (var (json, reason) in new[]
        {
            ("{not json", "not well-formed JSON (line 1, position 2)"),
            ("null", "Send a test job's input as a JSON object."),
            ("{\"name\":\"x\",\"steps\":\"many\"}", "the value of $.steps"),
        })
        {
            var response = await client.PostAsync("/api/test", new StringContent(json, Encoding.UTF8, "application/json"));
            await AssertProblemAsync(response, 400);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
            Assert.Contains(reason, problem);
            Assert.DoesNotContain("StoryExhibit.", problem); // the app's .NET types are nobody's business
            Assert.DoesNotContain("System.", problem);
        }
        Assert.Empty((await client.GetFromJsonAsync<List<JobSnapshot>>("/api/jobs", JsonSerializerOptions.Web))!);
    }

    [Fact]
    public async Task Every_start_route_answers_an_empty_or_null_filled_body_and_a_wild_query_with_a_400_problem()
    {
        var (client, _) = await app.KeyedClientAsync();
        var starts = (await DocumentAsync()).GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("post", out _)).Select(p => p.Name).ToList();
        Assert.Contains("/api/writer", starts);
        foreach (var route in starts)
        {
            foreach (var body in new[] { "{}", "{\"inputs\":null,\"outline\":null,\"storyCode\":null,\"code\":null,\"name\":null}" })
            {
                var response = await client.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));
                try
                {
                    await AssertProblemAsync(response, 400);
                    Assert.DoesNotContain("StoryExhibit.", await response.Content.ReadAsStringAsync()); // nor a missing field's type
                }
                catch (Exception ex) { throw new Xunit.Sdk.XunitException($"POST {route} {body}: {ex.Message}"); }
            }
        }
        await AssertProblemAsync(await client.GetAsync("/api/jobs?max=99999999999"), 400);
        await AssertProblemAsync(await client.GetAsync("/api/jobs?max=lots"), 400);
        Assert.Empty((await client.GetFromJsonAsync<List<JobSnapshot>>("/api/jobs", JsonSerializerOptions.Web))!);
    }

    [Fact]
    public async Task Delete_cancels_a_running_job_a_finished_one_is_a_409_and_too_many_under_way_is_a_429()
    {
        var (client, _) = await app.KeyedClientAsync();
        var held = new List<JobSnapshot>();
        for (var i = 0; i < 3; i++) held.Add(await StartAsync(client, new TestJobInput($"held {i}", Hold: true)));

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/test", new TestJobInput("one too many")), 429);

        foreach (var job in held) Assert.Equal(HttpStatusCode.Accepted, (await client.DeleteAsync($"/api/jobs/{job.Id}")).StatusCode);
        foreach (var job in held) Assert.Equal(JobState.Cancelled, (await EventsAsync(client, job.Id))[^1].State);
        await AssertProblemAsync(await client.DeleteAsync($"/api/jobs/{held[0].Id}"), 409);
    }

    [Fact]
    public async Task Health_names_the_kinds_and_their_routes()
    {
        var (client, _) = await app.KeyedClientAsync();

        var health = await client.GetFromJsonAsync<ApiHealth>("/api/health", JsonSerializerOptions.Web);

        Assert.Equal("Healthy", health!.Status);
        Assert.Contains(new ApiKindInfo(TestJobHandler.PairKind, "/api/test-pair", 2), health.Kinds);
        Assert.Equal("/api/video/snippet", JobKindRoutes.RouteOf(JobKinds.Snippet));
        Assert.Equal("/api/exports/epub", JobKindRoutes.RouteOf(JobKinds.Epub));
    }

    [Fact]
    public async Task The_docs_page_is_served_by_the_app_and_loads_nothing_from_other_hosts()
    {
        var client = app.Anonymous();
        var page = await client.GetAsync(ApiHosting.DocsPath);
        var docsUrl = new Uri("http://localhost" + ApiHosting.DocsPath);
        if (page.StatusCode is HttpStatusCode.Found or HttpStatusCode.MovedPermanently)
        {
            docsUrl = new Uri(docsUrl, page.Headers.Location!);
            page = await client.GetAsync(docsUrl);
        }
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));

        Assert.DoesNotContain("http", csp);
        Assert.DoesNotContain("https://", html.Replace("https://github.com", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]+src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
            Assert.True((await client.GetAsync(new Uri(docsUrl, script))).IsSuccessStatusCode, $"{script} from {docsUrl}: {html}");
        var source = System.Text.RegularExpressions.Regex.Match(html, "\"url\":\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(docsUrl, source))).StatusCode);
    }
}
