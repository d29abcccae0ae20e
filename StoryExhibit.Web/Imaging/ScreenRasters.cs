using System.Globalization;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Web.Security;

namespace StoryExhibit.Web.Imaging;

/// <summary>
/// Pictures sent as rasters sized for the screen that asks: <c>?w=&amp;h=</c> give the screen's box in device pixels
/// (brought into 16..4096), <c>Accept: image/webp</c> picks WebP over JPEG. A picture never changes under its address,
/// so the raster is cached for good by browsers (which key on the query) and varies only by <c>Accept</c>.
/// </summary>
public static class ScreenRasters
{
    public const string WidthParameter = "w";
    public const string HeightParameter = "h";

    /// <summary>The requested box; null with no <c>w</c> and no <c>h</c>; an error message for anything else a screen should not send.</summary>
    public static (RasterBox? Box, string? Error) ReadBox(IQueryCollection query)
    {
        var hasWidth = query.TryGetValue(WidthParameter, out var w);
        var hasHeight = query.TryGetValue(HeightParameter, out var h);
        if (!hasWidth && !hasHeight) return (null, null);
        if (!hasWidth || !hasHeight) return (null, "Give both w and h (the screen's width and height in device pixels), or neither for the original picture.");
        if (!TryPixels(w, out var width) || !TryPixels(h, out var height))
            return (null, $"w and h must be whole numbers of pixels above zero, not w={w} and h={h}.");
        return (RasterBox.Clamped(width, height), null);
    }

    /// <summary>The picture as a raster fitted into <paramref name="box"/>, in the format the browser takes, with immutable caching headers.</summary>
    public static async Task<IResult> SendAsync(HttpContext http, PictureRasterizer rasterizer, string pictureKey, Func<CancellationToken, Task<byte[]>> load,
        RasterBox box, CancellationToken ct)
    {
        var format = RasterFormats.FromAccept(http.Request.Headers.Accept);
        Raster raster;
        try
        {
            raster = await rasterizer.RenderAsync(pictureKey, load, box, format, ct);
        }
        catch (UnreadablePictureException ex)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ScreenRasters))
                .LogError(ex, "Picture {Picture} could not be drawn as a raster", pictureKey);
            return Results.Problem("This picture could not be drawn.", statusCode: StatusCodes.Status500InternalServerError);
        }
        Immutable(http);
        http.Response.Headers.Vary = "Accept";
        return Results.Bytes(raster.Bytes, raster.MediaType);
    }

    /// <summary>Caching headers for bytes that never change under their address.</summary>
    public static void Immutable(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>
    /// Bytes exactly as a provider made them, sent as a picture only: an SVG opened on its own runs no script and
    /// fetches nothing.
    /// </summary>
    public static void AsPictureOnly(HttpContext http)
    {
        Immutable(http);
        SecurityHeaders.AsPictureOnly(http);
    }

    private static bool TryPixels(string? text, out int pixels) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out pixels) && pixels > 0;
}
