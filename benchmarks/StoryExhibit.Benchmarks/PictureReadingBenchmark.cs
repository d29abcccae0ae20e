using System.Diagnostics;
using StoryExhibit.Tests.Core.Generation.Images;

namespace StoryExhibit.Benchmarks;

/// <summary>How well the offline illustrator reads the labelled prompts: setting, subjects and features, and the misses.</summary>
internal static class PictureReadingBenchmark
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        var figures = PictureReadingReport.Measure(PicturePrompts.All);
        Console.WriteLine(PictureReadingReport.Format(figures));
        Console.WriteLine($"(read in {clock.Elapsed.TotalMilliseconds:F0} ms)");
    }
}
