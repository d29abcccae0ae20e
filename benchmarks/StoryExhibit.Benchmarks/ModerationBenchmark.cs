using System.Diagnostics;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Moderation;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// The offline classifier on the labelled corpus of visitor inputs (the one the tests assert): the share of verdicts
/// right per rating and per expected category, what it got wrong, and its time per input.
/// </summary>
internal static class ModerationBenchmark
{
    public static void Run(int rounds)
    {
        var levels = new ModerationOptions();
        var ratings = Enum.GetValues<ContentRating>();
        var verdicts = ModerationCorpus.All.SelectMany(entry => ratings.Select(rating =>
        {
            var verdict = ModerationVerdict.Judge(ContentClassifier.Classify(entry.Text), rating, entry.Audience, levels);
            return (Entry: entry, Rating: rating, Right: verdict.Allowed == entry.ExpectedAllowed(rating), verdict.Allowed);
        })).ToList();

        Console.WriteLine($"Moderation corpus: {ModerationCorpus.All.Count} visitor inputs x {ratings.Length} ratings = {verdicts.Count} verdicts (default levels)");
        Console.WriteLine($"  all verdicts right: {Share(verdicts.Count(v => v.Right), verdicts.Count)}");
        foreach (var rating in ratings)
        {
            var these = verdicts.Where(v => v.Rating == rating).ToList();
            Console.WriteLine($"  {rating,-10} {Share(these.Count(v => v.Right), these.Count)}");
        }
        Console.WriteLine("  by expected category (clean = allowed at every rating):");
        foreach (var group in verdicts.GroupBy(v => v.Entry.Category?.ToString() ?? (v.Entry.AllowedFrom == ContentRating.Gentle ? "clean" : "other")).OrderBy(g => g.Key))
            Console.WriteLine($"    {group.Key,-10} {Share(group.Count(v => v.Right), group.Count())} ({group.Select(v => v.Entry).Distinct().Count()} inputs)");
        var wrong = verdicts.Where(v => !v.Right).ToList();
        Console.WriteLine($"  false refusals: {wrong.Count(v => !v.Allowed)}, missed: {wrong.Count(v => v.Allowed)}");
        foreach (var miss in wrong) Console.WriteLine($"    {miss.Entry.Name} at {miss.Rating}: {(miss.Allowed ? "allowed" : "refused")}");

        // Time per input: warm up, then every input classified `rounds` times, each timed on its own.
        foreach (var entry in ModerationCorpus.All) ContentClassifier.Classify(entry.Text);
        var micros = new List<double>(rounds * ModerationCorpus.All.Count);
        for (var round = 0; round < rounds; round++)
            foreach (var entry in ModerationCorpus.All)
            {
                var watch = Stopwatch.StartNew();
                ContentClassifier.Classify(entry.Text);
                micros.Add(watch.Elapsed.TotalMicroseconds);
            }
        Console.WriteLine($"  classifier time per input: mean {micros.Average():F1} µs, {Figures.Summary(micros, "µs")}");
    }

    private static string Share(int right, int total) => $"{100.0 * right / total:F1}% ({right}/{total})";
}
