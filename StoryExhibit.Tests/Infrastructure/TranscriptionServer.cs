using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>What the fake server received for one <c>POST /v1/audio/transcriptions</c>: the multipart form's fields and file.</summary>
public sealed record ReceivedTranscription(string? Authorization, IReadOnlyDictionary<string, string> Fields, string? FileName, string? FileType, byte[] File);

/// <summary>A real Kestrel server on loopback speaking OpenAI's transcription protocol; <see cref="Handler"/> scripts the answer.</summary>
public sealed class TranscriptionServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<ReceivedTranscription> Requests { get; } = new();
    public Func<HttpContext, ReceivedTranscription, Task> Handler { get; set; } = (ctx, _) => ReplyAsync(ctx, "");
    /// <summary>The server's bare address, e.g. <c>http://127.0.0.1:12345</c> (clients add <c>/v1</c>).</summary>
    public Uri Address { get; private set; } = null!;

    private TranscriptionServer(WebApplication app) => _app = app;

    public static async Task<TranscriptionServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new TranscriptionServer(app);
        app.MapPost("/v1/audio/transcriptions", async ctx =>
        {
            var form = await ctx.Request.ReadFormAsync();
            var file = form.Files.GetFile("file");
            using var bytes = new MemoryStream();
            if (file is not null) await file.CopyToAsync(bytes);
            var received = new ReceivedTranscription(ctx.Request.Headers.Authorization.ToString(),
                form.ToDictionary(f => f.Key, f => f.Value.ToString()), file?.FileName, file?.ContentType, bytes.ToArray());
            server.Requests.Enqueue(received);
            await server.Handler(ctx, received);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    public static Task ReplyAsync(HttpContext ctx, string text) => ctx.Response.WriteAsJsonAsync(new { text });

    public static async Task ErrorAsync(HttpContext ctx, int status, string message)
    {
        ctx.Response.StatusCode = status;
        await ctx.Response.WriteAsJsonAsync(new { error = new { message, type = "invalid_request_error" } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
