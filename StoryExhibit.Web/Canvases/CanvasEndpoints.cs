using Microsoft.AspNetCore.Diagnostics;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Web.Imaging;

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

    /// <summary>A recent frame: with <c>?w=&amp;h=</c> a raster sized for that screen (WebP or JPEG, see <see cref="ScreenRasters"/>), without them the bytes as published.</summary>
    private static async Task<IResult> GetFrame(string slug, string id, HttpContext http, CanvasHub hub, PictureRasterizer rasterizer)
    {
        NoStatusPage(http);
        var (box, error) = ScreenRasters.ReadBox(http.Request.Query);
        if (error is not null) return Results.BadRequest(error);
        if (hub.FindFrame(slug, id) is not { Bytes: { } bytes } frame) return Results.NotFound();
        if (box is { } screen) return await ScreenRasters.SendAsync(http, rasterizer, $"canvas/{slug}/{id}", _ => Task.FromResult(bytes), screen, http.RequestAborted);
        ScreenRasters.AsPictureOnly(http);
        return Results.Bytes(bytes, frame.MediaType);
    }

    // Screens and image requests want a bare status, not the visitors' "page not found" page.
    private static void NoStatusPage(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }
}
