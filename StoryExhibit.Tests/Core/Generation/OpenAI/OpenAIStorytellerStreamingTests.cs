using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Generation.OpenAI;

public sealed class OpenAIStorytellerStreamingTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(20);

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IChatClient Client(TimeSpan? timeout = null, int maxRetries = 0, float? temperature = null) => OpenAIStoryteller.Create(new OpenAICompatibleOptions
    {
        Endpoint = _server.Endpoint,
        Model = OpenAICompatibleServer.Model,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxRetries = maxRetries,
        Temperature = temperature,
    });

    private static readonly ChatMessage[] Prompt = [new(ChatRole.System, "You tell stories."), new(ChatRole.User, "Begin.")];

    private static async Task<List<ChatResponseUpdate>> CollectAsync(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var list = new List<ChatResponseUpdate>();
        await foreach (var u in updates) list.Add(u);
        return list;
    }

    [Fact]
    public async Task Streams_tokens_incrementally_before_the_server_finishes()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, ["Once ", "upon ", "a ", "time."],
            beforeToken: i => i == 1 ? release.Task : Task.CompletedTask);
        using var client = Client();

        var text = "";
        var updates = new List<ChatResponseUpdate>();
        await foreach (var u in client.GetStreamingResponseAsync(Prompt).WithCancellation(new CancellationTokenSource(TestTimeout).Token))
        {
            updates.Add(u);
            text += u.Text;
            if (text == "Once ") release.TrySetResult(); // only reachable if "Once " arrived while the server waited
        }

        Assert.True(release.Task.IsCompleted);
        Assert.Equal("Once upon a time.", text);
        Assert.All(updates, u => Assert.Equal(ChatRole.Assistant, u.Role));
        Assert.All(updates, u => Assert.Equal("chatcmpl-test", u.ResponseId));
        Assert.All(updates, u => Assert.Equal(OpenAICompatibleServer.Model, u.ModelId));
        Assert.Equal(ChatFinishReason.Stop, updates.Single(u => u.FinishReason is not null).FinishReason);
    }

    [Fact]
    public async Task Maps_request_body_model_messages_and_options()
    {
        _server.ReplyWith("Fine.");
        using var client = Client(temperature: 0.4f);
        await CollectAsync(client.GetStreamingResponseAsync(
        [
            new(ChatRole.System, "Be brief."), new(ChatRole.User, "Start"), new(ChatRole.Assistant, "Scene one"), new(ChatRole.User, "Go left"),
        ], new ChatOptions { ModelId = "other-model", MaxOutputTokens = 300, TopP = 0.9f, StopSequences = ["THE END"] }));

        var request = Assert.Single(_server.Requests);
        Assert.True(request.Stream);
        Assert.Equal("other-model", request.Model);
        Assert.Equal([("system", "Be brief."), ("user", "Start"), ("assistant", "Scene one"), ("user", "Go left")], request.Messages);
        Assert.Equal(0.4, request.Body.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal(0.9, request.Body.GetProperty("top_p").GetDouble(), 3);
        Assert.Equal("THE END", request.Body.GetProperty("stop")[0].GetString());
        Assert.Equal(300, request.Body.TryGetProperty("max_completion_tokens", out var max) ? max.GetInt32() : request.Body.GetProperty("max_tokens").GetInt32());
        Assert.Equal("Bearer " + OpenAIConnection.PlaceholderApiKey, request.Authorization);
    }

    [Fact]
    public async Task Uses_configured_model_and_key_by_default()
    {
        _server.ReplyWith("Fine.");
        using var client = OpenAIStoryteller.Create(new() { Endpoint = _server.Endpoint, Model = "story-model", ApiKey = "sk-secret" });
        await CollectAsync(client.GetStreamingResponseAsync(Prompt));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("story-model", request.Model);
        Assert.Equal("Bearer sk-secret", request.Authorization);
        Assert.False(request.Body.TryGetProperty("temperature", out _));
    }

    [Fact]
    public async Task Reports_usage_when_the_server_sends_it()
    {
        _server.ReplyWith("A short scene.");
        using var client = Client();
        var updates = await CollectAsync(client.GetStreamingResponseAsync(Prompt));

        var usage = updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details;
        Assert.Equal(10, usage.InputTokenCount);
        Assert.Equal(20, usage.OutputTokenCount);
        Assert.Equal(30, usage.TotalTokenCount);
        var response = updates.ToChatResponse();
        Assert.Equal("A short scene.", response.Text);
        Assert.Equal(20, response.Usage?.OutputTokenCount);
    }

    [Theory]
    [InlineData(401, "Incorrect API key provided.")]
    [InlineData(500, "The model crashed.")]
    public async Task Http_errors_become_GenerationException_with_the_server_message_for_staff_only(int status, string message)
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, status, message);
        using var client = Client();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Contains(message, ex.Detail);
        Assert.Contains(status.ToString(), ex.Detail);
        Assert.DoesNotContain(message, ex.Message); // a visitor reads a kind sentence, not the server's words
        Assert.DoesNotContain(status.ToString(), ex.Message);
        Assert.Equal("openai-compatible", ex.Provider);
    }

    [Fact]
    public async Task Server_errors_are_retried_MaxRetries_times()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 503, "Overloaded");
        using var client = Client(maxRetries: 1);
        await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_connection_cut_mid_chunk_becomes_GenerationException()
    {
        var firstReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Handler = async (ctx, _) =>
        {
            await OpenAICompatibleServer.BeginStreamAsync(ctx);
            await OpenAICompatibleServer.WriteChunkAsync(ctx, "The ", role: "assistant");
            await firstReceived.Task.WaitAsync(TestTimeout); // an abort (RST) could otherwise discard unread data
            var chunk = OpenAICompatibleServer.Chunk("door opened");
            await OpenAICompatibleServer.WriteRawAsync(ctx, "data: " + chunk[..(chunk.Length / 2)]);
            ctx.Abort();
        };
        using var client = Client();
        var received = "";
        var ex = await Assert.ThrowsAsync<GenerationException>(async () =>
        {
            await foreach (var u in client.GetStreamingResponseAsync(Prompt))
            {
                received += u.Text;
                if (received.Length > 0) firstReceived.TrySetResult();
            }
        });
        Assert.Equal("The ", received);
        Assert.Equal("The connection to the storyteller service broke off.", ex.Message);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Theory]
    [InlineData("data: this is not json\n\n")]
    [InlineData("data: {\"choices\": 42}\n\n")]
    [InlineData("<html><body>Bad gateway</body></html>\n\n")]
    [InlineData("")]
    public async Task Garbage_in_the_stream_becomes_GenerationException(string garbage)
    {
        _server.Handler = async (ctx, _) =>
        {
            await OpenAICompatibleServer.BeginStreamAsync(ctx);
            await OpenAICompatibleServer.WriteRawAsync(ctx, garbage);
            await OpenAICompatibleServer.WriteDoneAsync(ctx);
        };
        using var client = Client();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal("The storyteller service sent an answer that could not be read.", ex.Message);
    }

    [Fact]
    public async Task A_server_that_stalls_mid_stream_times_out()
    {
        var hang = new TaskCompletionSource();
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, ["Once ", "upon"],
            beforeToken: i => i == 1 ? hang.Task.WaitAsync(ctx.RequestAborted) : Task.CompletedTask);
        using var client = Client(timeout: TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal("The storyteller service did not answer in time.", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        _server.Handler = (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        using var client = Client(timeout: TimeSpan.FromMilliseconds(500), maxRetries: 2);
        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal("The storyteller service did not answer in time.", ex.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Slow_consumer_does_not_count_as_a_stall()
    {
        _server.ReplyWith("one two three");
        using var client = Client(timeout: TimeSpan.FromMilliseconds(300));
        var text = "";
        await foreach (var u in client.GetStreamingResponseAsync(Prompt))
        {
            text += u.Text;
            await Task.Delay(150);
        }
        Assert.Equal("one two three", text);
    }

    [Fact]
    public async Task Caller_cancellation_mid_stream_is_OperationCanceledException()
    {
        var hang = new TaskCompletionSource();
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, ["Once ", "upon"],
            beforeToken: i => i == 1 ? hang.Task.WaitAsync(ctx.RequestAborted) : Task.CompletedTask);
        using var client = Client();
        using var cts = new CancellationTokenSource();
        var received = "";
        var ex = await Record.ExceptionAsync(async () =>
        {
            await foreach (var u in client.GetStreamingResponseAsync(Prompt, cancellationToken: cts.Token))
            {
                received += u.Text;
                if (received == "Once ") cts.CancelAfter(100);
            }
        });
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal("Once ", received);
    }

    [Fact]
    public async Task Connection_refused_becomes_GenerationException()
    {
        var port = _server.Endpoint.Port;
        await _server.DisposeAsync();
        _server = await OpenAICompatibleServer.StartAsync(); // keep DisposeAsync happy
        using var client = OpenAIStoryteller.Create(new()
        {
            Endpoint = new Uri($"http://127.0.0.1:{port}/v1"), Model = "m", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(5),
        });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal("The storyteller service could not be reached.", ex.Message);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_the_server_asks_for()
    {
        var calls = 0;
        _server.Handler = (ctx, req) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return OpenAICompatibleServer.StreamTextAsync(ctx, ["Patience ", "pays."]);
            ctx.Response.Headers["Retry-After"] = "1";
            return OpenAICompatibleServer.WriteErrorAsync(ctx, 429, "Rate limit reached.");
        };
        using var client = Client(maxRetries: 1);
        var updates = await CollectAsync(client.GetStreamingResponseAsync(Prompt));
        Assert.Equal("Patience pays.", string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_429_past_the_retries_says_the_service_is_busy()
    {
        _server.Handler = (ctx, _) =>
        {
            ctx.Response.Headers["Retry-After"] = "1";
            return OpenAICompatibleServer.WriteErrorAsync(ctx, 429, "Rate limit reached.");
        };
        using var client = Client(maxRetries: 0);
        var ex = await Assert.ThrowsAsync<GenerationException>(() => CollectAsync(client.GetStreamingResponseAsync(Prompt)));
        Assert.Equal("The storyteller service is busy right now.", ex.Message);
        Assert.Equal("The storyteller service is busy right now (HTTP 429): Rate limit reached.", ex.Detail);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_stream_that_ends_without_DONE_keeps_every_word()
    {
        _server.Handler = async (ctx, _) =>
        {
            await OpenAICompatibleServer.BeginStreamAsync(ctx);
            await OpenAICompatibleServer.WriteChunkAsync(ctx, "Once ", role: "assistant");
            await OpenAICompatibleServer.WriteChunkAsync(ctx, "more.");
            await OpenAICompatibleServer.WriteChunkAsync(ctx, null, finishReason: "stop");
        };
        using var client = Client();
        var updates = await CollectAsync(client.GetStreamingResponseAsync(Prompt));
        Assert.Equal("Once more.", string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(ChatFinishReason.Stop, updates.Single(u => u.FinishReason is not null).FinishReason);
    }

    [Fact]
    public async Task A_character_split_across_two_network_writes_arrives_whole()
    {
        const string word = "Café 🐉 naïve";
        _server.Handler = async (ctx, _) =>
        {
            await OpenAICompatibleServer.BeginStreamAsync(ctx);
            // Raw UTF-8 in the JSON (the serializer would escape it to ASCII).
            var chunk = OpenAICompatibleServer.Chunk("WORD", role: "assistant").Replace("WORD", word);
            var bytes = System.Text.Encoding.UTF8.GetBytes($"data: {chunk}\n\n");
            var dragon = System.Text.Encoding.UTF8.GetBytes("🐉");
            var cut = bytes.AsSpan().IndexOf(dragon) + 2; // inside the dragon's four bytes
            Assert.True(cut > 2);
            await ctx.Response.Body.WriteAsync(bytes.AsMemory(0, cut));
            await ctx.Response.Body.FlushAsync();
            await Task.Delay(50);
            await ctx.Response.Body.WriteAsync(bytes.AsMemory(cut));
            await OpenAICompatibleServer.WriteChunkAsync(ctx, null, finishReason: "stop");
            await OpenAICompatibleServer.WriteDoneAsync(ctx);
        };
        using var client = Client();
        var updates = await CollectAsync(client.GetStreamingResponseAsync(Prompt));
        Assert.Equal(word, string.Concat(updates.Select(u => u.Text)));
    }
}
