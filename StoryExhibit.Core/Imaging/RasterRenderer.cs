using SkiaSharp;

namespace StoryExhibit.Core.Imaging;

/// <summary>Draws a picture into a raster of the size it needs and encodes it; no state, no cache.</summary>
internal static class RasterRenderer
{
    /// <summary>
    /// The picture fitted into <paramref name="box"/>, or at its own size (at most <see cref="RasterBox.MaxSide"/>) when there is no box. A raster source is never enlarged and an SVG with effects is drawn at most
    /// <paramref name="maxEffectsWidth"/> wide: either way the screen scales the rest, since more pixels would add no detail.
    /// </summary>
    public static Raster Render(byte[] source, RasterBox? box, RasterFormat format, int quality, int maxEffectsWidth)
    {
        box?.Validate();
        using var picture = SourcePicture.Read(source);
        var (width, height) = (box ?? new RasterBox(RasterBox.MaxSide, RasterBox.MaxSide)).Fit(picture.Width, picture.Height);
        if (box is null && width > picture.Width) (width, height) = ((int)Math.Round(picture.Width), (int)Math.Round(picture.Height));
        var limit = !picture.IsVector ? picture.Width : picture.HasEffects ? maxEffectsWidth : int.MaxValue;
        if (width > limit) (width, height) = new RasterBox((int)limit).Fit(picture.Width, picture.Height);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"No {width}x{height} drawing surface could be made.");
        // Neither JPEG nor the screens show transparency: what a picture leaves clear is paper white.
        surface.Canvas.Clear(SKColors.White);
        picture.Draw(surface.Canvas, SKRect.Create(width, height));
        using var image = surface.Snapshot();
        using var data = image.Encode(format == RasterFormat.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, quality)
            ?? throw new InvalidOperationException($"The {width}x{height} raster could not be encoded as {format}.");
        return new Raster(data.ToArray(), format, width, height);
    }
}
