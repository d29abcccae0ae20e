using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>Short-lived audio files for tools that read only files: in the app's private temporary folder, under random names.</summary>
internal static class TemporaryAudio
{
    public static string PathFor(string extension) => TemporaryFiles.NewPath("recording", extension);

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
