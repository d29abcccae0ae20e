using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Generation.Songs;

/// <summary>The songs capability in the generator kernel: writes and performs a song the visitor wished for.</summary>
public sealed class SongPlugin(ISongMaker songs)
{
    public const string Name = "Songs";
    public const string MakeSong = "make_song";

    [KernelFunction(MakeSong)]
    [Description("Writes and performs a short song from the visitor's wish (a lullaby, an adventure song, a funny or a sad song) about their story; returns the song's title, words and audio address.")]
    public Task<Song> MakeSongAsync(
        [Description("The visitor's wish, e.g. \"a lullaby for Pip\".")] string wish,
        [Description("The story the song is about, if any.")] Guid? storyId,
        CancellationToken ct) =>
        songs.MakeAsync(new SongRequest(wish, storyId), progress: null, ct);
}
