using StoryExhibit.Tests.Browser;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// With the offline storyteller and espeak-ng, in headless Chromium against the real app: the time from the
/// click on a choice to the first sound of the new scene playing, and the silence between consecutive
/// sentences (the first six of each scene), both read from the page's audio queue (AudioContext scheduling).
/// </summary>
internal static class NarrationLatencyBenchmark
{
    private const string Probe = """
        () => {
            window.__bench = { click: 0 };
            document.addEventListener('click', () => { window.__bench.click = performance.now(); }, true);
        }
        """;

    public static async Task RunAsync(int runs)
    {
        await using var server = new AppServer(new Dictionary<string, string> { ["Generation__Text__Offline__WordDelay"] = "00:00:00.025" });
        await server.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync("--autoplay-policy=no-user-gesture-required");
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });

        var firstSoundMs = new List<double>();
        var gapsMs = new List<double>();
        var story = 0;
        while (firstSoundMs.Count < runs)
        {
            story++;
            await StoryPages.StartStoryAsync(page, $"A robot gardener on a quiet moon, tale {story}", "Science fiction");
            await StoryPages.WaitForChoicesAsync(page);
            await page.EvaluateAsync(Probe);
            for (var scene = 2; firstSoundMs.Count < runs; scene++)
            {
                var choices = StoryPages.Choices(page);
                if (await choices.CountAsync() == 0) break;
                var logged = await page.EvaluateAsync<int>("() => window.storyNarration.log.length");
                await choices.First.ClickAsync();
                await StoryPages.WaitForChoicesOrEndAsync(page, scene);
                // The first clips are the ones at risk of gaps (synthesis racing the storyteller); a whole scene
                // takes about a minute to hear, so measure its first four (a sentence, then clips of two or so) and move on.
                await page.WaitForFunctionAsync($"() => window.storyNarration.log.slice({logged}).filter(e => e.generation === window.storyNarration.generation).length >= 4", null, new() { Timeout = 60_000 });
                // Only this scene's narration: sentences of the previous one may still have been scheduled after the click.
                var entries = (await page.EvaluateAsync<System.Text.Json.JsonElement>(
                        $"() => window.storyNarration.log.slice({logged}).filter(e => e.generation === window.storyNarration.generation)"))
                    .EnumerateArray().Select(e => new Entry(
                        e.GetProperty("startedAt").GetDouble(),
                        e.GetProperty("gap").ValueKind == System.Text.Json.JsonValueKind.Number ? e.GetProperty("gap").GetDouble() : null)).ToArray();
                var click = await page.EvaluateAsync<double>("() => window.__bench.click");
                if (entries.Length == 0) continue;
                firstSoundMs.Add(entries[0].StartedAt - click);
                gapsMs.AddRange(entries.Skip(1).Where(e => e.Gap is not null).Select(e => e.Gap!.Value * 1000));
            }
        }

        Console.WriteLine($"Narration benchmark: offline storyteller (25 ms per word) + espeak-ng, real-time narration, headless Chromium, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  click on a choice -> first sound playing: {Figures.Summary(firstSoundMs, "ms")}");
        Console.WriteLine($"  silence between consecutive clips:        {Figures.Summary(gapsMs, "ms")}");
        Console.WriteLine($"  goals: first sound under 1000 ms p95 -> {(Figures.Percentile(firstSoundMs, 95) < 1000 ? "met" : "NOT met")}; gaps under 150 ms -> {(Figures.Percentile(gapsMs, 95) < 150 ? "met (p95)" : "NOT met (p95)")}");

        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private sealed record Entry(double StartedAt, double? Gap);
}
