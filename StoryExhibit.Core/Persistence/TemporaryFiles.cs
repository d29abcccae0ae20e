using System.Diagnostics;

namespace StoryExhibit.Core.Persistence;

/// <summary>
/// Where the app's short-lived files go (a sentence's WAV from espeak-ng, a visitor's recording for the recogniser, the
/// work of a music loop or a video): one folder per running app that only its user can read, deleted when the app ends.
/// An app that was killed cannot delete its own, so the first use in each run deletes the folders of runs whose process
/// is gone.
/// </summary>
public static class TemporaryFiles
{
    private const string Prefix = "storyexhibit-run-";
    private static readonly Lazy<string> RunFolder = new(StartRun);

    /// <summary>This run's folder.</summary>
    public static string Folder => RunFolder.Value;

    /// <summary>A path in this run's folder, under a new random name; the caller deletes the file.</summary>
    public static string NewPath(string name, string extension) => Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}{extension}");

    /// <summary>A new folder in this run's folder; the caller deletes it.</summary>
    public static DirectoryInfo NewFolder(string name) => Directory.CreateDirectory(NewPath(name, ""));

    /// <summary>Deletes the folders of earlier runs whose process has ended; the folders of running apps are left alone.</summary>
    public static void DeleteAbandoned(string parent)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            TryDelete(folder);
        }
    }

    private static string StartRun()
    {
        var parent = Path.GetTempPath();
        try { DeleteAbandoned(parent); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* a shared temp folder may hold what is not ours */ }
        var folder = Path.Combine(parent, Prefix + Environment.ProcessId);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; } // no such process
        catch (InvalidOperationException) { return false; }
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
