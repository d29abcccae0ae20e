using System.Diagnostics;

namespace StoryExhibit.Web.Stories;

/// <summary>
/// Paces the re-renders of a streaming scene: the first words show at once, then at most one render every
/// <see cref="StorySession.RenderEvery"/> however fast words arrive, and words that arrive just before a pause still show
/// within that time (a model that stops mid-sentence for a moment does not hide its last words). The timer is armed
/// only while a change waits, so a scene's stream costs no wake-ups beyond its own words.
/// </summary>
internal sealed class ProsePacer : IAsyncDisposable
{
    private readonly Action _render;
    private readonly TimeSpan _every;
    private readonly Timer _timer;
    private readonly Stopwatch _sinceRender = new();
    private readonly Lock _gate = new();
    private bool _waiting;

    public ProsePacer(Action render, TimeSpan every)
    {
        _render = render;
        _every = every;
        _timer = new Timer(_ => RenderWaiting());
    }

    /// <summary>The prose grew: rendered now if the last render is long enough ago, else once it is.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            if (_waiting) return;
            if (_sinceRender.IsRunning && _sinceRender.Elapsed < _every)
            {
                _waiting = true;
                _timer.Change(_every - _sinceRender.Elapsed, Timeout.InfiniteTimeSpan);
                return;
            }
            _sinceRender.Restart();
        }
        _render();
    }

    /// <summary>The whole page was just rendered, prose included.</summary>
    public void Rendered()
    {
        lock (_gate)
        {
            _sinceRender.Restart();
            _waiting = false;
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void RenderWaiting()
    {
        lock (_gate)
        {
            if (!_waiting) return;
            _waiting = false;
            _sinceRender.Restart();
        }
        _render();
    }

    /// <summary>Ends the pacing; a render already on its way finishes first.</summary>
    public ValueTask DisposeAsync() => _timer.DisposeAsync();
}
