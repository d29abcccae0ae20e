using System.Diagnostics;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.StoryIllustrator;
using StoryExhibit.Tests.Core.StoryIllustrator;

namespace StoryExhibit.Benchmarks;

/// <summary>The studio illustrator's throughput offline: whole jobs (cut, moderate, paint, JPEG copies, ZIP) per art style.</summary>
internal static class IllustratorBenchmark
{
    private const string Story = """
        The red fox ran across the frozen river under a golden moon, past the sleeping village and the old mill.

        Mira climbed the crumbling tower in the storm and held up her lantern over the dark sea.

        * * *

        At dawn Mira and Tom sailed the little boat past the misty island where a white whale rose from the waves.

        In the harbour market the baker and the captain argued over a basket of silver fish beside the tall ships.

        Chapter 3

        In the forest the fox ran between the tall trees while snow fell on the village below the mountains.

        Tom lifted the ancient map in the candle light of the attic while rain drummed on the roof.

        * * *

        Later Tom and Mira walked home across the old stone bridge under the bright moon and the first stars.
        """;

    public static async Task RunAsync(int pictures, PictureQuality quality)
    {
        using var host = new IllustratorTestHost();
        var total = 0;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Illustrator, offline, {pictures} pictures a job, {quality} quality 16:9 ({PictureShapes.Size(PictureAspect.Wide, quality)}):");
        foreach (var style in Enum.GetValues<ArtStyle>())
        {
            var run = new JobRun(Guid.NewGuid(), host.NewJobFolder(), (_, _) => Task.CompletedTask);
            var job = Stopwatch.StartNew();
            await host.Handler.RunAsync(new IllustratorInput { Text = Story, Style = style, Quality = quality, MaxPictures = pictures }, run, CancellationToken.None);
            var painted = run.Files.Count(f => f.Name.StartsWith("picture-", StringComparison.Ordinal) && f.Name.EndsWith(".svg", StringComparison.Ordinal));
            total += painted;
            var zip = run.Files.Single(f => f.Name == IllustrationArchive.ZipFile).Bytes;
            Console.WriteLine($"  {style,-12} {painted} pictures in {job.Elapsed.TotalSeconds,6:F1} s  ({painted / job.Elapsed.TotalMinutes,6:F1} a minute), ZIP {zip / 1024.0:F0} KB");
        }
        Console.WriteLine($"  all styles   {total} pictures in {clock.Elapsed.TotalSeconds,6:F1} s  ({total / clock.Elapsed.TotalMinutes:F1} pictures a minute, {Environment.ProcessorCount} cores)");
    }
}
