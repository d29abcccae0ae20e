using System.Collections.Concurrent;
using System.Security.Cryptography;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.SpeechInput;

/// <summary>What a recording is for: the box its words go to and the story whose rating they must fit (none on pages without one).</summary>
public sealed record SpeechInputContext(VisitorTextField Box, Story? Story);

/// <summary>
/// One-use permissions to upload one recording, handed by the visitor's circuit (after the microphone consent and within
/// the visitor's allowance) to their browser. A ticket is bound to the browser's visitor cookie and expires quickly, so
/// the upload endpoint needs no antiforgery form token: another site can neither read a ticket nor send the header.
/// </summary>
public sealed class SpeechInputTickets(TimeProvider? clock = null)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> _tickets = new(StringComparer.Ordinal);

    public string Issue(string visitorKey, SpeechInputContext context)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visitorKey);
        Sweep();
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _tickets[ticket] = new Entry(visitorKey, context, _clock.GetUtcNow() + Lifetime);
        return ticket;
    }

    /// <summary>The ticket's context, once: null for an unknown, expired or already used ticket, or another browser's.</summary>
    public SpeechInputContext? Redeem(string? ticket, string visitorKey)
    {
        if (string.IsNullOrEmpty(ticket) || !_tickets.TryRemove(ticket, out var entry)) return null;
        if (entry.Expires < _clock.GetUtcNow() || !string.Equals(entry.VisitorKey, visitorKey, StringComparison.Ordinal)) return null;
        return entry.Context;
    }

    private void Sweep()
    {
        var now = _clock.GetUtcNow();
        foreach (var (key, entry) in _tickets)
            if (entry.Expires < now) _tickets.TryRemove(key, out _);
    }

    private sealed record Entry(string VisitorKey, SpeechInputContext Context, DateTimeOffset Expires);
}
