using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>The music cache: one composition per cue, however many ask at once; on disk after that; a failure is not kept.</summary>
public sealed class MusicCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-music-cache-").FullName;
    private static readonly MusicCue Cue = new(MusicMood.Sad, MusicTheme.Calm);

    /// <summary>Writes a small file per composition once released; counts its compositions.</summary>
    private sealed class GatedComposer(string folder) : IMusicComposer
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;
        public int Calls => _calls;
        public bool Fail { get; set; }

        public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            await Release.Task.WaitAsync(ct);
            if (Fail) throw new GenerationException("test", "No music today.");
            var path = Path.Combine(folder, $"work-{Guid.NewGuid():N}.ogg");
            await File.WriteAllBytesAsync(path, "OggS-test"u8.ToArray(), ct);
            return new MusicTrack(path, "audio/ogg", TimeSpan.FromSeconds(42.5));
        }
    }

    [Fact]
    public async Task Visitors_asking_at_once_share_one_composition_and_later_ones_get_the_file()
    {
        var composer = new GatedComposer(_folder);
        using var cache = new MusicCache(composer, _folder, "offline");
        var first = cache.ComposeAsync(Cue, CancellationToken.None);
        var second = cache.ComposeAsync(Cue, CancellationToken.None);
        Assert.Null(cache.Find(Cue));
        composer.Release.SetResult();
        var (a, b) = (await first, await second);

        Assert.Equal(1, composer.Calls);
        Assert.Equal(a.FilePath, b.FilePath);
        Assert.True(File.Exists(a.FilePath));
        Assert.Equal(_folder, Path.GetDirectoryName(a.FilePath));

        var later = await cache.ComposeAsync(Cue, CancellationToken.None);
        Assert.Equal(1, composer.Calls);
        Assert.Equal(a.FilePath, later.FilePath);
        Assert.Equal(42.5, later.Duration.TotalSeconds);

        // A restarted app finds the loop on disk.
        using var restarted = new MusicCache(new GatedComposer(_folder), _folder, "offline");
        Assert.Equal(a.FilePath, restarted.Find(Cue)?.FilePath);
        Assert.Null(restarted.Find(Cue with { Theme = MusicTheme.Cartoon }));
    }

    [Fact]
    public async Task A_visitor_who_leaves_does_not_stop_the_composition_others_wait_for()
    {
        var composer = new GatedComposer(_folder);
        using var cache = new MusicCache(composer, _folder, "offline");
        using var leaving = new CancellationTokenSource();
        var left = cache.ComposeAsync(Cue, leaving.Token);
        var staying = cache.ComposeAsync(Cue, CancellationToken.None);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        composer.Release.SetResult();
        Assert.True(File.Exists((await staying).FilePath));
        Assert.Equal(1, composer.Calls);
    }

    [Fact]
    public async Task A_failed_composition_is_tried_again_by_the_next_request()
    {
        var composer = new GatedComposer(_folder) { Fail = true };
        using var cache = new MusicCache(composer, _folder, "offline");
        composer.Release.SetResult();
        await Assert.ThrowsAsync<GenerationException>(() => cache.ComposeAsync(Cue, CancellationToken.None));
        composer.Fail = false;
        var track = await cache.ComposeAsync(Cue, CancellationToken.None);
        Assert.Equal(2, composer.Calls);
        Assert.True(File.Exists(track.FilePath));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
