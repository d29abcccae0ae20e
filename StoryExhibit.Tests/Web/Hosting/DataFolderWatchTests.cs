using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Web.Hosting;

/// <summary>
/// The data folder may sit below the app's content root (one given with --contentRoot or ASPNETCORE_CONTENTROOT, the
/// folder the exhibit runs in): folders made there (one for each scene's narration) must not each take an inotify watch
/// of the app, nor wake it at every write.
/// </summary>
public sealed class DataFolderWatchTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("storyexhibit-content-").FullName;

    [Fact]
    public async Task Folders_made_in_the_data_folder_are_not_watched_by_the_app()
    {
        var data = Path.Combine(_contentRoot, "data");
        await using var server = new AppServer(new Dictionary<string, string>
        {
            ["ASPNETCORE_CONTENTROOT"] = _contentRoot,
            ["ConnectionStrings__StoryExhibit"] = $"Data Source={Path.Combine(data, "stories.db")}",
        });
        await server.StartAsync();
        Assert.Contains($"Content root path: {_contentRoot}", server.Output);
        var before = InotifyWatches(server.Process.Id);

        var root = Path.Combine(data, "narration-test");
        for (var i = 0; i < 40; i++) Directory.CreateDirectory(Path.Combine(root, $"scene-{i}"));
        var after = before;
        for (var waited = 0; waited < 3000 && after == before; waited += 100)
        {
            await Task.Delay(100);
            after = InotifyWatches(server.Process.Id);
        }

        Assert.Equal(before, after);
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    /// <summary>The inotify watches a process holds, from /proc (Linux): one "inotify wd:" line per watch.</summary>
    private static int InotifyWatches(int pid)
    {
        var count = 0;
        foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fdinfo"))
        {
            try { count += File.ReadLines(fd).Count(l => l.StartsWith("inotify wd:", StringComparison.Ordinal)); }
            catch (IOException) { } // closed meanwhile
        }
        return count;
    }
}
