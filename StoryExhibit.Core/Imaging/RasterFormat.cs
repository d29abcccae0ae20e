namespace StoryExhibit.Core.Imaging;

/// <summary>How a raster is encoded for the people who see it.</summary>
public enum RasterFormat { Jpeg, WebP }

public static class RasterFormats
{
    public static string MediaType(this RasterFormat format) => format == RasterFormat.WebP ? "image/webp" : "image/jpeg";

    public static string Extension(this RasterFormat format) => format == RasterFormat.WebP ? ".webp" : ".jpg";

    /// <summary>WebP when the browser says it takes it (every current browser's image requests do), JPEG otherwise.</summary>
    public static RasterFormat FromAccept(IEnumerable<string?> acceptHeaders) =>
        acceptHeaders.Any(h => h is not null && h.Contains("image/webp", StringComparison.OrdinalIgnoreCase)) ? RasterFormat.WebP : RasterFormat.Jpeg;
}
