using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryExhibit.Core.Generation.Speech.Compression;

/// <summary>
/// Compresses a narrated sentence from WAV to Ogg Opus through opusenc (opus-tools; about a tenth of the size), piping
/// the audio in and out. Browsers decode Ogg Opus with its encoder delay trimmed, so sentences still join without a gap.
/// Audio that is not WAV (an MP3 from a speech server) is already compressed and passes through. Without opusenc the
/// WAV is kept, and a warning is logged once.
/// </summary>
/// <remarks>
/// opusenc, not ffmpeg: ffmpeg loads about a hundred libraries at every start, which cost as much CPU as encoding the
/// sentence (170 ms of CPU a sentence against 96 ms, measured). One encoder is kept started and waiting for its input,
/// so the first sentence of a narration, which the visitor waits for, pays only the encoding.
/// </remarks>
public sealed class SpeechAudioEncoder : IDisposable
{
    public const string Tool = "opusenc";
    public const string MediaType = "audio/ogg";

    private readonly SpeechEncodingOptions _options;
    private readonly ILogger _log;
    private PipedProcess? _spare;
    private int _missingReported;
    private volatile bool _disposed;

    public SpeechAudioEncoder(SpeechEncodingOptions? options = null, ILogger<SpeechAudioEncoder>? log = null)
    {
        _options = options ?? new SpeechEncodingOptions();
        _log = log ?? (ILogger)NullLogger.Instance;
        KeepOneStarted();
    }

    public async Task<SpeechAudio> CompressAsync(SpeechAudio audio, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (!WavFile.IsWav(audio.Bytes)) return audio;
        var duration = audio.Duration ?? WavFile.Duration(audio.Bytes);
        try
        {
            byte[] ogg;
            using (var opusenc = TakeStarted())
                ogg = await opusenc.RunAsync(audio.Bytes, _options.Timeout, ct).ConfigureAwait(false);
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
            KeepOneStarted();
        }
    }

    /// <summary>True when <paramref name="bytes"/> starts like an Ogg stream.</summary>
    public static bool IsOgg(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[..4].SequenceEqual("OggS"u8);

    private PipedProcess TakeStarted()
    {
        var spare = Interlocked.Exchange(ref _spare, null);
        if (spare is { IsRunning: true }) return spare;
        spare?.Dispose();
        return PipedProcess.Start(_options.EncoderPath, Arguments(), Tool);
    }

    private void KeepOneStarted()
    {
        if (_disposed || Volatile.Read(ref _missingReported) == 1 || Volatile.Read(ref _spare) is not null) return;
        try
        {
            var started = PipedProcess.Start(_options.EncoderPath, Arguments(), Tool);
            if (Interlocked.CompareExchange(ref _spare, started, null) is not null || _disposed) started.Dispose();
        }
        catch (GenerationException) { /* the next sentence starts its own, and reports why it cannot */ }
    }

    // WAV on standard input (its length may be unknown, as espeak-ng writes it to a pipe), Ogg Opus on standard output.
    private string[] Arguments() =>
    [
        "--quiet", "--bitrate", _options.BitrateKbps.ToString(CultureInfo.InvariantCulture), "--speech", "--downmix-mono",
        "--discard-comments", "--discard-pictures", "-", "-",
    ];

    public void Dispose()
    {
        _disposed = true;
        Interlocked.Exchange(ref _spare, null)?.Dispose();
    }
}
