using System.Buffers.Binary;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>
/// A recording as recognisers want it: 16 kHz mono 16-bit PCM, converted by ffmpeg from whatever the browser sent and
/// cut to the longest allowed. Piped in and out of ffmpeg, so nothing touches the disk here.
/// </summary>
public sealed class RecognitionAudio
{
    public const int SampleRate = 16_000;
    private const string Tool = "ffmpeg";
    private const int BytesPerSecond = SampleRate * 2;

    private RecognitionAudio(byte[] pcm) => Pcm = pcm;

    /// <summary>Little-endian 16-bit samples, no header.</summary>
    public byte[] Pcm { get; }

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Pcm.Length / BytesPerSecond);

    public static async Task<RecognitionAudio> FromAsync(SpokenAudio audio, SpeechInputOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.Bytes.IsEmpty) throw new GenerationException(Tool, "Nothing was recorded.");
        if (audio.Bytes.Length > options.MaxBytes) throw new GenerationException(Tool, "That recording is too long.");
        string[] args =
        [
            "-hide_banner", "-loglevel", "error", "-nostdin",
            "-i", "pipe:0", "-t", options.MaxSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-map_metadata", "-1", "-vn", "-ac", "1", "-ar", SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1",
        ];
        var pcm = await PipedProcess.RunAsync(options.FfmpegPath, args, audio.Bytes, Tool, options.OfflineTimeout, ct).ConfigureAwait(false);
        return new RecognitionAudio(pcm);
    }

    /// <summary>The same audio with a 44-byte WAV header, for servers that want a file.</summary>
    public byte[] ToWav()
    {
        var wav = new byte[44 + Pcm.Length];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + Pcm.Length);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], BytesPerSecond);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], Pcm.Length);
        Pcm.CopyTo(span[44..]);
        return wav;
    }
}
