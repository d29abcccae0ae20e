using System.Collections.Concurrent;

namespace StoryExhibit.Core.Privacy;

/// <summary>Who is typing a story code: their browser (a random id in a cookie) and the network it comes from.</summary>
public readonly record struct CodeClient(string Browser, string Network);

/// <summary>
/// Slows down guessing of story codes, on every path that takes one. A browser that gives
/// <see cref="MaxWrongPerBrowser"/> unknown codes within <see cref="Window"/> waits until the oldest is a window old;
/// a reload or a new tab is the same browser. A browser that drops its cookie is a new browser, so a network address
/// has a ceiling too, <see cref="MaxWrongPerNetwork"/>, high enough that one visitor's block never locks out everyone
/// else on the museum's Wi-Fi (one address for all). Codes of the old, short shape (one word and four digits, about
/// 18.5 bits) are far easier to hit, so wrong ones have a tighter ceiling of their own per network,
/// <see cref="MaxWrongShortPerNetwork"/> in <see cref="ShortWindow"/>; it pauses only short codes. Asking and right
/// codes cost nothing. Clients gone quiet are forgotten, so a scan from many addresses stays small.
/// </summary>
public sealed class WrongCodeLimiter(TimeProvider? clock = null)
{
    public const int MaxWrongPerBrowser = 5;
    public const int MaxWrongPerNetwork = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxWrongShortPerNetwork = 10;
    public static readonly TimeSpan ShortWindow = TimeSpan.FromHours(1);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Recent> _wrong = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// How long <paramref name="client"/> must wait before trying another code (of the old, short shape when
    /// <paramref name="shortCode"/>); null when it may try now.
    /// </summary>
    public TimeSpan? WaitBeforeNextTry(CodeClient client, bool shortCode = false)
    {
        var now = _clock.GetUtcNow();
        var wait = Max(WaitFor(BrowserKey(client), MaxWrongPerBrowser, Window, now), WaitFor(NetworkKey(client), MaxWrongPerNetwork, Window, now));
        if (shortCode) wait = Max(wait, WaitFor(ShortKey(client), MaxWrongShortPerNetwork, ShortWindow, now));
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void RecordWrong(CodeClient client, bool shortCode = false)
    {
        var now = _clock.GetUtcNow();
        _wrong.GetOrAdd(BrowserKey(client), _ => new Recent()).Add(now, MaxWrongPerBrowser);
        _wrong.GetOrAdd(NetworkKey(client), _ => new Recent()).Add(now, MaxWrongPerNetwork);
        if (shortCode) _wrong.GetOrAdd(ShortKey(client), _ => new Recent()).Add(now, MaxWrongShortPerNetwork);
        SweepIfDue(now);
    }

    private static string BrowserKey(CodeClient client) => "browser:" + client.Browser;
    private static string NetworkKey(CodeClient client) => "network:" + client.Network;
    private static string ShortKey(CodeClient client) => "short:" + client.Network;

    private TimeSpan WaitFor(string key, int limit, TimeSpan window, DateTimeOffset now)
        => _wrong.TryGetValue(key, out var recent) ? recent.WaitFor(limit, window, now) : TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now - _lastSweep < Window) return;
        _lastSweep = now;
        foreach (var (key, recent) in _wrong)
            if (recent.AllOlderThan(now - ShortWindow)) _wrong.TryRemove(key, out _);
    }

    /// <summary>The times of a client's latest wrong codes, at most as many as its limit.</summary>
    private sealed class Recent
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public void Add(DateTimeOffset when, int limit)
        {
            lock (_times)
            {
                _times.Enqueue(when);
                while (_times.Count > limit) _times.Dequeue();
            }
        }

        /// <summary>With a full queue, the client waits until the oldest of its wrong codes is a window old.</summary>
        public TimeSpan WaitFor(int limit, TimeSpan window, DateTimeOffset now)
        {
            lock (_times) return _times.Count >= limit ? _times.Peek() + window - now : TimeSpan.Zero;
        }

        public bool AllOlderThan(DateTimeOffset cutoff)
        {
            lock (_times) return _times.Count == 0 || _times.Max() < cutoff;
        }
    }
}
