using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation.Music.Rendering;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Remote;

namespace StoryExhibit.Core.Generation.Music.Remote;

/// <summary>
/// Loops from the song service that songs use: an instrumental piece ordered by mood and theme
/// (<see cref="MusicPrompt"/>), made by submit-and-poll (<see cref="RemoteSongClient"/>: retries, timeouts, cancel),
/// downloaded and turned into the cache's Ogg Opus loop (<see cref="LoopEncoder"/>).
/// </summary>
public sealed class SongServiceMusicComposer(Func<SongOptions> songs, LoopEncoder encoder, HttpClient http, string folder, ILogger? log = null) : IMusicComposer
{
    public const string Provider = nameof(MusicProvider.SongService);

    public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var order = new RemoteSongOrder(MusicPrompt.TitleOf(cue), "", MusicPrompt.StyleOf(cue), Instrumental: true);
        var piece = await new RemoteSongClient(songs(), http, log).MakeAsync(order, null, ct).ConfigureAwait(false);
        var ogg = await encoder.EncodeAsync(piece.Bytes, ct).ConfigureAwait(false);
        var length = OggLength.Of(ogg);
        if (length <= TimeSpan.Zero) throw new GenerationException(Provider, "The song service's music could not be used.", detail: "The converted loop has no length.");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{cue.Mood}-{cue.Theme}-{Guid.NewGuid():N}.ogg".ToLowerInvariant());
        await File.WriteAllBytesAsync(path, ogg, ct).ConfigureAwait(false);
        return new MusicTrack(path, OfflineMusicComposer.MediaType, length);
    }
}
