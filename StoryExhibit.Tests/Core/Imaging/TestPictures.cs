using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Imaging;

namespace StoryExhibit.Tests.Core.Imaging;

/// <summary>Pictures as the illustrators make them, and a way to read back what a raster really is.</summary>
internal static class TestPictures
{
    public static byte[] OfflineSvg(ArtStyle style, int width = 1920, int height = 1080) => new OfflineIllustrator().Render(new ImageRequest
    {
        Prompt = "Mira and the fox cross the stone bridge at dusk.", Style = style, Width = width, Height = height,
    }).Bytes;

    /// <summary>A plain two-colour picture encoded as a model would send it.</summary>
    public static byte[] Encoded(SKEncodedImageFormat format, int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.SkyBlue);
        using (var paint = new SKPaint { Color = SKColors.OrangeRed })
            surface.Canvas.DrawRect(0, height / 2f, width, height / 2f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>The format (sniffed from the bytes) and the size a decoder finds.</summary>
    public static (string? MediaType, int Width, int Height) Read(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.NotNull(codec);
        return (ImageSniffer.MediaType(bytes), codec.Info.Width, codec.Info.Height);
    }

    public static PictureRasterizer Rasterizer(ImagingOptions? options = null) =>
        new(new FixedOptions(options ?? new ImagingOptions()), NullLogger<PictureRasterizer>.Instance);

    private sealed class FixedOptions(ImagingOptions value) : IOptionsMonitor<ImagingOptions>
    {
        public ImagingOptions CurrentValue => value;
        public ImagingOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<ImagingOptions, string?> listener) => null;
    }
}
