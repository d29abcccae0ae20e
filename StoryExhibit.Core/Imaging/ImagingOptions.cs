namespace StoryExhibit.Core.Imaging;

/// <summary>How pictures become rasters (<c>Imaging</c> in appsettings.json).</summary>
public sealed class ImagingOptions
{
    public const string Section = "Imaging";

    /// <summary>JPEG quality (1-100) of canvas frames, thumbnails and resized pictures.</summary>
    public int JpegQuality { get; set; } = 82;
    /// <summary>WebP quality (1-100): at the same quality WebP is about a third smaller than JPEG.</summary>
    public int WebPQuality { get; set; } = 78;
    /// <summary>JPEG quality of the raster copy kept beside each scene picture for exports.</summary>
    public int ExportJpegQuality { get; set; } = 92;
    /// <summary>
    /// Widest an SVG with filters, masks or patterns (watercolour, oil, comic halftone...) is drawn; a larger box gets a
    /// raster this wide, which the screen scales up. Those effects are soft, so more pixels add time, not detail
    /// (watercolour: ~0.1 s at 1280 wide, 25 s at 3840).
    /// </summary>
    public int MaxEffectsWidth { get; set; } = 1280;
    /// <summary>Width of story-tree thumbnails.</summary>
    public int ThumbnailWidth { get; set; } = 320;
    /// <summary>Memory the cache of rendered rasters may hold, in megabytes.</summary>
    public int CacheMegabytes { get; set; } = 128;
}
