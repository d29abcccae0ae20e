namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>
/// A token that fires when nothing happened for <c>timeout</c>: armed at creation, re-armed by
/// <see cref="Restart"/>; linked with the caller's token so either one stops the request.
/// </summary>
internal sealed class StallWatchdog : IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public StallWatchdog(TimeSpan timeout, CancellationToken callerToken)
    {
        _timeout = timeout;
        _timer = new CancellationTokenSource(timeout);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    /// <summary>True when the token fired because of the timeout.</summary>
    public bool Fired => _timer.IsCancellationRequested;

    public void Pause()
    {
        if (!Fired) _timer.CancelAfter(Timeout.InfiniteTimeSpan);
    }

    public void Restart()
    {
        if (!Fired) _timer.CancelAfter(_timeout);
    }

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
