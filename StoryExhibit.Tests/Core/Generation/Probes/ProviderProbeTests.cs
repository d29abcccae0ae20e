using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Generation.Probes;

/// <summary>"Test connection" against real servers on loopback.</summary>
public sealed class ProviderProbeTests : IAsyncLifetime
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(5);
    private readonly ProviderProbe _probe = new(NullLogger<ProviderProbe>.Instance);
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private TextGenerationOptions Text(string model = OpenAICompatibleServer.Model, string? key = "sk-probe-1", Uri? endpoint = null) => new()
    {
        Provider = TextProvider.OpenAICompatible,
        OpenAICompatible = new OpenAICompatibleOptions { Endpoint = endpoint ?? _server.Endpoint, Model = model, ApiKey = key },
    };

    [Fact]
    public async Task A_working_storyteller_reports_success_with_its_latency_and_the_candidate_key()
    {
        _server.ReplyWith("ready");
        var result = await _probe.TextAsync(Text(), Short, CancellationToken.None);

        Assert.True(result.Success, result.Message);
        Assert.NotNull(result.Latency);
        Assert.Contains($"{OpenAICompatibleServer.Model} answered in", result.Message);
        Assert.DoesNotContain("ready", result.Message); // what the server said is never shown: the address could be anything
        Assert.Matches(@"\d+ ms", result.Message);
        var sent = Assert.Single(_server.Requests);
        Assert.Equal("Bearer sk-probe-1", sent.Authorization);
        Assert.Equal(OpenAICompatibleServer.Model, sent.Model);
    }

    [Theory]
    [InlineData(401, "Wrong key")]
    [InlineData(404, "Not found")]
    [InlineData(500, "Server error")]
    public async Task Http_failures_are_named_in_plain_words(int status, string expected)
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, status, "nope");
        var result = await _probe.TextAsync(Text(), Short, CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith(expected, result.Message);
        Assert.Contains($"HTTP {status}", result.Message);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_a_timeout()
    {
        _server.Handler = async (ctx, _) => await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted);
        var result = await _probe.TextAsync(Text(), TimeSpan.FromMilliseconds(600), CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith("Timed out", result.Message);
    }

    [Fact]
    public async Task Garbage_is_a_garbled_answer()
    {
        _server.Handler = async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("<html>this is not the API</html>");
        };
        var result = await _probe.TextAsync(Text(), Short, CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith("Garbled answer", result.Message);
    }

    [Fact]
    public async Task A_closed_port_is_unreachable()
    {
        var result = await _probe.TextAsync(Text(endpoint: new Uri($"http://127.0.0.1:{AppServer.FreePort()}/v1")), Short, CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith("Unreachable: connection refused", result.Message);
    }

    [Fact]
    public async Task The_cheap_reach_check_asks_for_the_model_list_without_a_key_and_counts_any_answer()
    {
        await using var models = await ModelsServer.StartAsync();

        var result = await _probe.ReachOpenAIAsync(models.Endpoint, Short, CancellationToken.None);

        Assert.True(result.Success, result.Message);
        Assert.StartsWith("Reachable: it answered (HTTP 401)", result.Message); // no key was sent, and a refusal still means it is there
        Assert.Equal(["/v1/models"], models.Paths);
        Assert.Empty(_server.Requests); // nothing generated anywhere
    }

    [Fact]
    public async Task The_cheap_checks_name_a_refused_connection_and_a_bad_address_in_plain_words()
    {
        var closed = new Uri($"http://127.0.0.1:{AppServer.FreePort()}/v1");
        var http = await _probe.ReachOpenAIAsync(closed, Short, CancellationToken.None);
        var tcp = await _probe.ConnectAsync(closed, Short, CancellationToken.None);
        var notHttp = await _probe.ReachOpenAIAsync(new Uri("ftp://example.org/v1"), Short, CancellationToken.None);

        Assert.Equal((false, false, false), (http.Success, tcp.Success, notHttp.Success));
        Assert.Equal("Unreachable: connection refused. Check the URL and that the server is running.", http.Message);
        Assert.Equal(http.Message, tcp.Message);
        Assert.Equal("The URL must be a full http:// or https:// address.", notHttp.Message);
    }

    [Fact]
    public async Task A_listening_port_accepts_connections()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var result = await _probe.ConnectAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}"), Short, CancellationToken.None);

        Assert.True(result.Success, result.Message);
        Assert.StartsWith("Reachable: it accepts connections", result.Message);
    }

    [Fact]
    public async Task Offline_providers_are_built_in_and_ready()
    {
        Assert.True((await _probe.TextAsync(new TextGenerationOptions(), Short, CancellationToken.None)).Success);
        var images = await _probe.ImagesAsync(new ImageOptions(), Short, CancellationToken.None);
        Assert.True(images.Success);
        Assert.Contains("built into the exhibit", images.Message);
    }

    [Fact]
    public async Task OpenAI_images_are_checked_by_listing_models_not_by_painting()
    {
        await using var models = await ModelsServer.StartAsync();
        ImageOptions Images(string model, string key) => new() { Provider = ImageProvider.OpenAI, OpenAI = new() { Endpoint = models.Endpoint, Model = model, ApiKey = key } };

        var ok = await _probe.ImagesAsync(Images("gpt-image-1", ModelsServer.Key), Short, CancellationToken.None);
        Assert.True(ok.Success, ok.Message);
        Assert.Equal(["/v1/models"], models.Paths);

        var unknownModel = await _probe.ImagesAsync(Images("dall-e-9", ModelsServer.Key), Short, CancellationToken.None);
        Assert.False(unknownModel.Success);
        Assert.Contains("does not offer the model “dall-e-9”", unknownModel.Message);

        var wrongKey = await _probe.ImagesAsync(Images("gpt-image-1", "sk-wrong"), Short, CancellationToken.None);
        Assert.False(wrongKey.Success);
        Assert.StartsWith("Wrong key (HTTP 401)", wrongKey.Message);
    }

    [Fact]
    public async Task Sdxl_turbo_at_a_closed_port_is_unreachable()
    {
        var options = new ImageOptions { Provider = ImageProvider.SdxlTurbo, SdxlTurbo = new() { Endpoint = new Uri($"http://127.0.0.1:{AppServer.FreePort()}") } };
        var result = await _probe.ImagesAsync(options, Short, CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith("Unreachable", result.Message);
    }

    /// <summary>A loopback server answering <c>GET /v1/models</c> like OpenAI, for one key.</summary>
    private sealed class ModelsServer(WebApplication app) : IAsyncDisposable
    {
        public const string Key = "sk-images-ok";
        public Uri Endpoint { get; private set; } = null!;
        public List<string> Paths { get; } = [];

        public static async Task<ModelsServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var server = new ModelsServer(app);
            app.Run(async ctx =>
            {
                lock (server.Paths) server.Paths.Add(ctx.Request.Path);
                if (ctx.Request.Headers.Authorization != $"Bearer {Key}")
                {
                    ctx.Response.StatusCode = 401;
                    await ctx.Response.WriteAsJsonAsync(new { error = new { message = "Incorrect API key" } });
                    return;
                }
                await ctx.Response.WriteAsJsonAsync(new { @object = "list", data = new[] { new { id = "gpt-image-1" }, new { id = "dall-e-3" } } });
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
            return server;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
