using System.Diagnostics;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Persistence;

public sealed class TemporaryFilesTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("storyexhibit-temporary-files-test-").FullName;

    [Fact]
    public void The_folders_of_runs_whose_app_was_killed_are_deleted_and_those_of_running_apps_kept()
    {
        var ended = Process.Start("true")!;
        ended.WaitForExit();
        using var running = Process.Start("sleep", "30")!;
        try
        {
            var abandoned = RunFolder(ended.Id, withFile: true);
            var alive = RunFolder(running.Id, withFile: true);
            var own = RunFolder(Environment.ProcessId, withFile: false);
            var other = Directory.CreateDirectory(Path.Combine(_parent, "storyexhibit-run-notes")).FullName;

            TemporaryFiles.DeleteAbandoned(_parent);

            Assert.False(Directory.Exists(abandoned));
            Assert.True(Directory.Exists(alive));
            Assert.True(Directory.Exists(own));
            Assert.True(Directory.Exists(other));
        }
        finally
        {
            running.Kill();
        }
    }

    [Fact]
    public void New_paths_and_folders_are_in_this_runs_private_folder_under_new_names()
    {
        var first = TemporaryFiles.NewPath("speech", ".wav");
        var second = TemporaryFiles.NewPath("speech", ".wav");
        var folder = TemporaryFiles.NewFolder("video");
        try
        {
            Assert.NotEqual(first, second);
            Assert.Equal(TemporaryFiles.Folder, Path.GetDirectoryName(first));
            Assert.EndsWith($"storyexhibit-run-{Environment.ProcessId}", TemporaryFiles.Folder, StringComparison.Ordinal);
            Assert.StartsWith("speech-", Path.GetFileName(first), StringComparison.Ordinal);
            Assert.True(folder.Exists);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(TemporaryFiles.Folder));
        }
        finally
        {
            folder.Delete();
        }
    }

    private string RunFolder(int pid, bool withFile)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_parent, $"storyexhibit-run-{pid}")).FullName;
        if (withFile) File.WriteAllText(Path.Combine(folder, "speech-1.wav"), "RIFF");
        return folder;
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
