using System.Collections.Concurrent;

namespace StoryExhibit.Core.Privacy;

/// <summary>
/// Slows down guessing of story codes: a client (an IP address, a browser tab) that gives <see cref="MaxWrongPerMinute"/>
/// unknown codes within a minute is refused until that minute has passed. Right codes cost nothing.
/// </summary>
public sealed class WrongCodeLimiter(TimeProvider? clock = null)
{
    public const int MaxWrongPerMinute = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _wrong = new();

    public bool IsBlocked(string client)
    {
        if (!_wrong.TryGetValue(client, out var times)) return false;
        lock (times)
        {
            Expire(times);
            return times.Count >= MaxWrongPerMinute;
        }
    }

    public void RecordWrong(string client)
    {
        var times = _wrong.GetOrAdd(client, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Expire(times);
            times.Enqueue(_clock.GetUtcNow());
        }
        if (_wrong.Count > 10_000) Forget();
    }

    private void Expire(Queue<DateTimeOffset> times)
    {
        var since = _clock.GetUtcNow() - Window;
        while (times.Count > 0 && times.Peek() <= since) times.Dequeue();
    }

    // Keeps memory bounded under a scan from many addresses.
    private void Forget()
    {
        foreach (var (client, times) in _wrong)
        {
            lock (times) { Expire(times); if (times.Count > 0) continue; }
            _wrong.TryRemove(client, out _);
        }
    }
}
