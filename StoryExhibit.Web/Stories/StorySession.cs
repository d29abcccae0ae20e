using System.Collections.Concurrent;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Narration;

namespace StoryExhibit.Web.Stories;

/// <summary>
/// The story page's state for one visitor's circuit: the story, its tree, and the scene being written.
/// The page re-renders on <see cref="Changed"/> (the tree or the current scene changed): a scene being written is
/// rendered with its first words and again when it ends, its words between reach the page over HTTP
/// (<see cref="LiveSceneEndpoints"/>), so a streamed word costs the circuit nothing.
/// Ending the circuit disposes the session, which stops any scene being written; the engine saves it.
/// A scene written from another device on the same story is watched live (StorySession.Live.cs).
/// </summary>
public sealed partial class StorySession : IAsyncDisposable, IDisposable
{
    private readonly StoryEngine engine;
    private readonly NarrationSession narration;
    private readonly SceneIllustrations illustrations;
    private readonly IllustrationFeed feed;
    private readonly EventRecorder events;
    private readonly ILogger<StorySession> log;
    private readonly VisitorGate gate;
    private readonly VisitorTextGuard guard;
    private readonly LiveScenes live;
    private readonly HashSet<Guid> _withoutPicture = [];
    // Pictures already counted as shown (touched by the picture worker's thread too).
    private readonly ConcurrentDictionary<Guid, byte> _shown = new();

    public StorySession(StoryEngine engine, NarrationSession narration, SceneIllustrations illustrations, IllustrationFeed feed, EventRecorder events,
        VisitorGate gate, VisitorTextGuard guard, LiveScenes live, ILogger<StorySession> log)
    {
        this.live = live;
        this.guard = guard;
        this.events = events;
        this.gate = gate;
        this.engine = engine;
        this.narration = narration;
        this.illustrations = illustrations;
        this.feed = feed;
        this.log = log;
        feed.Updated += OnIllustrationUpdated;
        live.News += OnStoryNews;
    }

    private readonly CancellationTokenSource _circuit = new();
    private CancellationTokenSource? _writing;
    private Task _writer = Task.CompletedTask;

    public Story? Story { get; private set; }
    public StoryTree Tree { get; private set; } = new([], null);
    /// <summary>A scene of the story is being written, here or (<see cref="WritingElsewhere"/>) on another device.</summary>
    public bool IsWriting => _writing is not null || WritingElsewhere;
    /// <summary>The prose of the scene being written as far as it had come when the page first showed it (its words after that travel over HTTP).</summary>
    public string StreamingProse { get; private set; } = "";
    /// <summary>The newest picture of each scene, by scene id.</summary>
    public IReadOnlyDictionary<Guid, Illustration> Pictures => _pictures;
    // Written by the picture worker's thread as well as the circuit's.
    private ConcurrentDictionary<Guid, Illustration> _pictures = new();

    /// <summary>A message for the visitor about the last thing that went wrong, if any.</summary>
    public string? Problem { get; private set; }

    /// <summary>Why the visitor's own choice was refused (it does not fit the story), shown at its box; the text stays there.</summary>
    public string? OwnChoiceProblem { get; private set; }

    public event Action? Changed;

    public async Task<bool> OpenAsync(string sessionCode)
    {
        _circuitContext = SynchronizationContext.Current;
        await StopAsync();
        await StopWatchingAsync();
        Problem = null;
        Deleted = false;
        Story = await engine.OpenAsync(sessionCode, _circuit.Token);
        _pictures = new(Story is null ? [] : await illustrations.ForStoryAsync(Story.Id, _circuit.Token));
        Refresh();
        WatchIfWritten();
        return Story is not null;
    }

    /// <summary>Writes the first scene if the story has none yet.</summary>
    public void BeginIfEmpty()
    {
        if (Story is { Scenes.Count: 0 }) StartWriting(ct => engine.ContinueAsync(Story, null, null, ct));
    }

    /// <summary>Follows a choice: to the scene already written for it, or a new one (if branching and the visitor's allowance permit).</summary>
    public void Choose(Guid sceneId, Guid choiceId)
    {
        if (Tree.ChildVia(choiceId) is null && (Refuse(BranchingProblem(sceneId)) || RefuseWhileWrittenElsewhere() || Refuse(gate.TryWriteScene()))) return;
        StartWriting(ct => engine.ContinueAsync(Story!, sceneId, choiceId, ct));
    }

    /// <summary>The visitor's own choice. When it cannot be taken now the text stays where it was typed.</summary>
    public async Task ChooseOwnAsync(Guid sceneId, string text)
    {
        OwnChoiceProblem = null;
        text = StoryRules.NormalizeChoice(text);
        if (!gate.Features.CustomChoices) { Refuse("Writing your own choice is switched off just now: please pick one of the choices."); return; }
        Problem = StoryRules.CheckCustomChoice(text);
        if (Problem is not null) { Changed?.Invoke(); return; }
        if (Refuse(BranchingProblem(sceneId)) || RefuseWhileWrittenElsewhere()) return;
        // Checked before the allowance is spent: a refused text costs the visitor nothing.
        if (await guard.CheckAsync(VisitorTextField.OwnChoice, text, Story!, _circuit.Token) is { } refusal)
        {
            OwnChoiceProblem = refusal;
            Changed?.Invoke();
            return;
        }
        if (Refuse(gate.TryWriteScene())) return;
        Choice choice;
        try
        {
            choice = await engine.AddCustomChoiceAsync(Story!, sceneId, text, _circuit.Token);
        }
        catch (ContentRefusedException refused)
        {
            OwnChoiceProblem = refused.Problems[0].Message;
            Changed?.Invoke();
            return;
        }
        catch (StoryChangedException changed)
        {
            await OnStoryChangedAsync(changed);
            return;
        }
        StartWriting(ct => engine.ContinueAsync(Story!, sceneId, choice.Id, ct));
    }

    public void Regenerate(Guid sceneId)
    {
        if (RefuseWhileWrittenElsewhere() || Refuse(gate.TryWriteScene())) return;
        StartWriting(ct => engine.RegenerateAsync(Story!, sceneId, ct));
    }

    /// <summary>
    /// Lets the storyteller carry on a scene cut short from its saved words. Not narrated live: the words read so far
    /// already have their narration, which is read on from there when the scene is finished.
    /// </summary>
    public void CarryOn(Guid sceneId)
    {
        if (RefuseWhileWrittenElsewhere() || Refuse(gate.TryWriteScene())) return;
        StartWriting(ct => engine.ResumeAsync(Story!, sceneId, ct), narrateLive: false, Tree.Find(sceneId)?.Prose ?? "");
    }

    /// <summary>Whether the exhibit lets this visitor go back and take another path (staff switch).</summary>
    public bool BranchingAllowed => gate.Features.Branching;

    /// <summary>Whether scene pictures are painted and shown (staff switch).</summary>
    public bool IllustrationsShown => gate.Features.Illustrations;

    /// <summary>Whether the visitor may write their own choice (staff switch).</summary>
    public bool CustomChoicesAllowed => gate.Features.CustomChoices;

    private string? BranchingProblem(Guid sceneId) => !gate.Features.Branching && Tree.ChildrenOf(sceneId).Count > 0
        ? "Taking another path is switched off just now: carry on from the last scene of your story."
        : null;

    private bool Refuse(RateDecision decision) => Refuse(decision.Allowed ? null : decision.Message);

    private bool Refuse(string? problem)
    {
        if (problem is null) return false;
        Problem = problem;
        Changed?.Invoke();
        return true;
    }

    public async Task MoveToAsync(Guid sceneId)
    {
        if (IsWriting || Story is null || Deleted) return;
        try
        {
            await engine.MoveToAsync(Story, sceneId, _circuit.Token);
        }
        catch (StoryChangedException changed)
        {
            await OnStoryChangedAsync(changed);
            return;
        }
        Refresh();
    }

    /// <summary>Stops the scene being written, and its narration; what was written is kept and saved.</summary>
    public async Task StopAsync()
    {
        _writing?.Cancel();
        narration.Stop();
        await _writer;
    }

    private void StartWriting(Func<CancellationToken, IAsyncEnumerable<SceneProgress>> write, bool narrateLive = true, string soFar = "")
    {
        if (IsWriting || Story is null || Deleted) return;
        Problem = null;
        StreamingProse = soFar;
        _writing = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
        _writer = RunAsync(write(_writing.Token), narrateLive);
    }

    private async Task RunAsync(IAsyncEnumerable<SceneProgress> progress, bool narrateLive)
    {
        StoryChangedException? changedUnder = null;
        LiveNarration? narrate = null;
        Scene? scene = null;
        var steps = progress.GetAsyncEnumerator();
        try
        {
            if (await steps.MoveNextAsync())
            {
                var first = steps.Current;
                scene = first.Scene;
                StreamingProse = first.Prose;
                narrate = first.Finished || !narrateLive ? null : narration.BeginLive(scene.Id);
                // The page shows the scene with its first words; the words after them reach it over HTTP (LiveSceneEndpoints).
                Refresh();
                narrate?.Show(first.Prose);
                if (!first.Finished) await FollowAsync(steps, narrate);
            }
            narrate?.Complete();
            if (scene is not null)
            {
                narration.SceneFinished(scene, narratedLive: narrate is not null);
                await IllustrateAsync(scene);
            }
        }
        catch (StoryChangedException changed)
        {
            changedUnder = changed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Writing a scene of story {SessionCode} failed", Story?.SessionCode);
            Problem = "Something went wrong while writing this scene. Your story so far is saved; please try again.";
        }
        catch (OperationCanceledException) { }
        finally
        {
            narrate?.Complete();
            await steps.DisposeAsync();
            _writing?.Dispose();
            _writing = null;
            Refresh();
        }
        if (changedUnder is not null) await OnStoryChangedAsync(changedUnder);
    }

    /// <summary>
    /// The rest of the scene, read on the thread pool (each step would otherwise wake the circuit): the page gets its
    /// words over HTTP, narration is shown each step. Returns to the circuit once the scene is finished.
    /// </summary>
    private static async Task FollowAsync(IAsyncEnumerator<SceneProgress> steps, LiveNarration? narrate)
    {
        while (await steps.MoveNextAsync().ConfigureAwait(false))
        {
            narrate?.Show(steps.Current.Prose);
            if (steps.Current.Finished) return;
        }
    }

    /// <summary>The picture of a scene that has prose, unless the visitor chose to go on without one.</summary>
    public Illustration? PictureFor(Scene scene)
        => !gate.Features.Illustrations || _withoutPicture.Contains(scene.Id) ? null : _pictures.GetValueOrDefault(scene.Id);

    public async Task RetryPictureAsync(Guid illustrationId)
    {
        if (await illustrations.RetryAsync(illustrationId, _circuit.Token) is { } picture) _pictures[picture.SceneId] = picture;
        Changed?.Invoke();
    }

    /// <summary>Makes a picture painted in the chat the scene's picture, for everyone on the story; returns why it could not, or null.</summary>
    public async Task<string?> UsePictureAsync(Guid sceneId, GeneratedImage image)
    {
        if (Story is null) return "Open a story first.";
        if (!gate.Features.Illustrations) return "Pictures are switched off in this exhibit just now.";
        if (await illustrations.AddPaintedAsync(Story.Id, sceneId, image, _circuit.Token) is not { } picture) return "That scene is not in this story.";
        _pictures[sceneId] = picture;
        _withoutPicture.Remove(sceneId);
        NotePictureShown(picture);
        Changed?.Invoke();
        return null;
    }

    /// <summary>"Continue without a picture": the failed picture is put away for this scene.</summary>
    public void GoOnWithoutPicture(Guid sceneId)
    {
        _withoutPicture.Add(sceneId);
        Changed?.Invoke();
    }

    private async Task IllustrateAsync(Scene scene)
    {
        if (Story is null || scene.Prose.Length == 0 || scene.State is SceneState.Failed or SceneState.Writing || !gate.Features.Illustrations) return;
        try
        {
            var picture = await illustrations.RequestAsync(Story, scene, _circuit.Token);
            _pictures[scene.Id] = picture;
            NotePictureShown(picture);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Asking for the picture of scene {SceneId} failed", scene.Id);
        }
    }

    private void OnIllustrationUpdated(IllustrationUpdate update)
    {
        if (Story is null || update.StoryId != Story.Id) return;
        // The newest picture of a scene wins: one painted for the scene before a chat picture was added finishes too late to replace it.
        _pictures.AddOrUpdate(update.SceneId, update.Illustration,
            (_, shown) => shown.Id != update.Illustration.Id && shown.CreatedUtc > update.Illustration.CreatedUtc ? shown : update.Illustration);
        NotePictureShown(update.Illustration);
        PicturesChanged?.Invoke();
    }

    /// <summary>A picture that became ready while the visitor is on the story page is counted once as shown.</summary>
    private void NotePictureShown(Illustration picture)
    {
        if (picture.State == IllustrationState.Ready && _shown.TryAdd(picture.Id, 0)) events.PictureShown(picture.StoryId, picture.Style);
    }

    /// <summary>A picture of this story changed (raised off the circuit's thread).</summary>
    public event Action? PicturesChanged;

    private void Refresh()
    {
        Tree = new StoryTree(Story?.Scenes ?? [], Story?.CurrentSceneId);
        if (Tree.Current is { State: SceneState.Failed, Error: { } error }) Problem ??= error;
        Changed?.Invoke();
    }

    /// <summary>For containers disposed synchronously: stops writing without waiting for the save.</summary>
    public void Dispose()
    {
        feed.Updated -= OnIllustrationUpdated;
        live.News -= OnStoryNews;
        _circuit.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        feed.Updated -= OnIllustrationUpdated;
        live.News -= OnStoryNews;
        await _circuit.CancelAsync();
        try { await _writer; } catch (OperationCanceledException) { }
        try { await _watcher; } catch (OperationCanceledException) { }
        _circuit.Dispose();
    }
}
