using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>What the fake server received for one <c>POST /v1/chat/completions</c>.</summary>
public sealed record ReceivedChatRequest(string? Authorization, JsonElement Body)
{
    public bool Stream => Body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
    public string? Model => Body.TryGetProperty("model", out var m) ? m.GetString() : null;
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Body.TryGetProperty("messages", out var ms)
            ? ms.EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentText(m.GetProperty("content")))).ToList()
            : [];

    private static string ContentText(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
}

/// <summary>
/// A real Kestrel server on loopback speaking the OpenAI chat completions protocol. Set <see cref="Handler"/>
/// to script an answer (helpers below write SSE chunks, errors and whole completions), or use
/// <see cref="ReplyWith"/> for a plain text answer in either mode.
/// </summary>
public sealed class OpenAICompatibleServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public const string Model = "test-model";
    public ConcurrentQueue<ReceivedChatRequest> Requests { get; } = new();
    public Func<HttpContext, ReceivedChatRequest, Task> Handler { get; set; } = (ctx, _) => WriteErrorAsync(ctx, 503, "No handler");
    /// <summary>Requests to <c>POST /v1/audio/speech</c> (text to speech), and how to answer them.</summary>
    public ConcurrentQueue<ReceivedChatRequest> SpeechRequests { get; } = new();
    public Func<HttpContext, ReceivedChatRequest, Task> SpeechHandler { get; set; } = (ctx, _) => WriteErrorAsync(ctx, 503, "No speech handler");
    /// <summary>Requests to <c>POST /v1/moderations</c> (OpenAI's moderation endpoint), and how to answer them.</summary>
    public ConcurrentQueue<ReceivedChatRequest> ModerationRequests { get; } = new();
    public Func<HttpContext, ReceivedChatRequest, Task> ModerationHandler { get; set; } = (ctx, _) => WriteErrorAsync(ctx, 503, "No moderation handler");
    /// <summary>Base address to configure clients with, e.g. <c>http://127.0.0.1:12345/v1</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    private OpenAICompatibleServer(WebApplication app) => _app = app;

    public static async Task<OpenAICompatibleServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new OpenAICompatibleServer(app);
        app.MapPost("/v1/chat/completions", async ctx =>
        {
            using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
            var request = new ReceivedChatRequest(ctx.Request.Headers.Authorization.ToString(), body.RootElement.Clone());
            server.Requests.Enqueue(request);
            await server.Handler(ctx, request);
        });
        app.MapPost("/v1/audio/speech", async ctx =>
        {
            using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
            var request = new ReceivedChatRequest(ctx.Request.Headers.Authorization.ToString(), body.RootElement.Clone());
            server.SpeechRequests.Enqueue(request);
            await server.SpeechHandler(ctx, request);
        });
        app.MapPost("/v1/moderations", async ctx =>
        {
            using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
            var request = new ReceivedChatRequest(ctx.Request.Headers.Authorization.ToString(), body.RootElement.Clone());
            server.ModerationRequests.Enqueue(request);
            await server.ModerationHandler(ctx, request);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>Answers every request with <paramref name="text"/>: streamed word by word, or whole.</summary>
    public void ReplyWith(string text) => Handler = (ctx, req) => req.Stream
        ? StreamTextAsync(ctx, SplitTokens(text), usage: (10, 20))
        : WriteCompletionAsync(ctx, text, usage: (10, 20));

    public static IEnumerable<string> SplitTokens(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, @"(?<=\s)").Where(t => t.Length > 0);

    public static async Task BeginStreamAsync(HttpContext ctx)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-cache";
        await ctx.Response.Body.FlushAsync();
    }

    public static async Task WriteRawAsync(HttpContext ctx, string raw)
    {
        await ctx.Response.WriteAsync(raw, Encoding.UTF8);
        await ctx.Response.Body.FlushAsync();
    }

    public static Task WriteChunkAsync(HttpContext ctx, string? content, string? role = null, string? finishReason = null,
        (int Input, int Output)? usage = null, bool emptyChoices = false) =>
        WriteRawAsync(ctx, $"data: {Chunk(content, role, finishReason, usage, emptyChoices)}\n\n");

    public static Task WriteDoneAsync(HttpContext ctx) => WriteRawAsync(ctx, "data: [DONE]\n\n");

    /// <summary>A full stream: role chunk, one chunk per token, finish chunk, optional usage chunk, [DONE].</summary>
    public static async Task StreamTextAsync(HttpContext ctx, IEnumerable<string> tokens, (int, int)? usage = null,
        Func<int, Task>? beforeToken = null)
    {
        await BeginStreamAsync(ctx);
        await WriteChunkAsync(ctx, "", role: "assistant");
        var i = 0;
        foreach (var token in tokens)
        {
            if (beforeToken is not null) await beforeToken(i);
            await WriteChunkAsync(ctx, token);
            i++;
        }
        await WriteChunkAsync(ctx, null, finishReason: "stop");
        if (usage is not null) await WriteChunkAsync(ctx, null, usage: usage, emptyChoices: true);
        await WriteDoneAsync(ctx);
    }

    public static async Task WriteCompletionAsync(HttpContext ctx, string text, (int Input, int Output)? usage = null)
    {
        var json = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                ["finish_reason"] = "stop",
            }),
        };
        if (usage is { } u) json["usage"] = Usage(u);
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(json.ToJsonString());
    }

    /// <summary>A moderation result with these category scores (others 0); a category is flagged at 0.5 or more.</summary>
    public static async Task WriteModerationAsync(HttpContext ctx, IReadOnlyDictionary<string, double> scores)
    {
        string[] names = ["sexual", "sexual/minors", "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
            "self-harm", "self-harm/intent", "self-harm/instructions", "violence", "violence/graphic"];
        var categories = new JsonObject();
        var categoryScores = new JsonObject();
        foreach (var name in names)
        {
            var score = scores.GetValueOrDefault(name);
            categories[name] = score >= 0.5;
            categoryScores[name] = score;
        }
        var result = new JsonObject { ["flagged"] = scores.Values.Any(v => v >= 0.5), ["categories"] = categories, ["category_scores"] = categoryScores };
        var body = new JsonObject { ["id"] = "modr-test", ["model"] = "omni-moderation-latest", ["results"] = new JsonArray(result) };
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    public static async Task WriteErrorAsync(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        var json = new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = "test_error", ["code"] = null },
        };
        await ctx.Response.WriteAsync(json.ToJsonString());
    }

    public static string Chunk(string? content, string? role = null, string? finishReason = null,
        (int Input, int Output)? usage = null, bool emptyChoices = false)
    {
        var delta = new JsonObject();
        if (role is not null) delta["role"] = role;
        if (content is not null) delta["content"] = content;
        var json = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_700_000_000,
            ["model"] = Model,
            ["choices"] = emptyChoices
                ? new JsonArray()
                : new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
        };
        if (usage is { } u) json["usage"] = Usage(u);
        return json.ToJsonString();
    }

    /// <summary>Answers a speech request with <paramref name="audio"/>, sent in pieces with a flush (and optional pause) between them.</summary>
    public static async Task WriteAudioAsync(HttpContext ctx, byte[] audio, string contentType, int pieces = 1, TimeSpan? pause = null)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = contentType;
        var size = (audio.Length + pieces - 1) / Math.Max(1, pieces);
        for (var offset = 0; offset < audio.Length; offset += size)
        {
            if (offset > 0 && pause is { } p) await Task.Delay(p, ctx.RequestAborted);
            await ctx.Response.Body.WriteAsync(audio.AsMemory(offset, Math.Min(size, audio.Length - offset)), ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
        }
    }

    private static JsonObject Usage((int Input, int Output) u) => new()
    {
        ["prompt_tokens"] = u.Input,
        ["completion_tokens"] = u.Output,
        ["total_tokens"] = u.Input + u.Output,
    };

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try { await _app.StopAsync(cts.Token); } catch (OperationCanceledException) { }
        await _app.DisposeAsync();
    }
}
