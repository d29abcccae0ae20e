using StoryExhibit.Core.Generation.Music.Composition;
using StoryExhibit.Core.Generation.Music.Midi;
using StoryExhibit.Core.Generation.Music.Rendering;

namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// The built-in composer: writes the loop for the cue (<see cref="LoopComposer"/>), renders it and keeps the second of
/// two passes. That pass begins with the first one's reverb and last notes still ringing, just as it will when the
/// loop comes round, so it joins its own start without a seam.
/// </summary>
public sealed class OfflineMusicComposer(MusicRenderer renderer, string folder) : IMusicComposer
{
    public const string MediaType = "audio/ogg";

    public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var style = MusicStyle.For(cue);
        var song = LoopComposer.Compose(cue, passes: 2);
        var loop = song.DurationOf(LoopComposer.LoopTicks(style));
        var ogg = await renderer.RenderAsync(song, loop, loop, ct).ConfigureAwait(false);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{cue.Mood}-{cue.Theme}-{Guid.NewGuid():N}.ogg".ToLowerInvariant());
        await File.WriteAllBytesAsync(path, ogg, ct).ConfigureAwait(false);
        return new MusicTrack(path, MediaType, loop);
    }

    /// <summary>The loop for <paramref name="cue"/> as a MIDI file, one pass.</summary>
    public static byte[] Midi(MusicCue cue) => MidiFileWriter.Write(LoopComposer.Compose(cue));
}
