namespace StoryExhibit.Core.Generation.Songs;

/// <summary>A visitor's wish for a song ("a lullaby for Pip"), with the story it belongs to, if any.</summary>
public sealed record SongRequest(string Wish, Guid? StoryId);

/// <summary>A finished song: its words and where a browser plays it (an address on this app).</summary>
public sealed record Song(Guid Id, string Title, string Lyrics, string AudioUrl);

/// <summary>
/// Writes and performs songs: offline (lyrics from the story, a melody, sung or spoken by the synthesiser) or through a
/// remote song provider by submit-and-poll. Failures surface as <see cref="GenerationException"/> with a message fit for a visitor.
/// </summary>
public interface ISongMaker
{
    /// <param name="progress">Short lines for the visitor while the song is made ("Writing the words", "Singing").</param>
    Task<Song> MakeAsync(SongRequest request, IProgress<string>? progress, CancellationToken ct);
}
