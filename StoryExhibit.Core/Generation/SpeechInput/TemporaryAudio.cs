namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>Short-lived audio files for tools that read only files: in a folder only this user can read, under random names.</summary>
internal static class TemporaryAudio
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "storyexhibit-speech-input");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    });

    public static string PathFor(string extension) => Path.Combine(Folder.Value, Guid.NewGuid().ToString("N") + extension);

    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new FileStream(path, options);
        await file.WriteAsync(bytes, ct).ConfigureAwait(false);
    }

    public static void Delete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* left in the private folder rather than failing the visitor */ }
        catch (UnauthorizedAccessException) { }
    }
}
