using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Tests.Core.Privacy;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Tests.Web.Health;

/// <summary>Health stays cheap: one keyless GET of the model list per address, remembered for half a minute.</summary>
public sealed class ProviderReachabilityTests
{
    [Fact]
    public async Task A_provider_is_asked_once_per_half_minute_for_its_model_list_and_never_given_a_key()
    {
        var asked = new List<(string Method, string Path, string Authorization)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.Run(ctx =>
        {
            lock (asked) asked.Add((ctx.Request.Method, ctx.Request.Path, ctx.Request.Headers.Authorization.ToString()));
            ctx.Response.StatusCode = 401;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/v1");
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var reach = new ProviderReachability(new ProviderProbe(NullLogger<ProviderProbe>.Instance), clock);

        var first = await reach.OpenAIAsync(endpoint, CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(20);
        var cached = await reach.OpenAIAsync(endpoint, CancellationToken.None);
        Assert.True(first.Success, first.Message);
        Assert.Same(first, cached);
        Assert.Equal([("GET", "/v1/models", "")], asked);

        clock.Now += ProviderReachability.CacheFor;
        Assert.True((await reach.OpenAIAsync(endpoint, CancellationToken.None)).Success);
        Assert.Equal(2, asked.Count);
    }
}
