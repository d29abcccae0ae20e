using System.Collections.Concurrent;

namespace StoryExhibit.Core.Stories;

/// <summary>What happened to a story that devices showing it should know at once.</summary>
public enum LiveStoryNews
{
    /// <summary>A scene began to be written: follow it (<see cref="LiveScenes.Watching"/>).</summary>
    SceneStarted,
    /// <summary>The story was deleted.</summary>
    Deleted,
}

/// <summary>
/// The per-story gate of the whole server: at most one scene of a story is written at a time, by whichever device asked
/// first, and every other device on the story watches it (<see cref="LiveScene"/>). One instance per app.
/// </summary>
public sealed class LiveScenes
{
    private readonly ConcurrentDictionary<Guid, LiveScene> _writing = new();

    /// <summary>Raised on the thread that caused it, for every story: listeners pick their own story's news.</summary>
    public event Action<Guid, LiveStoryNews>? News;

    /// <summary>The story's gate if no other scene of it is being written; null when one is.</summary>
    public LiveScene? TryBegin(Guid storyId)
    {
        var live = new LiveScene(this, storyId);
        return _writing.TryAdd(storyId, live) ? live : null;
    }

    public bool IsWriting(Guid storyId) => _writing.ContainsKey(storyId);

    /// <summary>The scene of the story being written right now, once it is stored; null when none is.</summary>
    public LiveScene? Watching(Guid storyId) => _writing.TryGetValue(storyId, out var live) && live.SceneId is not null ? live : null;

    /// <summary>The scene being written right now with this id, on any story; null when it is not being written.</summary>
    public LiveScene? Writing(Guid sceneId) => _writing.Values.FirstOrDefault(live => live.SceneId == sceneId);

    /// <summary>The story was deleted: devices showing it say so.</summary>
    public void Deleted(Guid storyId) => Announce(storyId, LiveStoryNews.Deleted);

    internal void Announce(Guid storyId, LiveStoryNews news) => News?.Invoke(storyId, news);

    internal void End(LiveScene live) => _writing.TryRemove(new KeyValuePair<Guid, LiveScene>(live.StoryId, live));
}
