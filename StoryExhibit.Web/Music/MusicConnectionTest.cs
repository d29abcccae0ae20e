using System.Diagnostics;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Midi;
using StoryExhibit.Core.Generation.Music.Rendering;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Remote;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Music;

/// <summary>
/// "Test connection" for the ambient music: the built-in composer's tools are there and render a one-second note;
/// or the song service (set up in the Songs section) answers with its key.
/// </summary>
public static class MusicConnectionTest
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static async Task<ProbeResult> RunAsync(MusicProvider provider, MusicOptions music, SongOptions songs, ILogger log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(music);
        ArgumentNullException.ThrowIfNull(songs);
        var watch = Stopwatch.StartNew();
        try
        {
            if (provider == MusicProvider.SongService)
            {
                if (songs.Endpoint is null) return ProbeResult.Failed("No song service is set up: give its address in the Songs section below first.");
                songs.RequestTimeout = ProviderProbe.DefaultTimeout;
                await new RemoteSongClient(songs, Http, log).ProbeAsync(ct);
                return ProbeResult.Ok($"Connected: the song service answered in {watch.Elapsed.TotalMilliseconds:0} ms.", watch.Elapsed);
            }
            if (MusicHealthCheck.Missing(music) is { Count: > 0 } missing) return ProbeResult.Failed($"Missing {string.Join(", ", missing)}.");
            var note = new MidiSong(120, 4, [new MidiPart("Test", 0, 0, [new MidiNote(0, 2 * MidiSong.TicksPerQuarter, 60, 90)], [])]);
            var ogg = await new MusicRenderer(() => music).RenderAsync(note, TimeSpan.Zero, TimeSpan.FromSeconds(1), ct);
            return ProbeResult.Ok($"Ready: FluidSynth, {Path.GetFileName(music.SoundFont)} and ffmpeg rendered a 1 s test in {watch.Elapsed.TotalMilliseconds:0} ms ({ogg.Length / 1024.0:0.#} KiB).",
                watch.Elapsed);
        }
        catch (GenerationException ex)
        {
            log.LogWarning(ex, "Testing the {Provider} music failed", provider);
            return ProbeResult.Failed(provider == MusicProvider.SongService
                ? ProviderProbe.Explain(ex, ProviderProbe.DefaultTimeout, "song service")
                : $"The test render failed: {ex.Detail}");
        }
    }
}
