namespace StoryExhibit.Core.Canvases;

/// <summary>Events per second over a sliding window (or over the meter's life while it is younger than the window). Not thread-safe.</summary>
internal sealed class RateMeter(TimeProvider clock, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _marks = new();
    private readonly DateTimeOffset _born = clock.GetUtcNow();

    public void Mark()
    {
        var now = clock.GetUtcNow();
        _marks.Enqueue(now);
        Trim(now);
    }

    public double PerSecond()
    {
        var now = clock.GetUtcNow();
        Trim(now);
        // At least one second of span, so a viewer that just arrived with the latest frame does not read as 1000 fps.
        var span = Math.Max(1, Math.Min(window.TotalSeconds, (now - _born).TotalSeconds));
        return _marks.Count / span;
    }

    private void Trim(DateTimeOffset now)
    {
        while (_marks.Count > 0 && now - _marks.Peek() > window) _marks.Dequeue();
    }
}
