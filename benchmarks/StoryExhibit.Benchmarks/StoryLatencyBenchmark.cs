using Microsoft.Playwright;
using StoryExhibit.Tests.Browser;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// With the offline storyteller at its default pace, in headless Chromium against the real app:
/// the time from the click on a choice to the first word of the new scene on screen (measured inside
/// the page with performance.now()), and the app process's CPU time per scene.
/// </summary>
internal static class StoryLatencyBenchmark
{
    private const string Probe = """
        () => {
            window.__bench = { click: 0, firstWord: 0 };
            document.addEventListener('click', () => { window.__bench.click = performance.now(); window.__bench.firstWord = 0; }, true);
            new MutationObserver(() => {
                if (window.__bench.firstWord || !window.__bench.click) return;
                const streaming = document.querySelector('.prose.streaming');
                if (streaming && streaming.textContent.trim().length > 0) window.__bench.firstWord = performance.now();
            }).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    public static async Task RunAsync(int runs)
    {
        await using var server = new AppServer(new Dictionary<string, string> { ["Generation__Text__Offline__WordDelay"] = "00:00:00.025" });
        await server.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });

        var firstWordMs = new List<double>();
        var cpuMsPerScene = new List<double>();
        var sceneMs = new List<double>();
        var story = 0;
        while (firstWordMs.Count < runs)
        {
            story++;
            await StoryPages.StartStoryAsync(page, $"A lighthouse keeper who collects lost echoes, tale {story}", "Mystery");
            await StoryPages.WaitForChoicesAsync(page);
            await page.EvaluateAsync(Probe);
            for (var scene = 2; firstWordMs.Count < runs; scene++)
            {
                var choices = StoryPages.Choices(page);
                if (await choices.CountAsync() == 0) break; // the story ended
                server.Process.Refresh();
                var cpuBefore = server.Process.TotalProcessorTime;
                var wall = System.Diagnostics.Stopwatch.StartNew();
                await choices.First.ClickAsync();
                await StoryPages.WaitForChoicesOrEndAsync(page, scene);
                wall.Stop();
                server.Process.Refresh();
                var timing = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__bench");
                firstWordMs.Add(timing["firstWord"] - timing["click"]);
                cpuMsPerScene.Add((server.Process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                sceneMs.Add(wall.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"Story loop benchmark: offline storyteller (25 ms per word), headless Chromium, {Environment.ProcessorCount} cores");
        Console.WriteLine($"  click on a choice -> first word on screen: {Figures.Summary(firstWordMs, "ms")}");
        Console.WriteLine($"  server CPU time per scene:                 {Figures.Summary(cpuMsPerScene, "ms")}");
        Console.WriteLine($"  whole scene, click -> choices shown:       {Figures.Summary(sceneMs, "ms")}");
        Console.WriteLine($"  goal: first word under 150 ms p95 -> {(Figures.Percentile(firstWordMs, 95) < 150 ? "met" : "NOT met")}");

        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
