using System.Diagnostics;
using StoryExhibit.Tests.Quality;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Plays the fixed visitor ideas through the offline storyteller (every branch of the first two choices, an own
/// choice after scene 1 and one path to the ending) and prints the prose-quality figures of issue 10.
/// </summary>
internal static class QualityBenchmark
{
    public static async Task RunAsync(int ideas)
    {
        if (!LinkGrammarJudge.IsAvailable)
        {
            Console.Error.WriteLine($"{LinkGrammarJudge.ParserPath} is missing: run scripts/setup.sh --tests (Debian package link-grammar).");
            return;
        }
        var chosen = VisitorIdeas.All.Take(ideas).ToList();
        var clock = Stopwatch.StartNew();
        var figures = await StoryQualityReport.Measure(chosen);
        Console.WriteLine(StoryQualityReport.Format(figures));
        Console.WriteLine($"(played and judged in {clock.Elapsed.TotalSeconds:F1} s)");
    }
}
