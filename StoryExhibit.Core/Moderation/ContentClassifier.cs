using StoryExhibit.Core.Stories;


namespace StoryExhibit.Core.Moderation;

/// <summary>One phrase the classifier found: what it is, how strong, and which lexicon phrase (never the visitor's words).</summary>
public sealed record LexiconMatch(ModerationCategory Category, int Severity, string Phrase);

/// <summary>
/// The offline classifier: normalises the text (<see cref="TextNormalizer"/>), matches the maintained word-and-phrase
/// lists (<see cref="Lexicon"/>), and sets aside what context undoes: innocent phrases ("killer whale", "blood orange"),
/// negation of fear, violence and gore ("no blood", "not scary at all") and harmless creatures ("a friendly monster").
/// Deterministic, allocation-light and thread-safe; the storyteller and the moderation of visitor text share it.
/// </summary>
public static class ContentClassifier
{
    private static readonly string[] Creatures = ["monster", "zombie", "vampire", "werewol", "demon", "ghoul"];
    private static readonly Dictionary<char, List<LexiconTerm>> ByFirstLetter = Index(Lexicon.All);
    private static readonly List<LexiconTerm> AnyFirstLetter = [.. Lexicon.All.Where(t => t.Words[0].FirstLetters is null)];
    private static readonly Dictionary<char, List<LexiconTerm>> InnocentByFirstLetter = Index(Lexicon.Innocent);

    /// <summary>The strongest finding per category in <paramref name="text"/>; none for clean text.</summary>
    public static ContentFindings Classify(string? text)
    {
        var matches = Matches(text);
        if (matches.Count == 0) return ContentFindings.None;
        return new ContentFindings([.. matches.GroupBy(m => m.Category).Select(g => new ContentFinding(g.Key, g.Max(m => m.Severity)))]);
    }

    /// <summary>Every lexicon phrase found, after context; for tests, tuning and the benchmark.</summary>
    public static IReadOnlyList<LexiconMatch> Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = TextNormalizer.Tokenize(text);
        var innocent = InnocentSpans(tokens);
        var found = new List<LexiconMatch>();
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var term in Candidates(tokens[start], ByFirstLetter, AnyFirstLetter))
            {
                var end = term.MatchAt(tokens, start);
                if (end < 0 || Covered(innocent, start, end) || Undone(term, tokens, start)) continue;
                found.Add(new LexiconMatch(term.Category, term.Severity, term.Phrase));
            }
        }
        return found;
    }

    /// <summary>
    /// Whether <paramref name="text"/> fits a story of this rating and audience under <paramref name="levels"/> (the default
    /// levels when none are given). For code without the app's services, such as the offline storyteller checking its own sentences.
    /// </summary>
    public static bool Fits(string? text, ContentRating rating, Audience audience, ModerationOptions? levels = null) =>
        ModerationVerdict.Judge(Classify(text), rating, audience, levels ?? DefaultLevels).Allowed;

    private static readonly ModerationOptions DefaultLevels = new();

    /// <summary>Whether the text stays within <paramref name="allowed"/> (category → highest severity allowed).</summary>
    public static bool IsWithin(string? text, Func<ModerationCategory, int> allowed) =>
        Classify(text).Findings.All(f => f.Severity <= allowed(f.Category));

    private static bool Undone(LexiconTerm term, IReadOnlyList<NormalizedToken> tokens, int start)
    {
        if (term.Category is not (ModerationCategory.Fear or ModerationCategory.Violence or ModerationCategory.Gore)) return false;
        if (Negated(tokens, start)) return true;
        return term.Category == ModerationCategory.Fear && Creatures.Any(c => term.Phrase.StartsWith(c, StringComparison.Ordinal)) && Softened(tokens, start);
    }

    /// <summary>A negator up to three words before, in the same clause ("no blood", "not at all scary", "without any fighting").</summary>
    private static bool Negated(IReadOnlyList<NormalizedToken> tokens, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (tokens[i + 1].BreakBefore || IsAny(tokens[i], Lexicon.ClauseWords)) return false;
            if (IsAny(tokens[i], Lexicon.Negators)) return true;
        }
        return false;
    }

    /// <summary>A kind word just before the creature ("a friendly monster"), or a denial just after it ("a monster that is not scary").</summary>
    private static bool Softened(IReadOnlyList<NormalizedToken> tokens, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 2; i--)
        {
            if (tokens[i + 1].BreakBefore) break;
            if (IsAny(tokens[i], Lexicon.Softeners)) return true;
        }
        for (var i = start + 1; i < tokens.Count && i <= start + 5; i++)
        {
            if (tokens[i].BreakBefore || IsAny(tokens[i], Lexicon.ClauseWords)) return false;
            if (IsAny(tokens[i], Lexicon.Negators) && tokens.Skip(i + 1).Take(3).Any(t => IsAny(t, Lexicon.Menacing))) return true;
        }
        return false;
    }

    private static bool IsAny(NormalizedToken token, IReadOnlySet<string> words) => token.Forms.Any(words.Contains);

    private static List<(int Start, int End)> InnocentSpans(IReadOnlyList<NormalizedToken> tokens)
    {
        var spans = new List<(int, int)>();
        for (var start = 0; start < tokens.Count; start++)
            foreach (var phrase in Candidates(tokens[start], InnocentByFirstLetter, []))
                if (phrase.MatchAt(tokens, start) is var end and >= 0) spans.Add((start, end));
        return spans;
    }

    private static bool Covered(List<(int Start, int End)> spans, int start, int end) => spans.Any(s => s.Start <= start && end <= s.End);

    private static IEnumerable<LexiconTerm> Candidates(NormalizedToken token, Dictionary<char, List<LexiconTerm>> index, List<LexiconTerm> always)
    {
        var seen = new HashSet<LexiconTerm>();
        foreach (var form in token.Forms)
            if (form.Length > 0 && index.TryGetValue(form[0], out var terms))
                foreach (var term in terms)
                    if (seen.Add(term)) yield return term;
        foreach (var term in always) if (seen.Add(term)) yield return term;
    }

    private static Dictionary<char, List<LexiconTerm>> Index(IEnumerable<LexiconTerm> terms)
    {
        var index = new Dictionary<char, List<LexiconTerm>>();
        foreach (var term in terms)
            foreach (var letter in term.Words[0].FirstLetters ?? Enumerable.Empty<char>())
                (index.TryGetValue(letter, out var list) ? list : index[letter] = []).Add(term);
        return index;
    }
}
