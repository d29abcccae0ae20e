using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// One word of a lexicon phrase. Letters stand for runs: "kil" matches "kil", "kill" and "kiiill", while "ass" needs two
/// s's (so "as" is never "ass"). "kil~" also takes the usual endings (kills, killed, killing, killer); "fuck*" any ending;
/// "*fuck*" the word anywhere inside another; "him|her" either word; "_" up to three words of any kind.
/// </summary>
internal sealed class WordPattern
{
    private const string Endings = "(?:s|es|ed|d|ing|in|er|ers|y|ies|ied|ie|z)?";
    private readonly Regex _regex;

    public bool IsGap { get; }
    /// <summary>Letters a matching word can start with; null when it may start with any.</summary>
    public IReadOnlySet<char>? FirstLetters { get; }

    private WordPattern(Regex regex, bool isGap, IReadOnlySet<char>? firstLetters)
    {
        _regex = regex;
        IsGap = isGap;
        FirstLetters = firstLetters;
    }

    public static WordPattern Parse(string word)
    {
        if (word == "_") return new WordPattern(new Regex("^$"), true, null);
        var alternatives = word.Split('|');
        var parts = alternatives.Select(Alternative).ToList();
        var firsts = alternatives.Any(a => a.StartsWith('*')) ? null : alternatives.Select(a => a[0]).ToHashSet();
        return new WordPattern(new Regex($"^(?:{string.Join("|", parts)})$", RegexOptions.CultureInvariant), false, firsts);
    }

    public bool Matches(NormalizedToken token) => token.Forms.Any(_regex.IsMatch);

    private static string Alternative(string word)
    {
        var anyStart = word.StartsWith('*');
        var anyEnd = word.EndsWith('*');
        var endings = word.EndsWith('~');
        var stem = word.Trim('*', '~');
        var sb = new StringBuilder();
        if (anyStart) sb.Append(@"\p{L}*");
        // A final e may go before an ending: "strangle~" matches "strangling".
        var optionalE = endings && stem.EndsWith('e') && stem.Length > 2;
        sb.Append(Runs(optionalE ? stem[..^1] : stem));
        if (optionalE) sb.Append("(?:e+)?");
        if (endings) sb.Append(Endings);
        if (anyEnd) sb.Append(@"\p{L}*");
        return sb.ToString();
    }

    /// <summary>Each run of a letter in the pattern matches that many or more in the word.</summary>
    private static string Runs(string stem)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < stem.Length;)
        {
            var j = i;
            while (j < stem.Length && stem[j] == stem[i]) j++;
            var n = j - i;
            sb.Append(Regex.Escape(stem[i].ToString())).Append(n == 1 ? "+" : $"{{{n},}}");
            i = j;
        }
        return sb.ToString();
    }
}

/// <summary>A phrase of the lexicon: its words, what it is and how strong.</summary>
internal sealed class LexiconTerm(ModerationCategory category, int severity, string phrase)
{
    /// <summary>How many words a "_" in a phrase may stand for ("beat _ to death": "beat the old man to death").</summary>
    private const int MaxGap = 3;

    public ModerationCategory Category { get; } = category;
    public int Severity { get; } = severity;
    public string Phrase { get; } = phrase;
    public IReadOnlyList<WordPattern> Words { get; } = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WordPattern.Parse).ToList();

    /// <summary>Where the phrase ends (exclusive) if it matches the tokens from <paramref name="start"/>, else -1.</summary>
    public int MatchAt(IReadOnlyList<NormalizedToken> tokens, int start) => MatchFrom(tokens, start, 0);

    private int MatchFrom(IReadOnlyList<NormalizedToken> tokens, int at, int word)
    {
        if (word == Words.Count) return at;
        var pattern = Words[word];
        if (pattern.IsGap)
        {
            for (var skip = 0; skip <= MaxGap && at + skip <= tokens.Count; skip++)
            {
                if (skip > 0 && word > 0 && tokens[at + skip - 1].BreakBefore) break;
                var end = MatchFrom(tokens, at + skip, word + 1);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= tokens.Count || !pattern.Matches(tokens[at])) return -1;
        if (word > 0 && tokens[at].BreakBefore) return -1; // a phrase does not run across a full stop or comma
        return MatchFrom(tokens, at + 1, word + 1);
    }
}
