using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Web.Imaging;

namespace StoryExhibit.Web.Illustrations;

public static class IllustrationEndpoints
{
    /// <summary>
    /// What the story tree shows for a scene's picture: vectors (the offline illustrator's SVG) as they are, which the
    /// browser already holds for the scene and draws sharp at any size (drawing the thumbnail on the server cost 20-170 ms of
    /// CPU a scene, by style); a raster's small copy from <c>/thumb</c>.
    /// </summary>
    public static string ThumbnailUrl(Illustration picture)
        => picture.MediaType == OfflineIllustrator.MediaType ? $"/illustrations/{picture.Id}" : $"/illustrations/{picture.Id}/thumb";

    /// <summary>
    /// Scene pictures travel over HTTP; a picture never changes once painted (a new one gets a new id). <c>/illustrations/{id}</c>
    /// is the picture as painted, or with <c>?w=&amp;h=</c> a raster sized for a screen; <c>/illustrations/{id}/thumb</c> a small
    /// raster of it (the story tree's thumbnail of a raster picture). Rasters are WebP for browsers that take it, JPEG otherwise.
    /// </summary>
    public static void MapIllustrations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/illustrations/{id:guid}", GetPictureAsync);
        app.MapGet("/illustrations/{id:guid}/thumb", GetThumbnailAsync);
    }

    private static async Task<IResult> GetPictureAsync(Guid id, SceneIllustrations illustrations, PictureRasterizer rasterizer, HttpContext http, CancellationToken ct)
    {
        var (box, error) = ScreenRasters.ReadBox(http.Request.Query);
        if (error is not null) return Results.BadRequest(error);
        var picture = await illustrations.FindAsync(id, ct);
        if (picture is null || illustrations.FilePath(picture) is not { } path) return Results.NotFound();
        if (box is { } screen) return await ScreenRasters.SendAsync(http, rasterizer, $"illustration/{id:N}", c => File.ReadAllBytesAsync(path, c), screen, ct);
        ScreenRasters.AsPictureOnly(http);
        return Results.File(path, picture.MediaType ?? "application/octet-stream");
    }

    private static async Task<IResult> GetThumbnailAsync(Guid id, SceneIllustrations illustrations, PictureRasterizer rasterizer, IOptionsMonitor<ImagingOptions> options,
        HttpContext http, CancellationToken ct)
    {
        var picture = await illustrations.FindAsync(id, ct);
        if (picture is null || illustrations.FilePath(picture) is not { } path) return Results.NotFound();
        return await ScreenRasters.SendAsync(http, rasterizer, $"illustration/{id:N}", c => File.ReadAllBytesAsync(path, c),
            new RasterBox(options.CurrentValue.ThumbnailWidth), ct);
    }
}
