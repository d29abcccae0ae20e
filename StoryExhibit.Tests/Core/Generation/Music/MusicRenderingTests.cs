using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Rendering;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>
/// The offline composer end to end with Debian's FluidSynth, TimGM6mb SoundFont and ffmpeg: the Ogg Opus loop lasts as
/// long as the composed loop and is music, not silence.
/// </summary>
public sealed partial class MusicRenderingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-music-test-").FullName;

    [Theory]
    [InlineData(MusicMood.Eerie, MusicTheme.Cinematic)]
    [InlineData(MusicMood.Joyful, MusicTheme.Cartoon)]
    public async Task A_composed_loop_lasts_its_length_and_is_audible(MusicMood mood, MusicTheme theme)
    {
        var composer = new OfflineMusicComposer(new MusicRenderer(() => new MusicOptions()), _folder);
        var track = await composer.ComposeAsync(new MusicCue(mood, theme), CancellationToken.None);

        Assert.Equal("audio/ogg", track.MediaType);
        Assert.InRange(track.Duration.TotalSeconds, 28, 60);
        var (duration, meanDb, maxDb) = await MeasureAsync(track.FilePath);
        Assert.InRange(duration, track.Duration.TotalSeconds - 0.1, track.Duration.TotalSeconds + 0.1);
        Assert.True(meanDb > -40, $"mean volume {meanDb} dB: too quiet to be heard under narration");
        Assert.True(maxDb < 0, $"peak {maxDb} dB: the loop clips");

        // Seamless: the loop starts sounding (the last pass's ringing is in its start), not from silence, and its end
        // joins its start with no click: the step across the join is no bigger than the steps within the loop.
        var samples = await DecodeAsync(track.FilePath);
        var head = Rms(samples.AsSpan(0, 48000 / 20));
        Assert.True(head > 0.005, $"the loop starts almost silent (RMS {head:0.0000})");
        var largestStep = samples.Zip(samples.Skip(1), (a, b) => Math.Abs(b - a)).Max();
        Assert.True(Math.Abs(samples[0] - samples[^1]) <= largestStep, "the join clicks");
    }

    private static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var x in samples) sum += x * x;
        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The whole file as mono 48 kHz samples.</summary>
    private static async Task<float[]> DecodeAsync(string path)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-hide_banner", "-loglevel", "error", "-nostdin", "-i", path, "-ac", "1", "-ar", "48000", "-f", "f32le", "pipe:1" }) start.ArgumentList.Add(a);
        using var ffmpeg = Process.Start(start)!;
        using var pcm = new MemoryStream();
        var errors = ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.StandardOutput.BaseStream.CopyToAsync(pcm);
        await ffmpeg.WaitForExitAsync();
        Assert.Equal("", await errors);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(pcm.ToArray()).ToArray();
    }

    [Fact]
    public async Task A_missing_soundfont_is_a_generation_error_naming_it()
    {
        var renderer = new MusicRenderer(() => new MusicOptions { SoundFont = Path.Combine(_folder, "none.sf2") });
        var composer = new OfflineMusicComposer(renderer, _folder);
        var error = await Assert.ThrowsAsync<GenerationException>(() => composer.ComposeAsync(new MusicCue(MusicMood.Calm, MusicTheme.Calm), CancellationToken.None));
        Assert.Contains("none.sf2", error.Detail, StringComparison.Ordinal);
    }

    /// <summary>ffmpeg decodes the whole file: its length from the decoded samples, and volumedetect's mean and peak.</summary>
    internal static async Task<(double Seconds, double MeanDb, double MaxDb)> MeasureAsync(string path)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-hide_banner", "-nostdin", "-i", path, "-af", "volumedetect", "-f", "null", "-" }) start.ArgumentList.Add(a);
        using var ffmpeg = Process.Start(start)!;
        var output = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        var times = Time().Matches(output);
        Assert.NotEmpty(times);
        var seconds = TimeSpan.Parse(times[^1].Groups[1].Value, CultureInfo.InvariantCulture).TotalSeconds;
        double Db(string name) => double.Parse(Regex.Match(output, name + @": (-?[\d.]+) dB").Groups[1].Value, CultureInfo.InvariantCulture);
        return (seconds, Db("mean_volume"), Db("max_volume"));
    }

    [GeneratedRegex(@"time=(\d+:\d+:\d+\.\d+)")]
    private static partial Regex Time();

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
