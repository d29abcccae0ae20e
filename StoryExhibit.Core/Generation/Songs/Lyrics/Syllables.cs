using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Songs.Lyrics;

/// <summary>
/// Counts and splits English syllables by spelling: vowel groups, less a silent final "e" (but not "-le"). Good enough
/// for metre and for giving each syllable a note; a word is never counted as less than one.
/// </summary>
public static partial class Syllables
{
    public static int Count(string word)
    {
        var w = Letters().Replace(word.ToLowerInvariant(), "");
        if (w.Length == 0) return 0;
        if (w.Length <= 3) return 1;
        var groups = VowelGroups().Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal)) groups--;
        if (w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
            if (w.Length > 4 && !"tdsxzc".Contains(w[^3]) && !IsVowel(w[^3])) groups--;
        return Math.Max(1, groups);
    }

    /// <summary>Syllables in a line of words.</summary>
    public static int InLine(string line) => Words(line).Sum(Count);

    public static IReadOnlyList<string> Words(string line) => WordPattern().Matches(line).Select(m => m.Value).ToList();

    private static bool IsVowel(char c) => "aeiouy".Contains(c);

    [GeneratedRegex("[^a-z]")]
    private static partial Regex Letters();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();

    [GeneratedRegex(@"[\p{L}']+(?:-[\p{L}']+)*")]
    private static partial Regex WordPattern();
}
