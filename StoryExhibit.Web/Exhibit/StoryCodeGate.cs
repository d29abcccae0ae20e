using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Exhibit;

/// <summary>
/// The limit on wrong story codes for this visitor's browser, on every page that takes a code (the story page, the
/// "Continue a story" box, the data page). Ask <see cref="Refusal"/> before looking a code up and call
/// <see cref="RecordWrong"/> when it opened nothing; a right code costs nothing.
/// </summary>
public sealed class StoryCodeGate(WrongCodeLimiter limiter, VisitorIdentity visitor)
{
    // Codes this circuit started or opened: going back to them is no guess, so a pause never hides the visitor's own story.
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    /// <summary>A kind message saying when to try again, or null when this browser may try <paramref name="code"/> now.</summary>
    public string? Refusal(string? code = null)
    {
        if (SessionCodes.Normalize(code) is { } known && _known.Contains(known)) return null;
        return limiter.WaitBeforeNextTry(visitor.CodeClient, SessionCodes.IsShort(code)) is { } wait ? TooManyTries(wait) : null;
    }

    /// <summary>Counts <paramref name="code"/>, which opened nothing.</summary>
    public void RecordWrong(string code) => limiter.RecordWrong(visitor.CodeClient, SessionCodes.IsShort(code));

    /// <summary>Notes a code this visitor was given or opened in this circuit.</summary>
    public void Remember(string code)
    {
        if (SessionCodes.Normalize(code) is { } known) _known.Add(known);
    }

    public static string TooManyTries(TimeSpan wait)
        => $"That is a lot of codes that did not match a story, so we are pausing for a moment. Please try again in {InWords(wait)}. " +
           "Check each word and digit against the code at the top of your story, or ask a member of staff to help.";

    /// <summary>"45 seconds", "1 minute", "3 minutes": rounded up, so the visitor is never told too early.</summary>
    public static string InWords(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        if (seconds <= 1) return "1 second";
        if (seconds < 60) return $"{seconds} seconds";
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }

    /// <summary>Whole seconds to wait, for a Retry-After header.</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
