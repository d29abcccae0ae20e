using System.Diagnostics;
using System.Threading.Channels;
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
    private bool _heard;

    private readonly CancellationTokenSource _circuit = new();
    private CancellationTokenSource? _current;

    public bool Enabled => narrator.Enabled;
    public double Speed => narrator.Speed;
    public bool IsNarrating => _current is not null;
    /// <summary>The scene being narrated, if any.</summary>
    public Guid? SceneId { get; private set; }
    /// <summary>Sentences of the current narration that could not be spoken.</summary>
    public int Failed { get; private set; }

    /// <summary>A new narration starts: the browser's queue is emptied.</summary>
    public event Action? Started;
    /// <remarks>
    /// The token ends when this narration is stopped or replaced. The browser is told on the circuit's dispatcher, where
    /// a clip handed over just before <see cref="Stop"/> can still be waiting behind the stop: it is dropped then.
    /// </remarks>
    public event Action<NarrationClip, CancellationToken>? ClipReady;
    /// <summary>Narration was stopped: the browser stops playing at once.</summary>
    public event Action? Stopped;

    /// <summary>
    /// Starts narrating a scene while it is written, when real-time narration is on; returns where to write the
    /// prose as it arrives (complete it when the scene ends), or null.
    /// </summary>
    public ChannelWriter<string>? BeginLive(Guid sceneId)
    {
        if (!narrator.RealTime) return null;
        var prose = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var token = Begin(sceneId);
        _ = RunAsync(narrator.NarrateLiveAsync(sceneId, prose.Reader.ReadAllAsync(token), token));
        return prose.Writer;
    }

    /// <summary>Reads a finished scene aloud (from stored audio when it exists).</summary>
    public void ReadAloud(Scene scene)
    {
        if (!narrator.Enabled || string.IsNullOrWhiteSpace(scene.Prose)) return;
        var token = Begin(scene.Id);
        _ = RunAsync(narrator.NarrateSceneAsync(scene, token));
    }

    /// <summary>A scene just finished: read it aloud if auto-play is on and it was not narrated live.</summary>
    public void SceneFinished(Scene scene, bool narratedLive)
    {
        if (!narratedLive && narrator.AutoPlay && scene.State == SceneState.Complete) ReadAloud(scene);
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
        _current?.Cancel();
        _current = null;
        SceneId = null;
        Stopped?.Invoke();
    }

    private CancellationToken Begin(Guid sceneId)
    {
        _current?.Cancel();
        _current = CancellationTokenSource.CreateLinkedTokenSource(_circuit.Token);
        SceneId = sceneId;
        Failed = 0;
        _begunAt = Stopwatch.GetTimestamp();
        _heard = false;
        Started?.Invoke();
        return _current.Token;
    }

    private async Task RunAsync(IAsyncEnumerable<NarrationClip> clips)
    {
        var mine = _current;
        var token = mine?.Token ?? CancellationToken.None;
        try
        {
            await foreach (var clip in clips)
            {
                if (token.IsCancellationRequested) break;
                if (clip.Error is not null) Failed++;
                ClipReady?.Invoke(clip, token);
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            log.LogError(ex, "Narration of scene {SceneId} failed", SceneId);
        }
        finally
        {
            if (ReferenceEquals(_current, mine)) _current = null;
            mine?.Dispose();
        }
    }

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }
}
