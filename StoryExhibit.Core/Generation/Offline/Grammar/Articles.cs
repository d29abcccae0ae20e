using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Offline.Grammar;

/// <summary>"a" or "an" by how the next word sounds, not how it is spelled: an hour, a unicorn, an old, a one-eyed.</summary>
internal static partial class Articles
{
    private static readonly string[] SilentH = ["hour", "honest", "honour", "honor", "heir", "herb"];
    private static readonly string[] VowelLetterButConsonantSound =
        ["uni", "use", "usu", "uto", "ure", "uri", "euro", "eu", "ewe", "one", "once", "ubiq", "uku", "ura", "uvu"];

    public static string For(string word)
    {
        var w = word.TrimStart('“', '"', '‘', '\'').ToLowerInvariant();
        if (w.Length == 0) return "a";
        if (SilentH.Any(w.StartsWith)) return "an";
        if (VowelLetterButConsonantSound.Any(w.StartsWith)) return "a";
        if (w.Length == 1 || IsAcronym(word)) return "aefhilmnorsx".Contains(w[0]) ? "an" : "a";
        return "aeiou".Contains(w[0]) ? "an" : "a";
    }

    /// <summary>"a" plus the phrase, with the right article.</summary>
    public static string WithIndefinite(string phrase) => $"{For(phrase)} {phrase}";

    public static bool StartsIndefinite(string phrase) =>
        phrase.StartsWith("a ", StringComparison.Ordinal) || phrase.StartsWith("an ", StringComparison.Ordinal);

    /// <summary>Corrects every "a"/"an" in a finished sentence, whoever wrote the word after it.</summary>
    public static string Fix(string sentence) => ArticleBeforeWord().Replace(sentence, m =>
    {
        var article = For(m.Groups[2].Value);
        if (char.IsUpper(m.Groups[1].Value[0])) article = char.ToUpperInvariant(article[0]) + article[1..];
        return article + " " + m.Groups[2].Value;
    });

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    [GeneratedRegex(@"\b(a|an|A|An) ([\p{L}][\p{L}'’-]*)")] private static partial Regex ArticleBeforeWord();
}
