using System.Threading.Channels;

namespace StoryExhibit.Core.Stories;

/// <summary>One moment of a scene being written, as every device on the story sees it. Immutable, so it can cross circuits.</summary>
/// <param name="Prose">The prose written so far (the whole of it, not what is new).</param>
/// <param name="Finished">True for the last frame: the scene is saved.</param>
public sealed record LiveSceneFrame(Guid StoryId, Guid SceneId, string Prose, bool Finished);

/// <summary>
/// The one scene being written for a story: the writer publishes its progress here and every other device on the story
/// follows it. A watcher first gets the newest frame (the prose so far), then each one after it; frames carry all the
/// prose so far, so a slow watcher may skip frames without losing words, and the finished frame is always delivered.
/// Disposing it (the writer is done, whatever happened) ends every watch and frees the story for the next writer.
/// </summary>
public sealed class LiveScene : IAsyncDisposable
{
    private readonly LiveScenes _registry;
    private readonly Lock _lock = new();
    private readonly List<Channel<LiveSceneFrame>> _watchers = [];
    private readonly TaskCompletionSource<bool> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LiveSceneFrame? _latest;
    private bool _ended;

    internal LiveScene(LiveScenes registry, Guid storyId)
    {
        _registry = registry;
        StoryId = storyId;
    }

    public Guid StoryId { get; }

    /// <summary>The scene being written, once it is stored.</summary>
    public Guid? SceneId { get; private set; }

    /// <summary>Ends when the scene's writer is done: true when the scene was finished and saved (stopped included), false when writing broke off.</summary>
    public Task<bool> Ended => _end.Task;

    /// <summary>The scene is stored and about to be written: tells every device on the story to follow it.</summary>
    public void Begin(Scene scene)
    {
        SceneId = scene.Id;
        Publish(new LiveSceneFrame(StoryId, scene.Id, scene.Prose, Finished: false));
        _registry.Announce(StoryId, LiveStoryNews.SceneStarted);
    }

    /// <summary>Shows the writer's progress to every watcher; returns it, to be passed on to the writer's own device.</summary>
    public SceneProgress Published(SceneProgress progress)
    {
        Publish(new LiveSceneFrame(StoryId, progress.Scene.Id, progress.Prose, progress.Finished));
        return progress;
    }

    private void Publish(LiveSceneFrame frame)
    {
        lock (_lock)
        {
            if (_ended) return;
            _latest = frame;
            foreach (var watcher in _watchers) watcher.Writer.TryWrite(frame);
        }
        if (frame.Finished) _end.TrySetResult(true);
    }

    /// <summary>The prose so far, then every frame until the scene is finished or its writer stops.</summary>
    public IAsyncEnumerable<LiveSceneFrame> WatchAsync(CancellationToken ct)
    {
        var channel = Channel.CreateBounded<LiveSceneFrame>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
        {
            if (_latest is { } latest) channel.Writer.TryWrite(latest);
            if (_ended) channel.Writer.TryComplete();
            else _watchers.Add(channel);
        }
        return ReadAsync(channel, ct);
    }

    private async IAsyncEnumerable<LiveSceneFrame> ReadAsync(Channel<LiveSceneFrame> channel, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        try
        {
            await foreach (var frame in channel.Reader.ReadAllAsync(ct)) yield return frame;
        }
        finally
        {
            lock (_lock) _watchers.Remove(channel);
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _ended = true;
            foreach (var watcher in _watchers) watcher.Writer.TryComplete();
            _watchers.Clear();
        }
        _end.TrySetResult(false);
        _registry.End(this);
        return ValueTask.CompletedTask;
    }
}
