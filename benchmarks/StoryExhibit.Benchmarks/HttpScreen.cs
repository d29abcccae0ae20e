using System.Diagnostics;
using System.Text.Json;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// A screen reduced to its network work: follows a canvas's server-sent events and downloads every frame it is told
/// about, as the screen page does, but without decoding or drawing. It measures what the server delivers when every
/// screen is a machine of its own, apart from what decoding 4K costs browsers that share this machine's 2 cores.
/// </summary>
internal sealed class HttpScreen(HttpClient http, string slug)
{
    public int Received { get; private set; }
    public List<double> Latencies { get; } = [];

    public async Task RunAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync($"/canvas/{slug}/events", HttpCompletionOption.ResponseHeadersRead, ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var isFrame = false;
        var first = true;
        while (!ct.IsCancellationRequested && await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) isFrame = line == "event: frame";
            if (!isFrame || !line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            using var notice = JsonDocument.Parse(line[6..]);
            var url = notice.RootElement.GetProperty("url").GetString()!;
            var publishedAt = notice.RootElement.GetProperty("publishedAt").GetInt64();
            var bytes = await http.GetByteArrayAsync(url, ct);
            if (bytes.Length == 0) continue;
            if (first) { first = false; continue; } // the frame replayed on connect is not a live one
            Received++;
            Latencies.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - publishedAt);
        }
    }

    public static async Task<(List<double> Fps, List<double> Latencies)> MeasureAsync(Uri baseUrl, IReadOnlyList<string> slugs, int viewers, int seconds)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
        var screens = slugs.SelectMany(slug => Enumerable.Range(0, viewers).Select(_ => new HttpScreen(http, slug))).ToList();
        using var stop = new CancellationTokenSource();
        var running = screens.Select(s => Task.Run(() => s.RunAsync(stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = screens.Select(s => (s.Received, s.Latencies.Count)).ToList();
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var fps = screens.Select((s, i) => (s.Received - before[i].Received) / wall.Elapsed.TotalSeconds).ToList();
        var latencies = screens.SelectMany((s, i) => s.Latencies.Skip(before[i].Count).ToList()).ToList();
        stop.Cancel();
        try { await Task.WhenAll(running); } catch (OperationCanceledException) { } catch (HttpRequestException) { } catch (IOException) { }
        return (fps, latencies);
    }
}
