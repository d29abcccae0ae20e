using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// N canvases x M viewers (headless Chromium pages) at 4 fps against the real app, for four kinds of frame: the offline
/// illustrator's animated SVG at 800 px and at 4K, and pre-encoded JPEGs (made once with ffmpeg) at 800 px and 4K, fed
/// through the app's real SDXL-Turbo gRPC client from a loopback server in this process. Per scenario: frames shown per
/// second per viewer, publish-to-displayed latency (p50/p95, measured in the page after decode), the app's CPU, and the
/// whole machine's CPU (the browser shares the 2 cores); then the same canvases with screens as hub subscribers that
/// download each frame (<see cref="HubScreens"/>), the server's side without browsers.
/// </summary>
internal static class CanvasBenchmark
{
    private sealed record Scenario(string Name, int Width, int Height, bool Jpeg);

    public static async Task RunAsync(int canvases, int viewers, int seconds, string? only)
    {
        Scenario[] scenarios =
        [
            new("svg-800", 800, 450, false),
            new("svg-4k", 3840, 2160, false),
            new("jpeg-800", 800, 450, true),
            new("jpeg-4k", 3840, 2160, true),
        ];
        Console.WriteLine($"Canvas benchmark: {canvases} canvases x {viewers} viewers at 4 fps, {seconds} s measured after 5 s warm-up, headless Chromium, {Environment.ProcessorCount} cores");
        foreach (var scenario in scenarios.Where(s => only is null || s.Name == only))
            await RunScenarioAsync(scenario, canvases, viewers, seconds);
    }

    private static async Task RunScenarioAsync(Scenario scenario, int canvases, int viewers, int seconds)
    {
        await using var jpegs = scenario.Jpeg ? await JpegFrameServer.StartAsync(scenario.Width, scenario.Height) : null;
        var settings = new Dictionary<string, string>
        {
            ["Generation__Images__Width"] = scenario.Width.ToString(),
            ["Generation__Images__Height"] = scenario.Height.ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
            // Both halves run a paid-priced live generator for minutes: a spent budget would swap in the offline SVG midway.
            ["Costs__DailyBudget"] = "100000",
            ["Costs__ServiceBudgets__Images"] = "100000",
        };
        if (jpegs is not null)
        {
            settings["Generation__Images__LiveProvider"] = "SdxlTurbo";
            settings["Generation__Images__SdxlTurbo__Endpoint"] = jpegs.Address.ToString();
            settings["Generation__Images__SdxlTurbo__Width"] = scenario.Width.ToString();
            settings["Generation__Images__SdxlTurbo__Height"] = scenario.Height.ToString();
        }
        await using var server = new AppServer(settings);
        var slugs = await DefineCanvasesAsync(server, canvases);
        await server.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var pages = new List<IPage>();
            foreach (var slug in slugs)
                for (var v = 0; v < viewers; v++)
                {
                    var page = await browser.NewPageAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1920, Height = 1080 } });
                    await page.GotoAsync($"/canvas/{slug}");
                    pages.Add(page);
                }
            await Task.Delay(TimeSpan.FromSeconds(5));

            var before = await Task.WhenAll(pages.Select(SnapshotAsync));
            server.Process.Refresh();
            var cpuBefore = server.Process.TotalProcessorTime;
            var machineBefore = MachineCpu.Read();
            var wall = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            var after = await Task.WhenAll(pages.Select(SnapshotAsync));
            wall.Stop();
            server.Process.Refresh();
            var cpu = server.Process.TotalProcessorTime - cpuBefore;
            var machine = MachineCpu.Read() - machineBefore;

            var fps = before.Zip(after, (b, a) => (a.Shown - b.Shown) / wall.Elapsed.TotalSeconds).ToList();
            var latencies = before.Zip(after, (b, a) => a.Latencies.Skip(b.Latencies.Length)).SelectMany(l => l).ToList();
            var bytes = jpegs?.FrameBytes ?? 0;
            Console.WriteLine($"\n[{scenario.Name}] {scenario.Width}x{scenario.Height} {(scenario.Jpeg ? $"JPEG (~{bytes / 1024} KB a frame, via gRPC)" : "SVG (offline illustrator)")}");
            Console.WriteLine($"  frames shown per second per viewer: {Figures.Summary(fps, "fps")}");
            Console.WriteLine(latencies.Count > 0 ? $"  publish -> displayed latency:       {Figures.Summary(latencies, "ms")}" : "  publish -> displayed latency:       no frames");
            Console.WriteLine($"  app CPU: {cpu.TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100:F0}% of one core ({cpu.TotalMilliseconds / Math.Max(1, fps.Sum() * wall.Elapsed.TotalSeconds):F1} ms per frame shown); machine busy {machine.BusyPercent:F0}% of {Environment.ProcessorCount} cores");
            var p95 = latencies.Count > 0 ? Figures.Percentile(latencies, 95) : double.NaN;
            Console.WriteLine($"  goal (steady 4 fps, p95 < 100 ms): {(fps.Min() >= 3.8 && p95 < 100 ? "met" : "NOT met")} (slowest viewer {fps.Min():F2} fps, p95 {p95:F0} ms)");

            // The same canvases with the browsers closed and screens reduced to the server's side of their work: the app
            // in this process, a hub subscriber per screen downloading every frame over HTTP (HubScreens).
            foreach (var page in pages) await page.CloseAsync();
            await server.KillAsync();
            var (hubFps, hubLatencies, hubCpu, hubWall) = await HubScreens.MeasureAsync(server.Settings, slugs, viewers, seconds);
            var hubP95 = hubLatencies.Count > 0 ? Figures.Percentile(hubLatencies, 95) : double.NaN;
            Console.WriteLine($"  server side ({slugs.Count * viewers} screens as hub subscribers + frame downloads over loopback, no browsers, no decoding):");
            Console.WriteLine($"    frames received per second per screen: {Figures.Summary(hubFps, "fps")}");
            Console.WriteLine(hubLatencies.Count > 0 ? $"    publish -> received latency:          {Figures.Summary(hubLatencies, "ms")}" : "    no frames");
            Console.WriteLine($"    CPU (app and its subscribers, one process): {hubCpu.TotalMilliseconds / hubWall.TotalMilliseconds * 100:F0}% of one core");
            Console.WriteLine($"    goal (steady 4 fps, p95 < 100 ms): {(hubFps.Min() >= 3.8 && hubP95 < 100 ? "met" : "NOT met")} (slowest screen {hubFps.Min():F2} fps, p95 {hubP95:F0} ms)");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private sealed record Snapshot(int Shown, double[] Latencies);

    private static async Task<Snapshot> SnapshotAsync(IPage page)
    {
        var s = await page.EvaluateAsync<JsonElement>("() => ({ shown: window.canvasStats.framesShown, latencies: window.canvasStats.latencies })");
        return new Snapshot(s.GetProperty("shown").GetInt32(), [.. s.GetProperty("latencies").EnumerateArray().Select(l => l.GetDouble())]);
    }

    /// <summary>Writes the canvases straight into the app's database before it starts (so no starter canvases are added).</summary>
    private static async Task<List<string>> DefineCanvasesAsync(AppServer server, int count)
    {
        var slugs = new List<string>();
        var services = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite($"Data Source={Path.Combine(server.DataFolder, "stories.db")}")).BuildServiceProvider();
        await using (services)
        {
            var contexts = services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
            await using (var db = await contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
            var store = new CanvasStore(contexts);
            string[] prompts = ["A lighthouse on a cliff in a storm", "A fox in a snowy forest at night", "Hot air balloons over a desert at dawn", "A harbour with lanterns",
                "A castle above the clouds", "A coral reef with turtles", "A city of towers at sunset", "A meadow of fireflies"];
            for (var i = 0; i < count; i++)
            {
                var slug = $"bench-{i + 1}";
                var result = await store.CreateAsync(new CanvasDefinition
                {
                    Slug = slug, Source = CanvasSource.LiveGenerator, Prompt = prompts[i % prompts.Length], Style = (ArtStyle)(i % 6), FramesPerSecond = 4,
                }, default);
                if (!result.Saved) throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
                slugs.Add(slug);
            }
        }
        SqliteConnection.ClearAllPools();
        return slugs;
    }

    private readonly record struct MachineCpu(long Busy, long Total)
    {
        public double BusyPercent => Total == 0 ? 0 : 100.0 * Busy / Total;
        public static MachineCpu operator -(MachineCpu a, MachineCpu b) => new(a.Busy - b.Busy, a.Total - b.Total);

        public static MachineCpu Read()
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            var idle = fields[3] + fields[4];
            return new MachineCpu(fields.Sum() - idle, fields.Sum());
        }
    }
}
