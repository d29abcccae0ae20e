using System.Net;
using static StoryExhibit.Tests.Web.Api.StudioApiApp;

namespace StoryExhibit.Tests.Web.Api;

/// <summary>A key past its requests a minute is answered 429 with Retry-After; another key is not held back.</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.App app) : IClassFixture<ApiRateLimitTests.App>
{
    public sealed class App() : StudioApiApp(new Dictionary<string, string> { ["Api:RequestsPerMinute"] = "3" });

    [Fact]
    public async Task A_key_past_its_limit_gets_a_429_problem_and_another_key_still_gets_through()
    {
        var (busy, _) = await app.KeyedClientAsync("busy");
        var (calm, _) = await app.KeyedClientAsync("calm");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/jobs")).StatusCode);
        var refused = await busy.GetAsync("/api/jobs");

        await AssertProblemAsync(refused, 429);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/api/jobs")).StatusCode);
    }
}
