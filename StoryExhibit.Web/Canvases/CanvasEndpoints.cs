using Microsoft.AspNetCore.Diagnostics;
using StoryExhibit.Core.Canvases;

namespace StoryExhibit.Web.Canvases;

/// <summary>
/// The frames' bytes a canvas panel loads once its circuit told it a frame's id (kept briefly in memory, cached by
/// browsers for good since a frame id is never reused).
/// </summary>
public static class CanvasEndpoints
{
    public static void MapCanvases(this IEndpointRouteBuilder app)
    {
        app.MapGet("/canvas/{slug}/frames/{id}", GetFrame);
    }

    private static IResult GetFrame(string slug, string id, HttpContext http, CanvasHub hub)
    {
        NoStatusPage(http);
        if (hub.FindFrame(slug, id) is not { Bytes: { } bytes } frame) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(bytes, frame.MediaType);
    }

    // Screens and image requests want a bare status, not the visitors' "page not found" page.
    private static void NoStatusPage(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }
}
