using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Canvases;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Screens reduced to the server's side of their work, without browsers: the real app hosted in this process on Kestrel,
/// and per screen a subscriber on its <see cref="CanvasHub"/> (what a screen's circuit holds) that downloads every frame
/// it is told about from <c>/canvas/{slug}/frames/{id}</c> over a loopback socket, as the browser does, without decoding
/// it. It measures what the server delivers when every screen is a machine of its own, apart from what decoding 4K costs
/// browsers that share this machine's 2 cores. Not measured here: the circuit's own messages (a few hundred bytes a frame),
/// which the in-browser figures include.
/// </summary>
// The factory takes any public type of the web app's assembly (its Program clashes with this one's).
internal sealed class HubScreens(WebApplicationFactory<StoryExhibit.Web.Components.App> app, HttpClient http, string slug)
{
    public int Received { get; private set; }
    public List<double> Latencies { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        var hub = app.Services.GetRequiredService<CanvasHub>();
        var replay = hub.Latest(slug) is not null;
        await foreach (var frame in hub.SubscribeAsync(slug, ct))
        {
            var bytes = await http.GetByteArrayAsync(frame.UrlFor(slug), ct);
            if (bytes.Length == 0) continue;
            if (replay) { replay = false; continue; } // the frame replayed on subscribing is not a live one
            Received++;
            Latencies.Add((DateTimeOffset.UtcNow - frame.ChangedAt).TotalMilliseconds);
        }
    }

    /// <summary>Hosts the app (the same settings and database as the browsers' app, which must be stopped) and measures.</summary>
    public static async Task<(List<double> Fps, List<double> Latencies, TimeSpan Cpu, TimeSpan Wall)> MeasureAsync(
        IReadOnlyDictionary<string, string> settings, IReadOnlyList<string> slugs, int viewers, int seconds)
    {
        await using var app = new InProcessApp(settings);
        app.UseKestrel(0);
        app.StartServer();
        using var http = app.CreateClient();
        http.Timeout = Timeout.InfiniteTimeSpan;
        var screens = slugs.SelectMany(slug => Enumerable.Range(0, viewers).Select(_ => new HubScreens(app, http, slug))).ToList();
        using var stop = new CancellationTokenSource();
        var running = screens.Select(s => Task.Run(() => s.RunAsync(stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = screens.Select(s => (s.Received, s.Latencies.Count)).ToList();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var fps = screens.Select((s, i) => (s.Received - before[i].Received) / wall.Elapsed.TotalSeconds).ToList();
        var latencies = screens.SelectMany((s, i) => s.Latencies.Skip(before[i].Count).ToList()).ToList();
        await stop.CancelAsync();
        try { await Task.WhenAll(running); } catch (OperationCanceledException) { } catch (HttpRequestException) { } catch (IOException) { }
        return (fps, latencies, cpu, wall.Elapsed);
    }

    private sealed class InProcessApp(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<StoryExhibit.Web.Components.App>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // The settings are written for environment variables (Section__Key); the host takes Section:Key.
            foreach (var (key, value) in settings) builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
