using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Tests.Core.Generation.Songs;

/// <summary>
/// A Suno-style song service on a real Kestrel loopback server: <c>POST /v1/songs</c>, <c>GET /v1/songs/{id}</c>,
/// <c>DELETE /v1/songs/{id}</c>, <c>GET /v1/songs</c> and the audio at <c>/files/{id}.ogg</c>. Each handler can be
/// replaced to script a slow, failing or broken service; every request is recorded as "METHOD path".
/// </summary>
public sealed class SongServiceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _polls;

    public ConcurrentQueue<string> Requests { get; } = new();
    public ConcurrentQueue<string> Authorizations { get; } = new();
    /// <summary>The JSON body of every submit, in order (songs send words; ambient music sends <c>"instrumental": true</c>).</summary>
    public ConcurrentQueue<string> Submitted { get; } = new();
    public Uri Endpoint { get; private set; } = null!;
    /// <summary>The audio served as the finished song.</summary>
    public byte[] Audio { get; set; } = [];

    /// <summary>Submit; by default answers <c>{"id":"job1"}</c>.</summary>
    public Func<HttpContext, Task> Submit { get; set; } = ctx => ctx.Response.WriteAsJsonAsync(new { id = "job1" });
    /// <summary>Status by poll number (1, 2, …); by default queued, then running, then complete.</summary>
    public Func<HttpContext, int, Task> Status { get; set; }
    public Func<HttpContext, Task> Download { get; set; }

    public int Polls => Volatile.Read(ref _polls);
    public int Count(string request) => Requests.Count(r => r == request);

    private SongServiceServer(WebApplication app)
    {
        _app = app;
        Status = (ctx, poll) => poll switch
        {
            1 => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "queued" }),
            2 => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "running" }),
            _ => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "complete", audio_url = "/files/job1.ogg" }),
        };
        Download = ctx =>
        {
            ctx.Response.ContentType = "audio/ogg";
            return ctx.Response.Body.WriteAsync(Audio).AsTask();
        };
    }

    public static async Task<SongServiceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new SongServiceServer(app);
        app.Use(async (ctx, next) =>
        {
            server.Requests.Enqueue($"{ctx.Request.Method} {ctx.Request.Path}");
            server.Authorizations.Enqueue(ctx.Request.Headers.Authorization.ToString());
            await next(ctx);
        });
        app.MapPost("/v1/songs", async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            server.Submitted.Enqueue(await reader.ReadToEndAsync(ctx.RequestAborted));
            await server.Submit(ctx);
        });
        app.MapGet("/v1/songs", ctx => ctx.Response.WriteAsJsonAsync(new { songs = Array.Empty<object>() }));
        app.MapGet("/v1/songs/{id}", ctx => server.Status(ctx, Interlocked.Increment(ref server._polls)));
        app.MapDelete("/v1/songs/{id}", ctx => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "cancelled" }));
        app.MapGet("/files/{name}", ctx => server.Download(ctx));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public static Task ErrorAsync(HttpContext ctx, int status, string body = "{\"error\":\"busy\"}")
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        return ctx.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
