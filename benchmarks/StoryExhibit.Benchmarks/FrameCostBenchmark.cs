using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkiaSharp;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Imaging;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// What one canvas frame costs the server: rasterise + encode through the app's <see cref="PictureRasterizer"/> (each run a
/// cache miss), for every offline art style and for a PNG such as a model returns, into an 800x450 screen and a 3840x2160
/// one and the story tree's thumbnail, as JPEG and WebP; the painting of the SVG itself (its row's format column says SVG);
/// plus the raster copy each scene picture gets for exports. "drawn" is the raster's real size:
/// styles with filters, masks or patterns are drawn at most <see cref="ImagingOptions.MaxEffectsWidth"/> wide and a PNG
/// is never enlarged (the screen scales them).
/// </summary>
internal static class FrameCostBenchmark
{
    public static async Task RunAsync(int runs)
    {
        var options = new ImagingOptions();
        using var rasterizer = new PictureRasterizer(new FixedOptions(options), NullLogger<PictureRasterizer>.Instance);
        var illustrator = new OfflineIllustrator();
        var sources = Enum.GetValues<ArtStyle>()
            .Select(style => (Name: style.ToString(), Bytes: illustrator.Render(Request(style)).Bytes))
            .Append((Name: "PNG 1536x1024", Bytes: await PngAsync(rasterizer, illustrator)))
            .ToList();
        (string Name, RasterBox Box)[] screens =
            [("thumb", new RasterBox(options.ThumbnailWidth)), ("800x450", new RasterBox(800, 450)), ("3840x2160", new RasterBox(3840, 2160))];

        // The first draw loads the native library and fonts: not a frame's cost.
        await rasterizer.RenderAsync("warm-up", sources[0].Bytes, new RasterBox(64, 36), RasterFormat.Jpeg, default);

        Console.WriteLine($"Frame cost: rasterise + encode, {runs} runs each, {Environment.ProcessorCount} cores, load average {LoadAverage()} at start (JPEG q{options.JpegQuality}, WebP q{options.WebPQuality})");
        Console.WriteLine("cpu = the process's CPU time per frame (what a frame takes from a core, whatever else runs); wall = elapsed time");
        Console.WriteLine(Header);
        var run = 0;
        foreach (var (name, bytes) in sources)
        foreach (var (screenName, box) in screens)
        foreach (var format in new[] { RasterFormat.Jpeg, RasterFormat.WebP })
        {
            var (cpu, wall, raster) = await MeasureAsync(runs, () => rasterizer.RenderAsync($"bench-{run++}", bytes, box, format, default));
            Console.WriteLine(Row(name, screenName, format.ToString(), raster, cpu, wall));
        }

        Console.WriteLine();
        Console.WriteLine($"Painting the SVG itself (the offline illustrator), {runs} runs each");
        Console.WriteLine(Header);
        foreach (var style in Enum.GetValues<ArtStyle>())
        {
            var (cpu, wall, svg) = await MeasureAsync(runs, () => Task.FromResult(illustrator.Render(Request(style)).Bytes));
            Console.WriteLine(Row(style.ToString(), "painted", "SVG", new Raster(svg, RasterFormat.Jpeg, 1920, 1080), cpu, wall));
        }

        Console.WriteLine();
        Console.WriteLine($"Raster copy for exports (JPEG q{options.ExportJpegQuality}, picture's own size), {runs} runs each");
        Console.WriteLine(Header);
        foreach (var (name, bytes) in sources)
        {
            var (cpu, wall, copy) = await MeasureAsync(runs, () => rasterizer.RenderExportCopyAsync(bytes, default));
            Console.WriteLine(Row(name, "export", "Jpeg", copy, cpu, wall));
        }
        Console.WriteLine($"load average {LoadAverage()} at the end");
    }

    private static readonly string Header =
        $"{"source",-14} {"screen",-10} {"format",-6} {"drawn",-10} {"cpu p50",8} {"cpu p95",8} {"wall p50",9} {"wall p95",9} {"KB",6}";

    private static string Row(string source, string screen, string format, Raster raster, List<double> cpu, List<double> wall) =>
        $"{source,-14} {screen,-10} {format,-6} {$"{raster.Width}x{raster.Height}",-10} {Figures.Percentile(cpu, 50),8:F0} {Figures.Percentile(cpu, 95),8:F0} "
        + $"{Figures.Percentile(wall, 50),9:F0} {Figures.Percentile(wall, 95),9:F0} {raster.Bytes.Length / 1024.0,6:F0}";

    private static async Task<(List<double> Cpu, List<double> Wall, T Last)> MeasureAsync<T>(int runs, Func<Task<T>> render)
    {
        var process = Process.GetCurrentProcess();
        List<double> cpu = [], wall = [];
        T last = default!;
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            last = await render();
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        return (cpu, wall, last);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static ImageRequest Request(ArtStyle style) => new()
    {
        Prompt = "At dusk Mira and the fox cross the old stone bridge over the river towards the lighthouse, under the first stars.",
        Style = style, Seed = 7, Characters = ["Mira", "a red fox"], Objects = ["a silver compass"], Width = 1920, Height = 1080,
    };

    /// <summary>A 1536x1024 PNG, the size OpenAI's image model returns: the pixel-art picture drawn and encoded losslessly.</summary>
    private static async Task<byte[]> PngAsync(PictureRasterizer rasterizer, OfflineIllustrator illustrator)
    {
        var svg = illustrator.Render(Request(ArtStyle.PixelArt) with { Width = 1536, Height = 1024 }).Bytes;
        var jpeg = await rasterizer.RenderAsync("png-source", svg, new RasterBox(1536, 1024), RasterFormat.Jpeg, default);
        using var image = SKImage.FromEncodedData(jpeg.Bytes);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private sealed class FixedOptions(ImagingOptions value) : IOptionsMonitor<ImagingOptions>
    {
        public ImagingOptions CurrentValue => value;
        public ImagingOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<ImagingOptions, string?> listener) => null;
    }
}
