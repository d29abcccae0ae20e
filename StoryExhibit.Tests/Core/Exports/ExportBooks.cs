using System.Diagnostics;
using SkiaSharp;
using StoryExhibit.Core.Exports;

namespace StoryExhibit.Tests.Core.Exports;

/// <summary>Books to export, and the independent tools (poppler, epubcheck) that read what comes out.</summary>
public static class ExportBooks
{
    public const string HostileTitle = "<script>alert('title')</script> & the \"Tide\"";
    public const string HostileProse = "The lamp went out. <script>alert('prose')</script> <img src=x onerror=alert(1)> Read [x](javascript:alert(2)) and ![y](https://evil.example/p.png) at <https://evil.example/>.";

    /// <summary>A story of <paramref name="chapters"/> chapters, each with a picture and a few paragraphs of prose.</summary>
    public static StoryBook Book(int chapters = 6, string title = "The Lighthouse of Lost Echoes", string? firstProse = null)
        => new(title, "OTTER-LANTERN-MANGO-48213", "Mystery", new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc),
            Enumerable.Range(1, chapters).Select(n => new BookChapter(n, n == 1 ? null : $"Follow the echo number {n}",
                n == 1 && firstProse is not null ? firstProse : Prose(n), new BookPicture(Jpeg(n), $"Scene {n}: the lighthouse at dusk"))).ToList());

    public static string Prose(int chapter)
        => $"Chapter {chapter} begins where the keeper *listens* to the sea.\n\n"
         + string.Join(" ", Enumerable.Repeat($"The waves carried echo {chapter} home along the cliffs, and Mira wrote each one down.", 8))
         + "\n\nShe smiled, and the light turned once more.";

    /// <summary>A small JPEG of a colour that changes per chapter.</summary>
    public static byte[] Jpeg(int seed, int width = 640, int height = 360)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(new SKColor((byte)(40 * seed), 90, (byte)(200 - 20 * seed)));
        using var paint = new SKPaint { Color = SKColors.Gold, IsAntialias = true };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    /// <summary>Runs a tool on a file and returns what it printed (both streams) and its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Debian's epubcheck on a book: its command is the jar itself, run through Java (no binfmt handler is assumed).</summary>
    public static Task<(int ExitCode, string Output)> EpubcheckAsync(string file) => RunAsync("java", "-jar", "/usr/share/java/epubcheck.jar", file);

    /// <summary>Text as poppler extracted it, with every run of whitespace one space.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text without any whitespace: pdftotext may guess a space inside a run of narrow glyphs ("scrip t").</summary>
    public static string Dense(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), $"storyexhibit-export-{Guid.NewGuid():N}.{extension}");
}
