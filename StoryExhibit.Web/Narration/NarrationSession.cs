using System.Diagnostics;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Narration;

/// <summary>
/// The narration of one visitor's circuit: sentences narrated while a scene is written, or a finished scene
/// read aloud again. The player component listens to it and feeds the browser's audio queue; only one
/// narration runs at a time, and a new one (or stopping) ends the previous.
/// </summary>
public sealed class NarrationSession(SceneNarrator narrator, EventRecorder events, ILogger<NarrationSession> log) : IDisposable
{
    private long _begunAt;
    private int _failed;
    private bool _heard;

    private readonly CancellationTokenSource _circuit = new();
    private readonly Lock _gate = new();
    private CancellationTokenSource? _current;
    private LiveNarration? _live;
    /// <summary>The clips the current narration has handed over so far, for a listener that comes later (<see cref="Listen"/>).</summary>
    private readonly List<NarrationClip> _handed = [];
    private CancellationToken _handedToken;

    public bool Enabled => narrator.Enabled;
    public double Speed => narrator.Speed;
    public bool IsNarrating => _current is not null;
    /// <summary>The scene being narrated, if any.</summary>
    public Guid? SceneId { get; private set; }
    /// <summary>Sentences of the current narration that could not be spoken.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>A new narration starts: the browser's queue is emptied.</summary>
    public event Action? Started;
    /// <remarks>
    /// Raised on the thread pool, not on the circuit: a handler that renders or calls the browser goes through its
    /// component's InvokeAsync. The token ends when this narration is stopped or replaced. The browser is told on the
    /// circuit's dispatcher, where a clip handed over just before <see cref="Stop"/> can still be waiting behind the
    /// stop: it is dropped then. Handlers run under the session's lock, so they only hand the clip on and return.
    /// </remarks>
    public event Action<NarrationClip, CancellationToken>? ClipReady;

    /// <summary>
    /// Listens to <see cref="ClipReady"/>, first handed the clips the current narration made before: the story page's
    /// player is set up by its first render, which a new story's first sentences can beat.
    /// </summary>
    public void Listen(Action<NarrationClip, CancellationToken> listener)
    {
        lock (_gate)
        {
            foreach (var clip in _handed) listener(clip, _handedToken);
            ClipReady += listener;
        }
    }

    /// <summary>Narration was stopped: the browser stops playing at once.</summary>
    public event Action? Stopped;

    /// <summary>
    /// Starts narrating a scene while it is written, when real-time narration is on; returns where to show the prose
    /// as it grows (complete it when the scene ends), or null.
    /// </summary>
    public LiveNarration? BeginLive(Guid sceneId)
    {
        if (!narrator.RealTime) return null;
        var live = new LiveNarration(sceneId, Restart);
        Run(live);
        return live;
    }

    /// <summary>Reads a finished scene aloud: its stored clips, and the sentences they lack narrated now.</summary>
    public void ReadAloud(Scene scene) => TryReadAloud(scene);

    /// <summary>
    /// A scene just finished: read aloud if auto-play is on and it was not narrated live. Clips that no longer fit its
    /// text (an earlier version of a scene written again) are deleted once its narration is done; those the narration
    /// itself made are not (<see cref="SceneNarrator.SweepAsync"/>).
    /// </summary>
    public void SceneFinished(Scene scene, bool narratedLive)
    {
        if (!narratedLive && narrator.AutoPlay && scene.State == SceneState.Complete && TryReadAloud(scene)) return;
        var live = _live?.SceneId == scene.Id ? _live : null;
        _ = SweepAsync(scene.Id, scene.Prose, live?.Done ?? Task.CompletedTask, live?.BegunUtc ?? DateTime.UtcNow);
    }

    private bool TryReadAloud(Scene scene)
    {
        if (!narrator.Enabled || string.IsNullOrWhiteSpace(scene.Prose)) return false;
        var narration = Begin(scene.Id);
        _ = RunAsync(narration, () => narrator.NarrateSceneAsync(scene, narration.Token));
        return true;
    }

    private void Run(LiveNarration live)
    {
        var narration = Begin(live.SceneId);
        live.BegunUtc = DateTime.UtcNow;
        var prose = live.Prose;
        _live = live;
        live.Done = RunAsync(narration, () => narrator.NarrateLiveAsync(live.SceneId, prose.ReadAllAsync(narration.Token), narration.Token));
    }

    /// <summary>The storyteller started the scene again: so does its narration, unless it was stopped meanwhile.</summary>
    private void Restart(LiveNarration live, string shown)
    {
        if (!ReferenceEquals(_live, live)) return;
        log.LogInformation("Scene {SceneId} is being written again; its narration starts again", live.SceneId);
        Run(live);
        live.Restarted();
    }

    private async Task SweepAsync(Guid sceneId, string prose, Task narrating, DateTime narrationBegun)
    {
        var token = _circuit.Token;
        try
        {
            await narrating;
            await narrator.SweepAsync(sceneId, prose, narrationBegun, token);
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Deleting the outdated narration of scene {SceneId} failed", sceneId);
        }
    }

    /// <summary>The browser began playing a sentence: the first of each narration is recorded, with the time since it was asked for.</summary>
    public void SoundStarted(Guid storyId)
    {
        if (_heard || SceneId is null) return;
        _heard = true;
        events.NarrationPlayed(storyId, Stopwatch.GetElapsedTime(_begunAt));
    }

    /// <summary>Stops synthesising and tells the browser to stop playing what it has queued.</summary>
    public void Stop()
    {
        // Cancelled at once, its callbacks (ending the speech tools' processes) run on the thread pool, not the caller's circuit.
        lock (_gate)
        {
            _ = _current?.CancelAsync();
            _current = null;
            _handed.Clear();
        }
        _live = null;
        SceneId = null;
        Stopped?.Invoke();
    }

    private CancellationTokenSource Begin(Guid sceneId)
    {
        CancellationTokenSource narration;
        lock (_gate)
        {
            // On the way to a new scene's first words: the old narration's processes are ended on the thread pool.
            _ = _current?.CancelAsync();
            _current = narration = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
            _handed.Clear();
            _handedToken = narration.Token;
        }
        _live = null;
        SceneId = sceneId;
        Volatile.Write(ref _failed, 0);
        _begunAt = Stopwatch.GetTimestamp();
        _heard = false;
        Started?.Invoke();
        return narration;
    }

    /// <summary>
    /// Runs a narration on the thread pool, not on the circuit that began it: storing each clip (a file and a database
    /// row) would otherwise return to the circuit after every step. The player hands clips to the browser on its circuit.
    /// </summary>
    private Task RunAsync(CancellationTokenSource mine, Func<IAsyncEnumerable<NarrationClip>> narrate)
        => Task.Run(async () =>
        {
            var token = mine.Token;
            try
            {
                await foreach (var clip in narrate().ConfigureAwait(false))
                {
                    // Kept and handed over at once, so a listener that comes meanwhile gets every clip once and in order.
                    lock (_gate)
                    {
                        if (token.IsCancellationRequested) break;
                        if (clip.Error is not null) Interlocked.Increment(ref _failed);
                        _handed.Add(clip);
                        ClipReady?.Invoke(clip, token);
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception ex)
            {
                log.LogError(ex, "Narration of scene {SceneId} failed", SceneId);
            }
            finally
            {
                // Begin or Stop, on the circuit, may have replaced or cancelled it meanwhile.
                lock (_gate)
                {
                    if (ReferenceEquals(_current, mine)) _current = null;
                    mine.Dispose();
                }
            }
        }, CancellationToken.None);

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }
}
