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

    /// <summary>
    /// The default complexity (6, cheaper on the CPU) keeps the speech nearly as faithful as the most thorough encoding
    /// (10), judged by ffmpeg's signal-to-distortion ratio against the spoken WAV; complexity 0 would fail this.
    /// </summary>
    [Fact]
    public async Task The_default_complexity_keeps_the_speech_nearly_as_faithful_as_the_most_thorough()
    {
        var wav = await SpeakAsync(Sentences[1]);
        var cheap = await DistortionAsync(wav, await new SpeechAudioEncoder().CompressAsync(wav, CancellationToken.None));
        var thorough = await DistortionAsync(wav, await new SpeechAudioEncoder(new SpeechEncodingOptions { Complexity = 10 }).CompressAsync(wav, CancellationToken.None));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signal-to-distortion: complexity 6 {cheap:F1} dB, complexity 10 {thorough:F1} dB"));
        Assert.True(cheap > 30 && cheap > thorough - 1.5, $"complexity 6: {cheap:F1} dB against {thorough:F1} dB");
    }

    /// <summary>The default 60 ms packets (cheaper on the CPU) are as faithful as Opus's usual 20 ms, and no larger.</summary>
    [Fact]
    public async Task Long_packets_keep_the_speech_as_faithful_as_short_ones()
    {
        var wav = await SpeakAsync(Sentences[0]);
        var longPackets = await new SpeechAudioEncoder().CompressAsync(wav, CancellationToken.None);
        var shortPackets = await new SpeechAudioEncoder(new SpeechEncodingOptions { FrameMilliseconds = 20 }).CompressAsync(wav, CancellationToken.None);
        var (longSdr, shortSdr) = (await DistortionAsync(wav, longPackets), await DistortionAsync(wav, shortPackets));
        var (longBytes, shortBytes) = (longPackets.Bytes.Length, shortPackets.Bytes.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"60 ms: {longSdr:F2} dB, {longBytes} bytes; 20 ms: {shortSdr:F2} dB, {shortBytes} bytes"));
        Assert.True(longSdr > shortSdr - 0.5, $"60 ms packets: {longSdr:F2} dB against {shortSdr:F2} dB");
        Assert.True(longBytes <= shortBytes, $"60 ms packets: {longBytes} bytes against {shortBytes}");
    }

    /// <summary>ffmpeg's asdr of the encoded sentence, decoded at the WAV's rate, against the WAV itself (dB; higher is more faithful).</summary>
    private static async Task<double> DistortionAsync(SpeechAudio wav, SpeechAudio ogg)
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-sdr-").FullName;
        try
        {
            var (original, encoded) = (Path.Combine(folder, "a.wav"), Path.Combine(folder, "b.ogg"));
            await File.WriteAllBytesAsync(original, wav.Bytes);
            await File.WriteAllBytesAsync(encoded, ogg.Bytes);
            var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-hide_banner", "-i", original, "-i", encoded, "-lavfi", "[1:a]aresample=22050[b];[0:a][b]asdr", "-f", "null", "-" })
                start.ArgumentList.Add(a);
            using var ffmpeg = Process.Start(start)!;
            var log = await ffmpeg.StandardError.ReadToEndAsync();
            await ffmpeg.WaitForExitAsync();
            var sdr = System.Text.RegularExpressions.Regex.Match(log, @"SDR ch0: (-?[0-9.]+) dB");
            Assert.True(sdr.Success, log);
            return double.Parse(sdr.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
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
