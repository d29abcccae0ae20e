using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Speech.Compression;

/// <summary>
/// Compresses a narrated sentence from WAV to Ogg Opus through opusenc (opus-tools; about a tenth of the size), from a
/// private temporary file to another. Browsers decode Ogg Opus with its encoder delay trimmed, so sentences still join
/// without a gap. Audio that is not WAV (an MP3 from a speech server) is already compressed and passes through. Without
/// opusenc the WAV is kept, and a warning is logged once.
/// </summary>
/// <remarks>
/// opusenc, not ffmpeg: ffmpeg loads about a hundred libraries at every start, which cost as much CPU as encoding the
/// sentence (170 ms of CPU a sentence against 96 ms, measured). Files, not pipes: a sentence's WAV (about 180 KB) written
/// into opusenc's input pipe went in 64 KB at a time and woke the app for every piece opusenc read.
/// </remarks>
public sealed class SpeechAudioEncoder(SpeechEncodingOptions? options = null, ILogger<SpeechAudioEncoder>? log = null)
{
    public const string Tool = "opusenc";
    public const string MediaType = "audio/ogg";

    private readonly SpeechEncodingOptions _options = options ?? new SpeechEncodingOptions();
    private readonly ILogger _log = log ?? (ILogger)NullLogger.Instance;
    private int _missingReported;

    public async Task<SpeechAudio> CompressAsync(SpeechAudio audio, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (!WavFile.IsWav(audio.Bytes)) return audio;
        ct.ThrowIfCancellationRequested();
        var duration = audio.Duration ?? WavFile.Duration(audio.Bytes);
        var wavPath = TemporaryFiles.NewPath("encode", ".wav");
        var oggPath = Path.ChangeExtension(wavPath, ".ogg");
        try
        {
            File.WriteAllBytes(wavPath, audio.Bytes);
            await PipedProcess.RunAsync(_options.EncoderPath, Arguments(wavPath, oggPath), ReadOnlyMemory<byte>.Empty, Tool, _options.Timeout, ct).ConfigureAwait(false);
            var ogg = File.Exists(oggPath) ? File.ReadAllBytes(oggPath) : [];
            if (!IsOgg(ogg)) throw new GenerationException(Tool, "opusenc produced no usable audio.");
            return new SpeechAudio(ogg, MediaType, duration);
        }
        catch (GenerationException ex) when (ex.InnerException is Win32Exception)
        {
            if (Interlocked.Exchange(ref _missingReported, 1) == 0)
                _log.LogWarning("opusenc (opus-tools) is not installed, so narration is stored as WAV, about ten times larger: run scripts/setup.sh");
            return audio;
        }
        catch (GenerationException ex)
        {
            // The sentence was spoken: keep it uncompressed rather than lose it.
            _log.LogWarning(ex, "Compressing a narrated sentence failed ({Detail}); it is stored as WAV", ex.Detail);
            return audio;
        }
        finally
        {
            File.Delete(wavPath);
            File.Delete(oggPath);
        }
    }

    /// <summary>True when <paramref name="bytes"/> starts like an Ogg stream.</summary>
    public static bool IsOgg(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[..4].SequenceEqual("OggS"u8);

    private string[] Arguments(string wavPath, string oggPath) =>
    [
        "--quiet", "--bitrate", _options.BitrateKbps.ToString(CultureInfo.InvariantCulture), "--speech", "--downmix-mono",
        "--comp", _options.Complexity.ToString(CultureInfo.InvariantCulture),
        "--framesize", _options.FrameMilliseconds.ToString(CultureInfo.InvariantCulture),
        "--discard-comments", "--discard-pictures", wavPath, oggPath,
    ];
}
