using System.Diagnostics;
using StoryExhibit.Core.Exports;
using StoryExhibit.Tests.Core.Exports;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Sizes and times of a 6-scene story's exports, each scene with a 1920x1080 JPEG (the size of the raster copies exports
/// use) and its prose: what a visitor waits for when they press a download button.
/// </summary>
internal static class ExportBenchmark
{
    public static void Run(int runs)
    {
        var book = ExportBooks.Book(chapters: 6) with
        {
            Chapters = ExportBooks.Book(chapters: 6).Chapters.Select(c => c with { Picture = new BookPicture(ExportBooks.Jpeg(c.Number, 1920, 1080), c.Picture!.AltText) }).ToList(),
        };
        var pictures = book.Chapters.Sum(c => c.Picture!.Jpeg.Length);
        Console.WriteLine($"6 scenes, {book.Chapters.Sum(c => c.Prose.Length)} characters of prose, pictures {pictures / 1024.0:F0} KiB in all; {runs} runs after one warm-up");
        Measure("PDF A5", runs, () => { using var s = new MemoryStream(); new PdfExporter().Write(book, s); return s.Length; });
        Measure("PDF A4", runs, () => { using var s = new MemoryStream(); new PdfExporter().Write(book, s, PdfPageSize.A4); return s.Length; });
        Measure("EPUB", runs, () => { using var s = new MemoryStream(); new EpubExporter().Write(book, s); return s.Length; });
        Measure("HTML", runs, () => System.Text.Encoding.UTF8.GetByteCount(new HtmlExporter().Render(book)));
    }

    private static void Measure(string name, int runs, Func<long> export)
    {
        var bytes = export();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = export();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"{name,-7} {bytes / 1024.0,8:F0} KiB   {Figures.Summary(times, "ms")}");
    }
}
