using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Ask;
using StoryExhibit.Tests.Core.Ask;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// The offline router on the labelled corpus of requests (the one the tests assert): the share routed right per intent
/// and overall, what it got wrong, its time per request; then the time from sending a chat request to the first word
/// of its reply, on the app's own services (offline storyteller, moderation, the kernel's router).
/// </summary>
internal static class RouterBenchmark
{
    public static async Task RunAsync(int replies)
    {
        var routed = AskCorpus.All.Select(c => (Case: c, Route: OfflineAskRouter.Route(c.Request))).ToList();
        Console.WriteLine($"Router corpus: {routed.Count} labelled requests (offline router)");
        foreach (var intent in Enum.GetValues<AskIntent>())
        {
            var these = routed.Where(r => r.Case.Intent == intent).ToList();
            Console.WriteLine($"  {intent,-14} {Share(these.Count(r => r.Route.Intent == intent), these.Count)}");
        }
        Console.WriteLine($"  {"overall",-14} {Share(routed.Count(r => r.Route.Intent == r.Case.Intent), routed.Count)}");
        var labelled = routed.Where(r => r.Case.Subject is not null).ToList();
        Console.WriteLine($"  subjects right: {Share(labelled.Count(r => r.Route.Subject == r.Case.Subject), labelled.Count)}");
        foreach (var miss in routed.Where(r => r.Route.Intent != r.Case.Intent))
            Console.WriteLine($"    missed: \"{miss.Case.Request}\" ({miss.Case.Intent}) read as {miss.Route.Intent}");

        var heldOut = AskCorpus.HeldOut.Select(c => (Case: c, Route: OfflineAskRouter.Route(c.Request))).ToList();
        Console.WriteLine($"  held out (never used to tune the cues): {Share(heldOut.Count(r => r.Route.Intent == r.Case.Intent), heldOut.Count)}");
        foreach (var miss in heldOut.Where(r => r.Route.Intent != r.Case.Intent))
            Console.WriteLine($"    missed: \"{miss.Case.Request}\" ({miss.Case.Intent}) read as {miss.Route.Intent}");

        var micros = new List<double>();
        for (var round = 0; round < 20; round++)
            foreach (var c in AskCorpus.All)
            {
                var start = Stopwatch.GetTimestamp();
                OfflineAskRouter.Route(c.Request);
                if (round > 0) micros.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        Console.WriteLine($"  time per request: {Figures.Summary(micros, "µs")}");

        await FirstWordAsync(replies);
    }

    private static async Task FirstWordAsync(int replies)
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-router-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddStoryExhibitCore(configuration);
        await using var provider = services.BuildServiceProvider();
        var (story, path) = AskSessionTests.FoxStory();
        string[] requests = ["why did the fox run away?", "what happened so far?", "who are the characters?", "where does the story take place?"];
        var firstWords = new List<double>();
        for (var i = 0; i < replies + 3; i++)
        {
            using var scope = provider.CreateScope();
            var ask = scope.ServiceProvider.GetRequiredService<AskSession>();
            ask.UseStory(story, path);
            await ask.SendAsync(requests[i % requests.Length]);
            await ask.Running;
            if (i >= 3 && ask.Exchanges[0].FirstWordAfter is { } first) firstWords.Add(first.TotalMilliseconds); // 3 to warm up
        }
        Console.WriteLine($"Time to first word of a chat reply (question about the story, offline, moderation + routing + answer): {Figures.Summary(firstWords, "ms")}");
        Directory.Delete(folder, recursive: true);
    }

    private static string Share(int right, int all) => $"{100.0 * right / Math.Max(1, all),5:F1}% ({right}/{all})";
}
