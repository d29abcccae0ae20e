using System.Xml.Linq;
using SkiaSharp;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Tests.Quality;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>
/// Paints varied prompts as PNG files (in TestResults/pictures, to be looked at) and prints what each cost: the
/// illustrator's composition (this thread's CPU time, steadier than the wall clock on a busy machine), then drawing the
/// SVG into a 1280x720 raster.
/// </summary>
public sealed class PictureGalleryTests(ITestOutputHelper output)
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "pictures");

    private static readonly (string Name, ImageRequest Request)[] Gallery =
    [
        ("lake-boat-fireflies", new() { Prompt = "lake below snowy mountains, wooden boat, fireflies", Style = ArtStyle.Storybook }),
        ("generation-ship", new()
        {
            Prompt = "Captain Ilse walks the long corridor of the generation ship while the drone hums beside her, stars drifting past the viewport.",
            Characters = ["Captain Ilse", "a small drone"], Genre = "Science fiction", Style = ArtStyle.Watercolour,
        }),
        ("desert-camels", new() { Prompt = "a caravan of camels crossing golden dunes at sunset", Style = ArtStyle.OilPainting }),
        ("city-rain-detective", new() { Prompt = "a detective under an umbrella on a rainy city street at night, neon signs, a parked car", Style = ArtStyle.Noir }),
        ("underwater-turtle", new() { Prompt = "a sea turtle and a clownfish swimming over a coral reef", Style = ArtStyle.Comic }),
        ("castle-dragon", new() { Prompt = "a red dragon circling a castle on a hill in the snow", Style = ArtStyle.PixelArt }),
        ("library-cat", new() { Prompt = "cozy library with tall bookshelves, a cat asleep by the window in the evening", Style = ArtStyle.Watercolour }),
    ];

    [Fact]
    public void Paints_varied_prompts_to_png_files_without_any_text()
    {
        Directory.CreateDirectory(Folder);
        var illustrator = new OfflineIllustrator();
        // The first draw loads the native library: not a picture's cost.
        using (var warm = SourcePicture.Read(illustrator.Render(Gallery[0].Request).Bytes)) { }

        foreach (var (name, request) in Gallery)
        {
            var cpu = ThreadCpuClock.Now();
            var image = illustrator.Render(request);
            var compose = ThreadCpuClock.Now() - cpu;
            cpu = ThreadCpuClock.Now();
            var png = Png(image.Bytes, 1280, 720);
            var raster = ThreadCpuClock.Now() - cpu;
            File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png);
            File.WriteAllBytes(Path.Combine(Folder, name + ".svg"), image.Bytes);

            Assert.Equal(1280, SKBitmap.Decode(png).Width);
            Assert.Empty(XDocument.Parse(System.Text.Encoding.UTF8.GetString(image.Bytes)).Descendants(XName.Get("text", "http://www.w3.org/2000/svg")));
            output.WriteLine($"{name,-22} {request.Style,-12} compose {compose.TotalMilliseconds,6:0.0} ms  raster {raster.TotalMilliseconds,6:0.0} ms (CPU)  | {image.AltText}");
        }
        output.WriteLine($"PNG files in {Folder}");
    }

    private static byte[] Png(byte[] svg, int width, int height)
    {
        using var picture = SourcePicture.Read(svg);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        picture.Draw(surface.Canvas, SKRect.Create(width, height));
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
