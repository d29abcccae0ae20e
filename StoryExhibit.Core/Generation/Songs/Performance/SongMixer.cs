using System.Globalization;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Generation.Songs.Performance;

/// <summary>
/// Puts the voice over its backing with ffmpeg: the backing (a loop) starts alone for a moment, repeats under the
/// voice for as long as it sings, and fades out after the last line. The voice comes in on stdin, the mix goes out on
/// stdout as WAV; without a backing the voice is padded the same way. Encoding is <see cref="Speech.Compression.SpeechAudioEncoder"/>'s work.
/// </summary>
public sealed class SongMixer(string ffmpeg = "ffmpeg", TimeSpan? timeout = null)
{
    public const string Tool = "ffmpeg";
    public static readonly TimeSpan Intro = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan Outro = TimeSpan.FromSeconds(2.5);

    public async Task<SpeechAudio> MixAsync(SpeechAudio voice, string? backingPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var sung = voice.Duration ?? WavFile.Duration(voice.Bytes) ?? throw new GenerationException(Tool, "The sung voice has no length.");
        var total = Intro + sung + Outro;
        var wav = await PipedProcess.RunAsync(ffmpeg, Arguments(backingPath, total), voice.Bytes, Tool, timeout ?? TimeSpan.FromSeconds(60), ct).ConfigureAwait(false);
        if (!WavFile.IsWav(wav)) throw new GenerationException(Tool, "Mixing the song produced no usable audio.");
        WavFile.FixSizes(wav);
        return new SpeechAudio(wav, WavFile.MediaType, WavFile.Duration(wav));
    }

    internal static List<string> Arguments(string? backingPath, TimeSpan total)
    {
        var delay = Ms(Intro);
        var fadeStart = Seconds(total - TimeSpan.FromSeconds(2));
        var args = new List<string> { "-hide_banner", "-loglevel", "error", "-nostdin" };
        string filter;
        if (backingPath is null)
        {
            args.AddRange(["-f", "wav", "-i", "pipe:0"]);
            filter = $"[0:a]aresample=48000,adelay={delay},apad=whole_dur={Seconds(total)}[out]";
        }
        else
        {
            args.AddRange(["-f", "wav", "-i", "pipe:0", "-stream_loop", "-1", "-i", backingPath]);
            filter = $"[0:a]aresample=48000,aformat=channel_layouts=mono,adelay={delay},apad=whole_dur={Seconds(total)},volume=1.4[v];" +
                     $"[1:a]aresample=48000,aformat=channel_layouts=mono,volume=0.35[b];" +
                     $"[v][b]amix=inputs=2:duration=first:normalize=0,afade=t=out:st={fadeStart}:d=2[out]";
        }
        args.AddRange(["-filter_complex", filter, "-map", "[out]", "-ac", "1", "-ar", "48000", "-c:a", "pcm_s16le", "-f", "wav", "pipe:1"]);
        return args;
    }

    private static string Ms(TimeSpan t) => ((int)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
