using System.Globalization;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Music.Rendering;

/// <summary>
/// Turns a piece of audio from elsewhere (a song service's MP3, WAV, FLAC or Ogg) into the cache's Ogg Opus loop with
/// ffmpeg: at most <see cref="MusicOptions.MaxLoopLength"/> long, with short fades at both ends so the loop comes round
/// without a click. The audio goes through a file of its own (MP4 cannot be read from a pipe), removed afterwards.
/// </summary>
public sealed class LoopEncoder(Func<MusicOptions> current)
{
    public async Task<byte[]> EncodeAsync(byte[] audio, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var options = current();
        var input = TemporaryFiles.NewPath("piece", ".audio");
        await File.WriteAllBytesAsync(input, audio, ct).ConfigureAwait(false);
        try
        {
            var seconds = options.MaxLoopLength.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
            var ogg = await PipedProcess.RunAsync(options.FfmpegPath,
            [
                "-hide_banner", "-loglevel", "error", "-nostdin", "-i", input, "-t", seconds, "-map_metadata", "-1", "-vn",
                // Fade in; then the same at the end, by fading the reversed audio in.
                "-af", "afade=t=in:d=0.4,areverse,afade=t=in:d=1.2,areverse",
                "-c:a", "libopus", "-b:a", $"{options.BitrateKbps.ToString(CultureInfo.InvariantCulture)}k", "-f", "ogg", "pipe:1",
            ], ReadOnlyMemory<byte>.Empty, MusicRenderer.Ffmpeg, options.Timeout, ct).ConfigureAwait(false);
            if (ogg.Length < 4 || !ogg.AsSpan(0, 4).SequenceEqual("OggS"u8)) throw new GenerationException(MusicRenderer.Ffmpeg, "ffmpeg produced no usable music.");
            return ogg;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
