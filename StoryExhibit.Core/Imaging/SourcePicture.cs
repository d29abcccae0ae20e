using System.Text;
using SkiaSharp;
using Svg.Skia;
using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Imaging;

/// <summary>A picture read from its bytes, whatever made it: SVG from the offline illustrator, PNG/JPEG/WebP/GIF from a model.</summary>
internal sealed class SourcePicture : IDisposable
{
    private readonly SKSvg? _svg;
    private readonly SKImage? _image;

    private SourcePicture(SKSvg svg, SKRect bounds, bool hasEffects)
    {
        _svg = svg;
        Width = bounds.Width;
        Height = bounds.Height;
        HasEffects = hasEffects;
    }

    private SourcePicture(SKImage image)
    {
        _image = image;
        Width = image.Width;
        Height = image.Height;
    }

    public float Width { get; }
    public float Height { get; }
    public bool IsVector => _svg is not null;
    /// <summary>Filters, masks or patterns: what makes an SVG slow to draw large, and soft enough to draw smaller.</summary>
    public bool HasEffects { get; }

    /// <summary>Throws <see cref="UnreadablePictureException"/> when the bytes are not a picture.</summary>
    public static SourcePicture Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new UnreadablePictureException("The picture is empty (no bytes).");
        return ImageSniffer.MediaType(bytes) switch
        {
            "image/svg+xml" => ReadSvg(bytes),
            "image/png" or "image/jpeg" or "image/webp" or "image/gif" => ReadRaster(bytes),
            _ => throw new UnreadablePictureException($"The {bytes.Length} bytes are not a picture this app reads (SVG, PNG, JPEG, WebP or GIF)."),
        };
    }

    private static SourcePicture ReadSvg(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var svg = new SKSvg();
        try
        {
            if (svg.FromSvg(text) is not { } picture || picture.CullRect.Width < 1 || picture.CullRect.Height < 1)
                throw new UnreadablePictureException("The SVG picture could not be read, or it has no size.");
            var effects = text.Contains("<filter", StringComparison.Ordinal) || text.Contains("<mask", StringComparison.Ordinal)
                || text.Contains("<pattern", StringComparison.Ordinal);
            return new SourcePicture(svg, picture.CullRect, effects);
        }
        catch (Exception ex) when (ex is not UnreadablePictureException)
        {
            svg.Dispose();
            throw new UnreadablePictureException("The SVG picture could not be read: " + ex.Message, ex);
        }
        catch
        {
            svg.Dispose();
            throw;
        }
    }

    private static SourcePicture ReadRaster(byte[] bytes)
    {
        // Decoded now, not lazily, so a truncated file fails here with a clear message rather than drawing nothing.
        using var data = SKData.CreateCopy(bytes);
        var image = SKImage.FromEncodedData(data)?.ToRasterImage(ensurePixelData: true);
        return image is null ? throw new UnreadablePictureException($"The {bytes.Length} bytes look like a picture but could not be decoded.") : new SourcePicture(image);
    }

    /// <summary>Draws the whole picture into <paramref name="target"/> (same aspect ratio).</summary>
    public void Draw(SKCanvas canvas, SKRect target)
    {
        if (_svg?.Picture is { } picture)
        {
            canvas.Save();
            canvas.Translate(target.Left, target.Top);
            canvas.Scale(target.Width / picture.CullRect.Width, target.Height / picture.CullRect.Height);
            canvas.Translate(-picture.CullRect.Left, -picture.CullRect.Top);
            canvas.DrawPicture(picture);
            canvas.Restore();
        }
        else if (_image is not null)
        {
            // Mipmaps keep large reductions (a 1024-pixel picture to a 320 thumbnail) free of aliasing; enlarging uses a cubic.
            var sampling = target.Width < _image.Width
                ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)
                : new SKSamplingOptions(SKCubicResampler.Mitchell);
            canvas.DrawImage(_image, target, sampling);
        }
    }

    public void Dispose()
    {
        _svg?.Dispose();
        _image?.Dispose();
    }
}
