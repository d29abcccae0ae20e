using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Ask.Research.Offline;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Ask.Research;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Offline research on the labelled factual questions (the ones the tests assert): the share answered from WordNet and
/// honestly declined, agreement with the labels, and the time to the first fragment through the app's IResearchAnswerer.
/// </summary>
internal static class ResearchBenchmark
{
    public static async Task RunAsync(int rounds, bool printAll)
    {
        using var researcher = new OfflineResearcher(Options.Create(new ResearchOptions()), NullLogger<OfflineResearcher>.Instance);
        var corpus = ResearchCorpus.All;
        var answers = corpus.Select(e => (Entry: e, Answer: researcher.Answer(new ResearchQuestion(e.Question, Audience.Children, ContentRating.Gentle)))).ToList();
        var answered = answers.Count(a => a.Answer.Kind == OfflineAnswerKind.FromDictionary);
        var right = answers.Count(a => (a.Answer.Kind == OfflineAnswerKind.FromDictionary) == a.Entry.ExpectAnswered);
        Console.WriteLine($"Research corpus: {corpus.Count} factual questions ({corpus.Count(e => e.ExpectAnswered)} labelled answerable from WordNet), children's phrasing");
        Console.WriteLine($"  answered from WordNet: {Share(answered, corpus.Count)}");
        Console.WriteLine($"  honestly declined:     {Share(corpus.Count - answered, corpus.Count)} " +
                          $"(needs a connection {answers.Count(a => a.Answer.Kind == OfflineAnswerKind.NeedsConnection)}, of which with what WordNet knows " +
                          $"{answers.Count(a => a.Answer.Kind == OfflineAnswerKind.NeedsConnection && a.Answer.Sentences.Count > 1)}; unknown word {answers.Count(a => a.Answer.Kind == OfflineAnswerKind.UnknownWord)})");
        Console.WriteLine($"  agreeing with the labels: {Share(right, corpus.Count)}");
        foreach (var miss in answers.Where(a => (a.Answer.Kind == OfflineAnswerKind.FromDictionary) != a.Entry.ExpectAnswered))
            Console.WriteLine($"    {miss.Entry.Question}: {miss.Answer.Kind}");
        foreach (var (entry, answer) in printAll ? answers : answers.Take(3).Concat(answers.Where(a => !a.Entry.ExpectAnswered).Take(2)))
            Console.WriteLine($"  e.g. {entry.Question} -> {answer.Text}");

        var folder = Directory.CreateTempSubdirectory("storyexhibit-research-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
        var answerer = services.GetRequiredService<IResearchAnswerer>();

        var cold = await FirstFragmentAsync(answerer, corpus[0].Question);
        var first = new List<double>();
        var whole = new List<double>();
        for (var round = 0; round < rounds; round++)
            foreach (var entry in corpus)
            {
                var watch = Stopwatch.StartNew();
                double? firstMs = null;
                await foreach (var _ in answerer.AnswerAsync(new ResearchQuestion(entry.Question, Audience.Children, ContentRating.Gentle), default))
                    firstMs ??= watch.Elapsed.TotalMilliseconds;
                first.Add(firstMs ?? double.NaN);
                whole.Add(watch.Elapsed.TotalMilliseconds);
            }
        Console.WriteLine($"  time to first fragment offline (IResearchAnswerer, moderated): first question after start {cold:F1} ms (opens WordNet)");
        Console.WriteLine($"    then {Figures.Summary(first, "ms")}");
        Console.WriteLine($"  whole answer offline: {Figures.Summary(whole, "ms")}");
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static async Task<double> FirstFragmentAsync(IResearchAnswerer answerer, string question)
    {
        var watch = Stopwatch.StartNew();
        await foreach (var _ in answerer.AnswerAsync(new ResearchQuestion(question, Audience.Children, ContentRating.Gentle), default)) break;
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string Share(int count, int total) => $"{100.0 * count / total:F1}% ({count}/{total})";
}
