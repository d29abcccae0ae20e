using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryExhibit.Core.Generation.Speech.Compression;

/// <summary>
/// Compresses a narrated sentence from WAV to Ogg Opus through ffmpeg (about a tenth of the size), piping the audio in
/// and out. Browsers decode Ogg Opus with its encoder delay trimmed, so sentences still join without a gap. Audio that
/// is not WAV (an MP3 from a speech server) is already compressed and passes through. Without ffmpeg the WAV is kept,
/// and a warning is logged once.
/// </summary>
public sealed class SpeechAudioEncoder(SpeechEncodingOptions? options = null, ILogger<SpeechAudioEncoder>? log = null)
{
    public const string Tool = "ffmpeg";
    public const string MediaType = "audio/ogg";

    private readonly SpeechEncodingOptions _options = options ?? new SpeechEncodingOptions();
    private readonly ILogger _log = log ?? (ILogger)NullLogger.Instance;
    private int _missingReported;

    public async Task<SpeechAudio> CompressAsync(SpeechAudio audio, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (!WavFile.IsWav(audio.Bytes)) return audio;
        var duration = audio.Duration ?? WavFile.Duration(audio.Bytes);
        try
        {
            var ogg = await PipedProcess.RunAsync(_options.FfmpegPath, Arguments(), audio.Bytes, Tool, _options.Timeout, ct).ConfigureAwait(false);
            if (!IsOgg(ogg)) throw new GenerationException(Tool, "ffmpeg produced no usable audio.");
            return new SpeechAudio(ogg, MediaType, duration);
        }
        catch (GenerationException ex) when (ex.InnerException is Win32Exception)
        {
            if (Interlocked.Exchange(ref _missingReported, 1) == 0)
                _log.LogWarning("ffmpeg is not installed, so narration is stored as WAV, about ten times larger: run scripts/setup.sh");
            return audio;
        }
        catch (GenerationException ex)
        {
            // The sentence was spoken: keep it uncompressed rather than lose it.
            _log.LogWarning(ex, "Compressing a narrated sentence failed ({Detail}); it is stored as WAV", ex.Detail);
            return audio;
        }
    }

    /// <summary>True when <paramref name="bytes"/> starts like an Ogg stream.</summary>
    public static bool IsOgg(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[..4].SequenceEqual("OggS"u8);

    private string[] Arguments() =>
    [
        "-hide_banner", "-loglevel", "error", "-nostdin",
        "-f", "wav", "-i", "pipe:0",
        "-map_metadata", "-1", "-ac", "1",
        "-c:a", "libopus", "-b:a", $"{_options.BitrateKbps.ToString(CultureInfo.InvariantCulture)}k", "-application", "voip",
        "-f", "ogg", "pipe:1",
    ];
}
