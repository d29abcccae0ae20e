using System.Diagnostics;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Against the real app with an empty music cache: the time from a request for a mood's loop to its whole audio file,
/// per theme, when it must be composed (MIDI, FluidSynth, ffmpeg) and when it comes from the cache.
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
