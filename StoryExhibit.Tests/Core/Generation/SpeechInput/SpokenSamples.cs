using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Core.Generation.Speech.Festival;

namespace StoryExhibit.Tests.Core.Generation.SpeechInput;

/// <summary>
/// Recordings of sentences spoken by this machine's synthesisers, made in the test: Festival's SLT voice (which
/// pocketsphinx's US English model follows well) and espeak-ng (whose robotic voice it follows poorly), and the same
/// as WebM/Opus, the way Chromium's MediaRecorder sends it.
/// </summary>
public static class SpokenSamples
{
    public static readonly IReadOnlyList<string> Sentences =
    [
        "the dragon flies over the castle",
        "the princess finds a magic key",
        "a little boat sails to the island",
        "the fox runs into the dark forest",
        "open the door and look inside",
    ];

    public static async Task<byte[]> FestivalWavAsync(string text) =>
        (await new FestivalSpeechSynthesizer(new FestivalOptions { DefaultVoice = FestivalSpeechSynthesizer.SltVoice })
            .SynthesizeAsync(new SpeechRequest(text), default)).Bytes;

    public static async Task<byte[]> EspeakWavAsync(string text) =>
        (await new EspeakSpeechSynthesizer(new EspeakOptions { DefaultVoice = "en-us" }).SynthesizeAsync(new SpeechRequest(text), default)).Bytes;

    /// <summary>The recording as Chromium's MediaRecorder would upload it.</summary>
    public static Task<byte[]> AsWebmAsync(byte[] wav) => PipedProcess.RunAsync("ffmpeg",
        ["-hide_banner", "-loglevel", "error", "-nostdin", "-f", "wav", "-i", "pipe:0", "-ac", "1", "-c:a", "libopus", "-b:a", "32k", "-f", "webm", "pipe:1"],
        wav, "ffmpeg", TimeSpan.FromSeconds(30), default);

    /// <summary>Silence as a 16 kHz mono WAV.</summary>
    public static byte[] SilentWav(TimeSpan length) => Wav(new byte[(int)(length.TotalSeconds * 16_000) * 2]);

    private static byte[] Wav(byte[] pcm)
    {
        using var memory = new MemoryStream();
        using var w = new BinaryWriter(memory);
        w.Write("RIFF"u8); w.Write(36 + pcm.Length); w.Write("WAVEfmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1);
        w.Write(16_000); w.Write(32_000); w.Write((short)2); w.Write((short)16); w.Write("data"u8); w.Write(pcm.Length); w.Write(pcm);
        w.Flush();
        return memory.ToArray();
    }

    /// <summary>The share of <paramref name="expected"/>'s words heard, in order (1 - word error rate, by edit distance, floored at 0).</summary>
    public static double WordAccuracy(string expected, string heard)
    {
        var a = expected.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = heard.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return Math.Max(0, 1 - (double)d[a.Length, b.Length] / a.Length);
    }
}
