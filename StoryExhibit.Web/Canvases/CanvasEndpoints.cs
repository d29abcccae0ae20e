using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Web.Imaging;

namespace StoryExhibit.Web.Canvases;

/// <summary>
/// What a canvas screen talks to: a server-sent event stream of frame notices per slug, and the frames' bytes
/// (kept briefly in memory, cached by browsers for good since a frame id is never reused).
/// </summary>
public static class CanvasEndpoints
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    /// <summary>How soon a screen's EventSource reconnects after losing the server.</summary>
    public const int RetryMilliseconds = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapCanvases(this IEndpointRouteBuilder app)
    {
        app.MapGet("/canvas/{slug}/events", StreamEventsAsync);
        app.MapGet("/canvas/{slug}/frames/{id}", GetFrame);
    }

    /// <summary>
    /// <c>hello</c> (the server's id, so a screen notices a restarted server), then one <c>frame</c> event per frame:
    /// the latest one at once (marked <c>initial</c>), then each new one; a comment every 15 s keeps proxies and the
    /// screen's watchdog content. An unknown slug stays open quietly and starts sending once such a canvas exists.
    /// </summary>
    private static async Task StreamEventsAsync(string slug, HttpContext http, CanvasHub hub)
    {
        if (!CanvasRules.IsSlug(slug))
        {
            NoStatusPage(http);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var ct = http.RequestAborted;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await WriteAsync(response, $"retry: {RetryMilliseconds}\nevent: hello\ndata: {JsonSerializer.Serialize(new { server = hub.ServerId }, Json)}\n\n", ct);

        var initial = hub.Latest(slug) is not null;
        await using var frames = hub.SubscribeAsync(slug, ct).GetAsyncEnumerator(ct);
        var next = frames.MoveNextAsync().AsTask();
        try
        {
            var beat = Task.Delay(Heartbeat, ct);
            while (true)
            {
                if (await Task.WhenAny(next, beat) == beat)
                {
                    await beat; // throws when the client has gone
                    // A comment for proxies, and a ping event, since a page's EventSource never sees comments (its watchdog does see pings).
                    await WriteAsync(response, ": heartbeat\nevent: ping\ndata: {}\n\n", ct);
                    beat = Task.Delay(Heartbeat, ct);
                    continue;
                }
                if (!await next) return;
                var frame = frames.Current;
                var notice = new
                {
                    id = frame.Id,
                    changedAt = frame.ChangedAt.UtcDateTime.ToString("O"),
                    publishedAt = frame.ChangedAt.ToUnixTimeMilliseconds(),
                    url = frame.UrlFor(slug),
                    alt = frame.AltText,
                    mediaType = frame.MediaType,
                    initial,
                };
                initial = false;
                await WriteAsync(response, $"event: frame\nid: {frame.Id}\ndata: {JsonSerializer.Serialize(notice, Json)}\n\n", ct);
                next = frames.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (IOException) when (ct.IsCancellationRequested) { }
        finally
        {
            // Let the pending read finish (it ends with the cancellation) before the enumerator is disposed.
            try { await next; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>A recent frame: with <c>?w=&amp;h=</c> a raster sized for that screen (WebP or JPEG, see <see cref="ScreenRasters"/>), without them the bytes as published.</summary>
    private static async Task<IResult> GetFrame(string slug, string id, HttpContext http, CanvasHub hub, PictureRasterizer rasterizer)
    {
        NoStatusPage(http);
        var (box, error) = ScreenRasters.ReadBox(http.Request.Query);
        if (error is not null) return Results.BadRequest(error);
        if (hub.FindFrame(slug, id) is not { Bytes: { } bytes } frame) return Results.NotFound();
        if (box is { } screen) return await ScreenRasters.SendAsync(http, rasterizer, $"canvas/{slug}/{id}", _ => Task.FromResult(bytes), screen, http.RequestAborted);
        ScreenRasters.Immutable(http);
        return Results.Bytes(bytes, frame.MediaType);
    }

    // Screens and image requests want a bare status, not the visitors' "page not found" page.
    private static void NoStatusPage(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
        await response.Body.FlushAsync(ct);
    }
}
