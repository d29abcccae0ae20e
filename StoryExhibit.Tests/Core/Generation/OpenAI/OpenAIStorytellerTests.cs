using Microsoft.Extensions.AI;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Generation.OpenAI;

public sealed class OpenAIStorytellerTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IChatClient Client(TimeSpan? timeout = null) => OpenAIStoryteller.Create(new OpenAICompatibleOptions
    {
        Endpoint = _server.Endpoint, Model = OpenAICompatibleServer.Model, MaxRetries = 0, Timeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    [Fact]
    public async Task Non_streaming_completion_returns_text_usage_and_ids()
    {
        _server.ReplyWith("The fox ran.\n\n### What happens next?\n1. Follow it\n2. Stay");
        using var client = Client();
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Go")], new ChatOptions { Temperature = 1.1f });

        Assert.Equal("The fox ran.\n\n### What happens next?\n1. Follow it\n2. Stay", response.Text);
        Assert.Equal(ChatRole.Assistant, response.Messages.Single().Role);
        Assert.Equal("chatcmpl-test", response.ResponseId);
        Assert.Equal(OpenAICompatibleServer.Model, response.ModelId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(10, response.Usage?.InputTokenCount);
        Assert.Equal(20, response.Usage?.OutputTokenCount);
        var request = Assert.Single(_server.Requests);
        Assert.False(request.Stream);
        Assert.Equal(1.1, request.Body.GetProperty("temperature").GetDouble(), 3);
    }

    [Fact]
    public async Task Non_streaming_error_carries_the_server_message_for_staff_only()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 404, "model 'nope' not found");
        using var client = Client();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Go")]));
        Assert.Contains("model 'nope' not found", ex.Detail);
        Assert.DoesNotContain("nope", ex.Message);
    }

    [Fact]
    public async Task Non_streaming_timeout_becomes_GenerationException()
    {
        _server.Handler = (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        using var client = Client(TimeSpan.FromMilliseconds(400));
        var ex = await Assert.ThrowsAsync<GenerationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Go")]));
        Assert.Equal("The storyteller service did not answer in time.", ex.Message);
    }

    [Fact]
    public async Task Non_streaming_caller_cancellation_is_OperationCanceledException()
    {
        _server.Handler = (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        using var client = Client();
        using var cts = new CancellationTokenSource(200);
        var ex = await Record.ExceptionAsync(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Go")], cancellationToken: cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
    }

    [Fact]
    public void Metadata_describes_the_provider()
    {
        using var client = Client();
        var metadata = client.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("openai-compatible", metadata.ProviderName);
        Assert.Equal(_server.Endpoint, metadata.ProviderUri);
        Assert.Equal(OpenAICompatibleServer.Model, metadata.DefaultModelId);
                Assert.NotNull(client.GetService<global::OpenAI.Chat.ChatClient>());
        Assert.Null(client.GetService<ChatClientMetadata>("key"));
    }

    [Fact]
    public void Default_endpoint_is_api_openai_com()
    {
        using var client = OpenAIStoryteller.Create(new() { Model = "gpt-4o-mini" });
        Assert.Equal("api.openai.com", client.GetService<ChatClientMetadata>()!.ProviderUri!.Host);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.ThrowsAny<ArgumentException>(() => OpenAIStoryteller.Create(new() { Model = " " }));
        Assert.ThrowsAny<ArgumentException>(() => OpenAIStoryteller.Create(new() { Model = "m", Timeout = TimeSpan.Zero }));
        Assert.ThrowsAny<ArgumentException>(() => OpenAIStoryteller.Create(new() { Model = "m", MaxRetries = -1 }));
    }
}

public sealed class OpenAIStorytellerOptionsTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_bare_server_address_gets_v1()
    {
        _server.ReplyWith("Hello.");
        var bare = new Uri($"http://127.0.0.1:{_server.Endpoint.Port}");
        using var client = OpenAIStoryteller.Create(new() { Endpoint = bare, Model = "m", MaxRetries = 0 });
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")]);
        Assert.Equal("Hello.", response.Text);
        Assert.Equal(_server.Endpoint, client.GetService<ChatClientMetadata>()!.ProviderUri);
    }

    [Fact]
    public void Endpoint_must_be_http()
    {
        Assert.Throws<ArgumentException>(() => OpenAIStoryteller.Create(new() { Endpoint = new Uri("ftp://host/v1"), Model = "m" }));
    }

    [Fact]
    public async Task Uses_a_given_HttpClient()
    {
        _server.ReplyWith("Hello.");
        var handler = new CountingHandler();
        using var http = new HttpClient(handler);
        using var client = OpenAIStoryteller.Create(new() { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0 }, http);
        var text = "";
        await foreach (var u in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Hi")])) text += u.Text;
        Assert.Equal("Hello.", text);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Instructions_and_penalties_are_sent()
    {
        _server.ReplyWith("Hello.");
        using var client = OpenAIStoryteller.Create(new() { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0, MaxOutputTokens = 50 });
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")],
            new ChatOptions { Instructions = "Tell a story.", FrequencyPenalty = 0.5f, PresencePenalty = 0.25f });
        var request = Assert.Single(_server.Requests);
        Assert.Equal([("system", "Tell a story."), ("user", "Hi")], request.Messages);
        Assert.Equal(0.5, request.Body.GetProperty("frequency_penalty").GetDouble(), 3);
        Assert.Equal(0.25, request.Body.GetProperty("presence_penalty").GetDouble(), 3);
        Assert.Equal(50, request.Body.GetProperty("max_completion_tokens").GetInt32());
    }

    [Fact]
    public async Task Non_json_error_body_still_gives_a_clear_message()
    {
        _server.Handler = async (ctx, _) =>
        {
            ctx.Response.StatusCode = 502;
            ctx.Response.ContentType = "text/html";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, "<html>Bad gateway</html>");
        };
        using var client = OpenAIStoryteller.Create(new() { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0 });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")]));
        Assert.Equal("The storyteller service had an internal problem.", ex.Message);
        Assert.Equal("The storyteller service had an internal problem (HTTP 502).", ex.Detail);
    }

    [Fact]
    public async Task Unreadable_non_streaming_answer_becomes_GenerationException()
    {
        _server.Handler = async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/json";
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, "{\"choices\": ");
        };
        using var client = OpenAIStoryteller.Create(new() { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0 });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")]));
        Assert.Equal("The storyteller service sent an answer that could not be read.", ex.Message);
    }

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public int Count;
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
