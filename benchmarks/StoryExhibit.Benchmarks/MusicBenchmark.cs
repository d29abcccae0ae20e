using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Against the real app with an empty music cache: the time from a request for a mood's loop to its whole audio file,
/// per theme, when it must be composed (MIDI, FluidSynth, ffmpeg) and when it comes from the cache; then the same with
/// the song service as the provider, on the tests' loopback song service (each piece queued, running, then complete,
/// polled every second; a 30 s piece converted to the cache's Ogg Opus loop).
/// </summary>
internal static class MusicBenchmark
{
    public static async Task RunAsync(int moods, int cachedRuns)
    {
        await using var server = new AppServer();
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"Music benchmark: offline composer (FluidSynth + TimGM6mb + ffmpeg Opus), {moods} moods per theme, {Environment.ProcessorCount} cores");
        foreach (var theme in Enum.GetValues<MusicTheme>())
        {
            var cold = new List<double>();
            var cached = new List<double>();
            var seconds = new List<double>();
            var bytes = new List<double>();
            foreach (var mood in Enum.GetValues<MusicMood>().Take(moods))
            {
                var url = $"/music/{mood.ToString().ToLowerInvariant()}/{theme.ToString().ToLowerInvariant()}";
                var (ms, size) = await FetchAsync(http, url);
                cold.Add(ms);
                bytes.Add(size / 1024.0);
                seconds.Add(LoopSeconds(mood, theme));
                for (var i = 0; i < cachedRuns; i++) cached.Add((await FetchAsync(http, url)).Ms);
            }
            Console.WriteLine($"  {theme,-9} cold (composed): {Figures.Summary(cold, "ms")}");
            Console.WriteLine($"  {theme,-9} cached:          {Figures.Summary(cached, "ms")}");
            Console.WriteLine($"  {theme,-9} loops {seconds.Min():F0}-{seconds.Max():F0} s, {bytes.Min():F0}-{bytes.Max():F0} KiB");
        }
    }

    public static async Task RunRemoteAsync(int moods)
    {
        await using var service = await SongServiceServer.StartAsync();
        service.Audio = await PipedProcess.RunAsync("ffmpeg",
            ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=220:duration=30", "-c:a", "libopus", "-b:a", "96k", "-f", "ogg", "pipe:1"],
            ReadOnlyMemory<byte>.Empty, "ffmpeg", TimeSpan.FromMinutes(1), CancellationToken.None);
        var jobs = 0;
        var polls = new ConcurrentDictionary<string, int>();
        service.Submit = ctx => ctx.Response.WriteAsJsonAsync(new { id = $"job{Interlocked.Increment(ref jobs)}" });
        service.Status = (ctx, _) =>
        {
            var id = (string)ctx.Request.RouteValues["id"]!;
            return polls.AddOrUpdate(id, 1, (_, n) => n + 1) switch
            {
                1 => ctx.Response.WriteAsJsonAsync(new { id, status = "queued" }),
                2 => ctx.Response.WriteAsJsonAsync(new { id, status = "running" }),
                _ => ctx.Response.WriteAsJsonAsync(new { id, status = "complete", audio_url = $"/files/{id}.ogg" }),
            };
        };
        await using var server = new AppServer(new Dictionary<string, string>
        {
            ["Music:Provider"] = "SongService",
            ["Generation:Songs:Endpoint"] = service.Endpoint.ToString(),
            ["Generation:Songs:PollInterval"] = "00:00:01",
        });
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"Music benchmark: song service provider (loopback, 3 polls 1 s apart, 30 s piece to Ogg Opus), {moods} moods per theme");
        foreach (var theme in Enum.GetValues<MusicTheme>())
        {
            var cold = new List<double>();
            var cached = new List<double>();
            foreach (var mood in Enum.GetValues<MusicMood>().Take(moods))
            {
                var url = $"/music/{mood.ToString().ToLowerInvariant()}/{theme.ToString().ToLowerInvariant()}";
                cold.Add((await FetchAsync(http, url)).Ms);
                cached.Add((await FetchAsync(http, url)).Ms);
            }
            Console.WriteLine($"  {theme,-9} cold (song service): {Figures.Summary(cold, "ms")}");
            Console.WriteLine($"  {theme,-9} cached:               {Figures.Summary(cached, "ms")}");
        }
        Console.WriteLine($"  pieces ordered from the song service: {service.Count("POST /v1/songs")}");
    }

    private static async Task<(double Ms, long Size)> FetchAsync(HttpClient http, string url)
    {
        var clock = Stopwatch.StartNew();
        var body = await http.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        return (clock.Elapsed.TotalMilliseconds, body.LongLength);
    }

    private static double LoopSeconds(MusicMood mood, MusicTheme theme)
    {
        var style = StoryExhibit.Core.Generation.Music.Composition.MusicStyle.For(new MusicCue(mood, theme));
        return style.Bars * StoryExhibit.Core.Generation.Music.Composition.MusicStyle.BeatsPerBar * 60.0 / style.BeatsPerMinute;
    }
}
