using StoryExhibit.Core.Analytics;

namespace StoryExhibit.Web.Hosting;

/// <summary>How much one message from a browser to its circuit may carry.</summary>
public static class CircuitLimits
{
    /// <summary>The longest value a text box lets through (its maxlength; the feedback comment's box is the longest).</summary>
    public const int LongestBoxValue = FeedbackLimits.CommentMax * 2;

    /// <summary>
    /// The longest box value at its worst in JSON (every UTF-16 unit escaped as \uXXXX, 6 bytes) with room for the
    /// event's envelope, rounded up to SignalR's usual 32 KB. Longer values never leave the browser (input-guard.js).
    /// </summary>
    public const long MaxReceiveBytes = LongestBoxValue * 6 + 4 * 1024 > 32 * 1024 ? LongestBoxValue * 6 + 4 * 1024 : 32 * 1024;
}
