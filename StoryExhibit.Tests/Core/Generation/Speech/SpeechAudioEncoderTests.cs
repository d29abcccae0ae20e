using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Tests.Infrastructure;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Speech;

/// <summary>Runs the real opusenc and ffprobe (installed by scripts/setup.sh) on sentences spoken by the real espeak-ng.</summary>
public sealed class SpeechAudioEncoderTests(ITestOutputHelper output)
{
    private static readonly string[] Sentences =
    [
        "The lantern flickered as Mira stepped into the cave.",
        "Far below, the sea kept turning the old stones over, one by one, as it had for a thousand years.",
        "\u201cFollow me,\u201d said the fox, and ran ahead into the dark.",
        "They reached the harbour at dusk, tired and hungry, but laughing.",
        "Nobody had opened the lighthouse door since the storm of the long winter.",
        "A gull watched them from the railing, head tilted, as if it knew the way.",
    ];

    private static Task<SpeechAudio> SpeakAsync(string text) => new EspeakSpeechSynthesizer().SynthesizeAsync(new SpeechRequest(text), CancellationToken.None);

    [Fact]
    public async Task A_spoken_sentence_becomes_ogg_opus_of_the_same_length_and_far_smaller()
    {
        var wav = await SpeakAsync(Sentences[1]);
        var encoder = new SpeechAudioEncoder();
        var ogg = await encoder.CompressAsync(wav, CancellationToken.None);

        Assert.Equal("audio/ogg", ogg.MediaType);
        Assert.Equal("OggS"u8.ToArray(), ogg.Bytes[..4]);
        Assert.Equal("OpusHead"u8.ToArray(), ogg.Bytes[28..36]); // the first page carries the Opus identification header
        Assert.True(ogg.Bytes.Length * 5 < wav.Bytes.Length, $"{ogg.Bytes.Length} bytes of Ogg vs {wav.Bytes.Length} of WAV");
        Assert.Equal(wav.Duration, ogg.Duration);
        var probed = await ProbeDurationAsync(ogg.Bytes);
        Assert.InRange(probed, wav.Duration!.Value.TotalSeconds - 0.03, wav.Duration.Value.TotalSeconds + 0.03);
    }

    [Fact]
    public async Task Audio_that_is_already_compressed_passes_through()
    {
        var mp3 = new SpeechAudio([0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0], "audio/mpeg", TimeSpan.FromSeconds(1));
        var encoder = new SpeechAudioEncoder();
        Assert.Same(mp3, await encoder.CompressAsync(mp3, CancellationToken.None));
    }

    [Fact]
    public async Task Without_opusenc_the_wav_is_kept_and_the_warning_logged_once()
    {
        var logs = new CapturedLogs();
        using var factory = logs.Factory();
        var encoder = new SpeechAudioEncoder(new SpeechEncodingOptions { EncoderPath = "/nonexistent/opusenc" }, factory.CreateLogger<SpeechAudioEncoder>());
        var wav = await SpeakAsync(Sentences[0]);

        Assert.Same(wav, await encoder.CompressAsync(wav, CancellationToken.None));
        Assert.Same(wav, await encoder.CompressAsync(wav, CancellationToken.None));
        var warning = Assert.Single(logs.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("opusenc (opus-tools) is not installed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_encoding()
    {
        var wav = await SpeakAsync(Sentences[0]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var encoder = new SpeechAudioEncoder();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => encoder.CompressAsync(wav, cancelled.Token));
    }

    [Fact]
    public async Task Sentences_one_after_another_and_at_once_are_each_encoded_whole()
    {
        var encoder = new SpeechAudioEncoder();
        var spoken = await Task.WhenAll(Sentences.Select(SpeakAsync));
        var first = await encoder.CompressAsync(spoken[0], CancellationToken.None);
        var rest = await Task.WhenAll(spoken.Skip(1).Select(wav => encoder.CompressAsync(wav, CancellationToken.None)));
        foreach (var (wav, ogg) in spoken.Zip(rest.Prepend(first)))
        {
            Assert.Equal("audio/ogg", ogg.MediaType);
            var probed = await ProbeDurationAsync(ogg.Bytes);
            Assert.InRange(probed, wav.Duration!.Value.TotalSeconds - 0.03, wav.Duration.Value.TotalSeconds + 0.03);
        }
    }

    /// <summary>The figures for the README: bytes per sentence before and after, and the time one encoding takes (printed, never asserted).</summary>
    [Fact]
    public async Task Measures_bytes_and_encoding_time_per_sentence()
    {
        var encoder = new SpeechAudioEncoder();
        long wavBytes = 0, oggBytes = 0;
        var times = new List<double>();
        foreach (var sentence in Sentences)
        {
            var wav = await SpeakAsync(sentence);
            var clock = Stopwatch.StartNew();
            var ogg = await encoder.CompressAsync(wav, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Assert.True(SpeechAudioEncoder.IsOgg(ogg.Bytes));
            (wavBytes, oggBytes) = (wavBytes + wav.Bytes.Length, oggBytes + ogg.Bytes.Length);
        }
        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per sentence: WAV {wavBytes / Sentences.Length} bytes, Ogg Opus {oggBytes / Sentences.Length} bytes ({100.0 * oggBytes / wavBytes:F1}%); encode p50 {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms"));
        Assert.True(oggBytes < wavBytes / 5);
    }

    private static async Task<double> ProbeDurationAsync(byte[] audio)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyexhibit-probe-{Guid.NewGuid():N}.ogg");
        await File.WriteAllBytesAsync(path, audio);
        try
        {
            var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path }) start.ArgumentList.Add(a);
            using var probe = Process.Start(start)!;
            var text = await probe.StandardOutput.ReadToEndAsync();
            await probe.WaitForExitAsync();
            return double.Parse(text.Trim(), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
