using System.Diagnostics;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Writer;
using StoryExhibit.Tests.Core.Writer;

namespace StoryExhibit.Benchmarks;

/// <summary>The offline long-form writer: time for the outline and per chapter, written by the writer job into SQLite, both points of view.</summary>
internal static class WriterBenchmark
{
    public static async Task RunAsync(int chapters, int runs)
    {
        await using var host = await WriterHost.StartAsync();
        foreach (var view in Enum.GetValues<NarrativeView>())
        {
            var inputs = WriterHost.Sample with { View = view, Chapters = chapters };
            await host.OutlineAsync(inputs); // warm-up
            var outlineMs = new List<double>();
            var chapterMs = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var outline = await host.OutlineAsync(inputs with { PlotElements = inputs.PlotElements + $" (run {run})" });
                outlineMs.Add(clock.Elapsed.TotalMilliseconds);
                var last = clock.Elapsed;
                var job = new JobRun(Guid.NewGuid(), host.Folder, (_, _) =>
                {
                    chapterMs.Add((clock.Elapsed - last).TotalMilliseconds);
                    last = clock.Elapsed;
                    return Task.CompletedTask;
                });
                await host.Handler.RunAsync(new WriterJobInput(inputs, outline), job, default);
                chapterMs.RemoveAt(0); // the first report comes before any chapter is written
            }
            Console.WriteLine($"Writer offline, {view}, {chapters} chapters x {runs} runs (each chapter written, moderated and saved):");
            Console.WriteLine($"  outline:     median {Median(outlineMs):0.0} ms, max {outlineMs.Max():0.0} ms");
            Console.WriteLine($"  per chapter: median {Median(chapterMs):0.0} ms, p95 {Percentile(chapterMs, 0.95):0.0} ms, max {chapterMs.Max():0.0} ms");
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
