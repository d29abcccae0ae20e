using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Songs;

/// <summary>
/// Where songs live on disk: in the story's own folder (<c>illustrations/{story}/songs</c>), so erasing a story (and the
/// orphan sweep) takes its songs with it; a song without a story in <c>songs/</c>. A song's file name is its id and
/// the extension of its format; nothing from a visitor or provider reaches a path.
/// </summary>
public sealed class SongFiles(DataFolders folders)
{
    private static readonly (string Extension, string MediaType)[] Formats =
        [(".ogg", "audio/ogg"), (".mp3", "audio/mpeg"), (".wav", "audio/wav"), (".m4a", "audio/mp4"), (".flac", "audio/flac")];

    public string FolderFor(Guid? storyId) => storyId is { } id
        ? Path.Combine(folders.Illustrations, id.ToString("N"), "songs")
        : Path.Combine(folders.Root, "songs");

    public static string ExtensionFor(string mediaType) =>
        Formats.FirstOrDefault(f => f.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Extension ?? ".ogg";

    public async Task<string> SaveAsync(Guid? storyId, Guid songId, byte[] audio, string mediaType, CancellationToken ct)
    {
        var folder = FolderFor(storyId);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, songId.ToString("N") + ExtensionFor(mediaType));
        var partial = path + ".part";
        await File.WriteAllBytesAsync(partial, audio, ct).ConfigureAwait(false);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>The stored song and its media type, or null.</summary>
    public (string Path, string MediaType)? Find(Guid? storyId, Guid songId)
    {
        var folder = FolderFor(storyId);
        foreach (var (extension, mediaType) in Formats)
        {
            var path = Path.Combine(folder, songId.ToString("N") + extension);
            if (File.Exists(path)) return (path, mediaType);
        }
        return null;
    }

    /// <summary>The address the song is served at (<c>Web/Songs</c>).</summary>
    public static string UrlFor(Guid? storyId, Guid songId) =>
        storyId is { } story ? $"/songs/{story:N}/{songId:N}" : $"/songs/{songId:N}";
}
