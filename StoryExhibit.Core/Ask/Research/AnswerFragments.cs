using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>How answers are cut: into words (each with the space before it) for streaming, into sentences for moderation.</summary>
internal static partial class AnswerFragments
{
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>Where the last complete sentence of <paramref name="text"/> ends (0 when none has ended yet).</summary>
    public static int LastSentenceEnd(string text) => SentenceEnd().Matches(text).LastOrDefault() is { } m ? m.Index + m.Length : 0;

    [GeneratedRegex(@"\s*\S+")] private static partial Regex Word();
    [GeneratedRegex(@"[.!?…][""”’')]*(?=\s)|\n\s*\n")] private static partial Regex SentenceEnd();
}
