using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Stories;

/// <summary>
/// One story, one truth: while another device writes a scene of this story, this page watches it arrive instead of
/// writing its own (<see cref="LiveScenes"/>), then shows the story as stored. A write refused because the story changed
/// under it shows the story as it is now, and a deleted story says so plainly.
/// </summary>
public sealed partial class StorySession
{
    private SynchronizationContext? _circuitContext;
    private CancellationTokenSource? _watching;
    private Task _watcher = Task.CompletedTask;

    /// <summary>The scene being written comes from another device; this page follows it and cannot stop it.</summary>
    public bool WritingElsewhere { get; private set; }

    /// <summary>The story was deleted while it was open here.</summary>
    public bool Deleted { get; private set; }

    /// <summary>News of any story, raised on the thread that caused it: handled on this circuit's own.</summary>
    private void OnStoryNews(Guid storyId, LiveStoryNews news)
    {
        if (Story?.Id != storyId) return;
        OnCircuit(() =>
        {
            if (Story?.Id != storyId) return;
            if (news == LiveStoryNews.Deleted) OnDeleted();
            else WatchIfWritten();
        });
    }

    private void OnCircuit(Action action)
    {
        if (_circuitContext is { } context) context.Post(_ => action(), null);
        else action();
    }

    /// <summary>Follows the scene another device is writing on this story, if any (and this page is not writing one itself).</summary>
    private void WatchIfWritten()
    {
        if (Story is null || Deleted || _writing is not null || _watching is not null) return;
        if (live.Watching(Story.Id) is not { } scene) return;
        _watching = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
        WritingElsewhere = true;
        Problem = null;
        _watcher = WatchAsync(scene, _watching.Token);
    }

    private async Task WatchAsync(LiveScene scene, CancellationToken ct)
    {
        var finished = false;
        try
        {
            // The scene as stored when it began (with the choice it follows, even one typed on the other device); its
            // words reach the page over HTTP, as on the writer's device.
            StreamingProse = "";
            if (!await ReloadAsync(scene.SceneId, ct)) return;
            finished = await scene.Ended.WaitAsync(ct);
            await ReloadAsync(scene.SceneId, ct);
        }
        catch (OperationCanceledException) { }
        finally
        {
            WritingElsewhere = false;
            _watching?.Dispose();
            _watching = null;
            Refresh();
        }
        if (finished && Tree.Current is { } written && written.Id == scene.SceneId) narration.SceneFinished(written, narratedLive: false);
    }

    /// <summary>The story as stored now, on <paramref name="sceneId"/> (or where it was); false when it was deleted.</summary>
    private async Task<bool> ReloadAsync(Guid? sceneId, CancellationToken ct)
    {
        if (Story is null) return false;
        var stored = await engine.GetAsync(Story.Id, ct);
        if (stored is null)
        {
            OnDeleted();
            return false;
        }
        var current = sceneId ?? Story.CurrentSceneId;
        if (current is { } id && stored.Scenes.Any(s => s.Id == id)) stored.CurrentSceneId = id;
        Story = stored;
        Refresh();
        return true;
    }

    /// <summary>Another device is writing a scene of this story: nothing new is started here (nor the visitor's allowance spent); this page follows it.</summary>
    private bool RefuseWhileWrittenElsewhere()
    {
        if (Story is null || _writing is not null || !live.IsWriting(Story.Id)) return false;
        Problem = StoryBusyException.Text;
        Changed?.Invoke();
        WatchIfWritten();
        return true;
    }

    /// <summary>A write was refused because the story changed under it: nothing was saved; show the story as it is now.</summary>
    private async Task OnStoryChangedAsync(StoryChangedException changed)
    {
        if (changed is StoryDeletedException) { OnDeleted(); return; }
        log.LogInformation("A write to story {SessionCode} was refused: {Reason}", Story?.SessionCode, changed.GetType().Name);
        Problem = changed.Message;
        if (changed is StoryBusyException) { Changed?.Invoke(); WatchIfWritten(); return; }
        await ReloadAsync(null, _circuit.Token);
    }

    private void OnDeleted()
    {
        if (Deleted) return;
        Deleted = true;
        Problem = null;
        _writing?.Cancel();
        _watching?.Cancel();
        narration.Stop();
        log.LogInformation("Story {SessionCode} was deleted while it was open", Story?.SessionCode);
        Changed?.Invoke();
    }

    private async Task StopWatchingAsync()
    {
        _watching?.Cancel();
        try { await _watcher; } catch (OperationCanceledException) { }
    }
}
