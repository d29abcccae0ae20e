using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Generation.Songs.Performance;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// The offline song: time from the wish to a finished Ogg Opus song (lyrics, melody, espeak-ng singing, ffmpeg mix over
/// a backing loop, encoding), per kind; and how closely espeak-ng sings the notes it is asked for (the pitch of a held
/// "la" on every note of the songs' range, by autocorrelation), which is what makes it singing rather than speech.
/// The backing is a chord loop made by ffmpeg, standing in for the composer's.
/// </summary>
internal static class SongBenchmark
{
    private sealed class Fixed(SongOptions value) : IOptionsMonitor<SongOptions>
    {
        public SongOptions CurrentValue => value;
        public SongOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<SongOptions, string?> listener) => null;
    }

    private sealed class LoopComposer(string path) : IMusicComposer
    {
        public Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct) => Task.FromResult(new MusicTrack(path, "audio/ogg", TimeSpan.FromSeconds(4)));
    }

    public static async Task RunAsync(int runs)
    {
        var backing = Path.Combine(Path.GetTempPath(), $"storyexhibit-bench-backing-{Guid.NewGuid():N}.ogg");
        await RunToolAsync("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=220:duration=4", "-f", "lavfi", "-i",
            "sine=frequency=277:duration=4", "-filter_complex", "amix=inputs=2", "-c:a", "libopus", backing);
        try
        {
            var encoder = new SpeechAudioEncoder();
            var performer = new OfflinePerformer(new Fixed(new SongOptions()), encoder, NullLogger<OfflinePerformer>.Instance, new LoopComposer(backing));
            var story = new SongStory { Hero = "Pip", Cast = ["Pip"], Place = "the lighthouse", Thing = "a silver key", Deeds = ["follow the fox"], Audience = Audience.Children };
            foreach (var kind in Enum.GetValues<SongKind>())
            {
                var seconds = new List<double>();
                double songLength = 0;
                for (var run = 0; run < runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    var lyrics = LyricWriter.Write(kind, story, run);
                    var song = await performer.PerformAsync(lyrics, null, CancellationToken.None);
                    seconds.Add(watch.Elapsed.TotalSeconds);
                    songLength = MelodyWriter.Write(lyrics).Length.TotalSeconds;
                    if (run == 0) Console.WriteLine($"{kind}: {song.Bytes.Length / 1024} KB Ogg Opus, melody {songLength:F1} s");
                }
                Console.WriteLine($"{kind}: time to a finished offline song {Figures.Summary(seconds, "s")}");
            }
            await PitchAsync();
        }
        finally { File.Delete(backing); }
    }

    private static async Task PitchAsync()
    {
        var errors = new List<double>();
        var singer = new EspeakSinger();
        for (var midi = 47; midi <= 62; midi++)
        {
            var melody = new SongMelody(SongKind.Lullaby, 48, false, 60, [new SungLine(["la"], [new SungNote(0, midi, 1)], 0)]);
            var wav = (await singer.SingAsync(melody, CancellationToken.None)).Bytes;
            var sung = MedianPitch(wav);
            var error = 12 * Math.Log2(sung / EspeakSinger.Hertz(midi));
            errors.Add(Math.Abs(error));
            Console.WriteLine($"  MIDI {midi}: asked {EspeakSinger.Hertz(midi):F0} Hz, sung {sung:F0} Hz ({error:+0.0;-0.0} semitones)");
        }
        Console.WriteLine($"Pitch error of the sung notes: {Figures.Summary(errors, "semitones")}");
    }

    /// <summary>The median fundamental of the voiced 40 ms frames of a 16-bit mono WAV, by autocorrelation (70-400 Hz).</summary>
    private static double MedianPitch(byte[] wav)
    {
        var rate = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24, 4));
        var data = wav.AsSpan().IndexOf("data"u8) + 8;
        var samples = new short[(wav.Length - data) / 2];
        for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(data + 2 * i, 2));
        var window = rate / 25;
        var pitches = new List<double>();
        for (var start = 0; start + window < samples.Length; start += window / 2)
        {
            double energy = 0;
            for (var i = 0; i < window; i++) energy += (double)samples[start + i] * samples[start + i];
            if (energy / window < 1e6) continue;
            var (best, bestLag) = (0.0, 0);
            for (var lag = rate / 400; lag < rate / 70; lag++)
            {
                double c = 0;
                for (var i = 0; i + lag < window; i++) c += (double)samples[start + i] * samples[start + i + lag];
                if (c > best) (best, bestLag) = (c, lag);
            }
            if (bestLag > 0) pitches.Add((double)rate / bestLag);
        }
        return pitches.Count == 0 ? double.NaN : Figures.Percentile(pitches, 50);
    }

    private static async Task RunToolAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
    }
}
