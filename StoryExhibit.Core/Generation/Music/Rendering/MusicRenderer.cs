using System.Globalization;
using StoryExhibit.Core.Generation.Music.Midi;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Music.Rendering;

/// <summary>
/// Plays a MIDI song through FluidSynth with a General MIDI SoundFont and encodes a stretch of it to Ogg Opus with
/// ffmpeg. Both tools run through <see cref="PipedProcess"/> (no shell); the MIDI and WAV files live in a folder of
/// their own that is removed afterwards.
/// </summary>
public sealed class MusicRenderer(Func<MusicOptions> current)
{
    public const string FluidSynth = "fluidsynth";
    public const string Ffmpeg = "ffmpeg";

    /// <summary>Renders <paramref name="song"/> and returns the Ogg Opus audio from <paramref name="from"/> lasting <paramref name="length"/>.</summary>
    public async Task<byte[]> RenderAsync(MidiSong song, TimeSpan from, TimeSpan length, CancellationToken ct)
    {
        var options = current();
        if (!File.Exists(options.SoundFont))
            throw new GenerationException(FluidSynth, "The music SoundFont is missing.", detail: $"No SoundFont at {options.SoundFont}: install timgm6mb-soundfont (scripts/setup.sh) or set Music:SoundFont.");
        var work = TemporaryFiles.NewFolder("music");
        try
        {
            var midi = Path.Combine(work.FullName, "loop.mid");
            var wav = Path.Combine(work.FullName, "loop.wav");
            await File.WriteAllBytesAsync(midi, MidiFileWriter.Write(song), ct).ConfigureAwait(false);
            await PipedProcess.RunAsync(options.FluidSynthPath,
                ["-n", "-i", "-q", "-g", "0.7", "-r", "44100", "-T", "wav", "-F", wav, options.SoundFont, midi],
                ReadOnlyMemory<byte>.Empty, FluidSynth, options.Timeout, ct).ConfigureAwait(false);
            if (!File.Exists(wav)) throw new GenerationException(FluidSynth, "FluidSynth made no audio.");
            var ogg = await PipedProcess.RunAsync(options.FfmpegPath,
            [
                "-hide_banner", "-loglevel", "error", "-nostdin", "-i", wav,
                "-ss", Seconds(from), "-t", Seconds(length), "-map_metadata", "-1",
                "-c:a", "libopus", "-b:a", $"{options.BitrateKbps.ToString(CultureInfo.InvariantCulture)}k", "-f", "ogg", "pipe:1",
            ], ReadOnlyMemory<byte>.Empty, Ffmpeg, options.Timeout, ct).ConfigureAwait(false);
            if (ogg.Length < 4 || !ogg.AsSpan(0, 4).SequenceEqual("OggS"u8)) throw new GenerationException(Ffmpeg, "ffmpeg produced no usable music.");
            return ogg;
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* a temporary folder left behind is harmless */ }
        }
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
