using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask;
using StoryExhibit.Core.Generation;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Ask;

/// <summary>The model router against a real OpenAI-compatible server on loopback: structured output, and the offline router when that fails.</summary>
public sealed class ModelAskRouterTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ModelAskRouter Router(TextProvider provider, CurrentStoryteller? storyteller = null) => new(
        storyteller ?? Storyteller(provider), new OfflineAskRouter(), NullLogger<ModelAskRouter>.Instance) { Timeout = TimeSpan.FromSeconds(10) };

    private CurrentStoryteller Storyteller(TextProvider provider) => new(new Monitor<TextGenerationOptions>(new TextGenerationOptions
    {
        Provider = provider,
        OpenAICompatible = new() { Endpoint = _server.Endpoint, Model = OpenAICompatibleServer.Model, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10) },
    }), NullLogger<CurrentStoryteller>.Instance);

    [Fact]
    public async Task The_model_classifies_with_a_json_schema_and_its_answer_is_the_route()
    {
        _server.ReplyWith("""{"intent":"Picture","subject":"the castle at night","confidence":0.93}""");
        var route = await Router(TextProvider.OpenAICompatible).RouteAsync("could u show the castel when its dark", CancellationToken.None);

        Assert.Equal(new AskRoute(AskIntent.Picture, "the castle at night", 0.93, "openai-compatible"), route);
        var request = Assert.Single(_server.Requests);
        var format = request.Body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var schema = format.GetProperty("json_schema").GetProperty("schema").GetRawText();
        Assert.Contains("Unsupported", schema);
        Assert.Contains(request.Messages, m => m.Role == "user" && m.Content == "could u show the castel when its dark");
    }

    [Theory]
    [InlineData("Sure! I think it is a picture.")]
    [InlineData("""{"intent":"Dance","subject":"","confidence":1}""")]
    public async Task An_answer_that_does_not_fit_the_schema_leaves_it_to_the_offline_router(string answer)
    {
        _server.ReplyWith(answer);
        var route = await Router(TextProvider.OpenAICompatible).RouteAsync("sing a song about our hero", CancellationToken.None);
        Assert.Equal((AskIntent.Song, "our hero", "offline"), (route.Intent, route.Subject, route.DecidedBy));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_failing_or_slow_model_leaves_it_to_the_offline_router()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 500, "down");
        Assert.Equal("offline", (await Router(TextProvider.OpenAICompatible).RouteAsync("draw the moon", CancellationToken.None)).DecidedBy);

        _server.Handler = async (ctx, _) => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
        var router = new ModelAskRouter(Storyteller(TextProvider.OpenAICompatible), new OfflineAskRouter(), NullLogger<ModelAskRouter>.Instance) { Timeout = TimeSpan.FromMilliseconds(300) };
        var route = await router.RouteAsync("draw the moon", CancellationToken.None);
        Assert.Equal((AskIntent.Picture, "offline"), (route.Intent, route.DecidedBy));
    }

    [Fact]
    public async Task Offline_the_model_is_not_asked()
    {
        var route = await Router(TextProvider.Offline).RouteAsync("how far away is the moon?", CancellationToken.None);
        Assert.Equal((AskIntent.Research, "the moon", "offline"), (route.Intent, route.Subject, route.DecidedBy));
        Assert.Empty(_server.Requests);
    }

    private sealed class Monitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
