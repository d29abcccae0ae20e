using System.Text.RegularExpressions;

namespace StoryExhibit.Tests.Quality;

/// <summary>A phrase repeated in one story path: its words and how often it occurs.</summary>
internal sealed record RepeatedPhrase(string Phrase, int Words, int Count);

/// <summary>Plain measures of prose, each on sentences or words.</summary>
internal static partial class ProseMeasures
{
    /// <summary>Words that alone do not make a phrase worth noticing; a repeated phrase must start and end with another word.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by", "with", "into", "onto",
        "up", "down", "out", "over", "under", "about", "as", "than", "then", "if", "that", "this", "these", "those", "there", "here", "it",
        "its", "it's", "he", "she", "they", "him", "her", "them", "his", "hers", "their", "i", "me", "my", "we", "us", "our", "you", "your",
        "is", "was", "were", "are", "be", "been", "being", "am", "had", "has", "have", "did", "do", "does", "not", "no", "all", "what",
        "who", "which", "when", "where", "how", "just", "very", "too", "said", "would", "could", "will", "can", "one", "s",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their", "theirs", "themselves",
    };

    public static string[] Words(string text) =>
        [.. WordPattern().Matches(text.Replace('’', '\'')).Select(m => m.Value.ToLowerInvariant())];

    /// <summary>True when a word of the prose starts with the key ("bottle" finds "bottles"), ignoring case.</summary>
    public static bool Mentions(string prose, string key) =>
        Regex.IsMatch(prose.Replace('’', '\''), $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(key)}", RegexOptions.IgnoreCase);

    /// <summary>The share of sentences two scenes have in common, of the shorter scene's sentences.</summary>
    public static double SharedSentenceShare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shorter = Math.Min(a.Distinct().Count(), b.Distinct().Count());
        return shorter == 0 ? 0 : (double)a.Intersect(b).Count() / shorter;
    }

    /// <summary>The sentences of the path that repeat an earlier one in it word for word (ignoring case and punctuation).</summary>
    public static IReadOnlyList<string> RepeatedSentences(IEnumerable<string> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. sentences.Where(s => !seen.Add(string.Join(' ', Words(s))))];
    }

    /// <summary>
    /// The longest word n-gram occurring more than twice in the sentences (never across a sentence end),
    /// starting and ending with a word that is not a function word; null when there is none.
    /// </summary>
    public static RepeatedPhrase? LongestRepeatedPhrase(IEnumerable<string> sentences, int maxWords = 16)
    {
        var tokenised = sentences.Select(Words).ToList();
        for (var n = maxWords; n >= 2; n--)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var words in tokenised)
                for (var i = 0; i + n <= words.Length; i++)
                {
                    if (FunctionWords.Contains(words[i]) || FunctionWords.Contains(words[i + n - 1])) continue;
                    var phrase = string.Join(' ', words, i, n);
                    counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
                }
            var best = counts.Where(c => c.Value > 2).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
            if (best.Key is not null) return new RepeatedPhrase(best.Key, n, best.Value);
        }
        return null;
    }

    /// <summary>
    /// The hero's name as the story uses it: the idea's hero when the visitor named one (a capitalised label),
    /// otherwise the capitalised word, not first in its sentence, that the opening uses most. Null when none.
    /// </summary>
    public static string? HeroName(VisitorIdea idea, IReadOnlyList<string> openingSentences)
    {
        if (idea.Hero is { Length: > 0 } hero && char.IsUpper(hero[0])) return hero;
        return openingSentences
            .SelectMany(s => WordPattern().Matches(s.Replace('’', '\'')).Skip(1).Select(m => Regex.Replace(m.Value, "'s$", "")))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>(mentions of the name, third-person pronouns) in the sentences: a rough gauge of names giving way to pronouns.</summary>
    public static (int Names, int Pronouns) NamesAndPronouns(IEnumerable<string> sentences, string name)
    {
        var lowerName = name.ToLowerInvariant();
        int names = 0, pronouns = 0;
        foreach (var word in sentences.SelectMany(Words))
        {
            if (word == lowerName || word == lowerName + "'s") names++;
            else if (Pronouns.Contains(word)) pronouns++;
        }
        return (names, pronouns);
    }

    /// <summary>Words spelt with a vowel but said with a consonant sound (a unicorn), or the other way round (an hour).</summary>
    private static readonly string[] ConsonantSoundingVowelStarts = ["one", "once", "uni", "use", "usu", "uti", "ura", "ure", "euro", "eu"];
    private static readonly string[] VowelSoundingConsonantStarts = ["hour", "honest", "honor", "honour", "heir"];

    /// <summary>
    /// "a" before a vowel sound or "an" before a consonant sound ("a odd place", "an plan"), judged by spelling with
    /// the common exceptions: link-grammar accepts most of these, so they are counted on their own.
    /// </summary>
    public static IEnumerable<string> ArticleErrors(string sentence)
    {
        var words = Words(sentence);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var next = words[i + 1];
            if (next.Length < 2 || !char.IsLetter(next[0])) continue;
            var vowelSound = "aeiou".Contains(next[0]) ? !ConsonantSoundingVowelStarts.Any(next.StartsWith) : VowelSoundingConsonantStarts.Any(next.StartsWith);
            if ((words[i] == "a" && vowelSound) || (words[i] == "an" && !vowelSound)) yield return $"{words[i]} {next}";
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*")] private static partial Regex WordPattern();
}
