using System.Diagnostics;

namespace StoryExhibit.Web.Stories;

/// <summary>
/// Paces the re-renders of a streaming scene: the first words show at once, then at most one render every
/// <see cref="StorySession.RenderEvery"/> however fast words arrive, and words that arrive just before a pause still show
/// within that time (a model that stops mid-sentence for a moment does not hide its last words).
/// </summary>
internal sealed class ProsePacer : IAsyncDisposable
{
    private readonly Action _render;
    private readonly TimeSpan _every;
    private readonly PeriodicTimer _timer;
    private readonly Stopwatch _sinceRender = new();
    private readonly Lock _gate = new();
    private readonly Task _ticking;
    private bool _waiting;

    public ProsePacer(Action render, TimeSpan every)
    {
        _render = render;
        _every = every;
        _timer = new PeriodicTimer(every);
        _ticking = TickAsync();
    }

    /// <summary>The prose grew: rendered now if the last render is long enough ago, else at the next tick.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            if (_sinceRender.IsRunning && _sinceRender.Elapsed < _every) { _waiting = true; return; }
            _sinceRender.Restart();
            _waiting = false;
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
        }
    }

    private async Task TickAsync()
    {
        while (await _timer.WaitForNextTickAsync())
        {
            lock (_gate)
            {
                if (!_waiting) continue;
                _waiting = false;
                _sinceRender.Restart();
            }
            _render();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _ticking;
    }
}
