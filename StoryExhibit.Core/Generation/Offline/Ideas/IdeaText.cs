using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>A visitor's text made readable: symbols and emoji gone, contractions opened, lead-ins like "a story
/// about" dropped, misspelt known words repaired, and cut into sentences of word tokens.</summary>
internal static partial class IdeaText
{
    private const int MaxCharacters = 600;
    private const int MaxSentences = 5;

    public static IReadOnlyList<Tokens> Sentences(string? text)
    {
        var cleaned = Clean(text);
        var sentences = new List<Tokens>();
        foreach (var part in SentenceBreak().Split(cleaned))
        {
            var sentence = StripLeadIns(part.Trim());
            var words = RepairPossessives(TokenPattern().Matches(sentence).Select(m => Spelling.Repair(m.Value)).ToList());
            if (words.Count > 0) sentences.Add(new Tokens(words));
            if (sentences.Count == MaxSentences) break;
        }
        return sentences;
    }

    /// <summary>One sentence's tokens; words keep the visitor's case, punctuation marks are tokens of their own.</summary>
    public static Tokens Words(string? text) =>
        new(TokenPattern().Matches(StripLeadIns(Clean(text))).Select(m => Spelling.Repair(m.Value)).ToList());

    /// <summary>The tokens of a text as typed, without dropping any lead-in (a visitor's own choice).</summary>
    public static Tokens AsTyped(string? text) =>
        new(TokenPattern().Matches(Clean(text)).Select(m => Spelling.Repair(m.Value)).ToList());

    /// <summary>"keepers daughter" → "keeper's daughter": a possessive typed without its apostrophe.</summary>
    private static List<string> RepairPossessives(List<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i].ToLowerInvariant();
            if (w.Length < 4 || !w.EndsWith('s') || w.EndsWith("'s") || w.EndsWith("ss")) continue;
            var stem = w[..^1];
            var next = Nouns.Singular(words[i + 1]);
            if ((Lexicon.IsBeing(next) || Lexicon.LooksLikeAgent(next))
                && (Lexicon.IsBeing(stem) || Lexicon.LooksLikeAgent(stem) || Lexicon.IsPlace(stem)))
                words[i] = words[i][..^1] + "'s";
        }
        return words;
    }

    public static string Clean(string? text)
    {
        var t = PromptReader.WithoutMarkup(text);
        if (t.Length > MaxCharacters) t = t[..MaxCharacters];
        var sb = new StringBuilder(t.Length);
        foreach (var c in t.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'))
            sb.Append(char.IsLetterOrDigit(c) || c is '\'' or '-' or '.' or ',' or '!' or '?' or ';' or ':' ? c : ' ');
        var s = Spaces().Replace(sb.ToString(), " ").Trim();
        // "Mr. Finch": a title's full stop does not end the sentence
        s = TitleStop().Replace(s, "$1");
        foreach (var (pattern, replacement) in Contractions) s = pattern.Replace(s, replacement);
        s = Versus().Replace(s, " and ");
        return s;
    }

    private static readonly (Regex Pattern, string Replacement)[] Contractions =
    [
        (new(@"\b(let)'s\b", RegexOptions.IgnoreCase), "$1 us"),
        (new(@"\bcan'?t\b", RegexOptions.IgnoreCase), "cannot"),
        (new(@"\b(do|does|did|is|was|are|were|could|would|should|have|has|had)nt\b", RegexOptions.IgnoreCase), "$1 not"),
        (new(@"\bwon't\b", RegexOptions.IgnoreCase), "will not"),
        (new(@"\b(\w+)n't\b", RegexOptions.IgnoreCase), "$1 not"),
        (new(@"\b(i)'m\b", RegexOptions.IgnoreCase), "$1 am"),
        (new(@"\b(you|we|they)'re\b", RegexOptions.IgnoreCase), "$1 are"),
        (new(@"\b(i|you|we|they|he|she|it)'ll\b", RegexOptions.IgnoreCase), "$1 will"),
        (new(@"\b(i|you|we|they|he|she)'d\b", RegexOptions.IgnoreCase), "$1 would"),
        (new(@"\b(he|she|it|that|there|who)'s\b", RegexOptions.IgnoreCase), "$1 is"),
    ];

    private static readonly Regex[] LeadIns =
    [
        new(@"^(ok|okay|so|um+|hmm+|hi|hello|hey|please|well)\b[,!.]?\s*", RegexOptions.IgnoreCase),
        new(@"^(can|could|would|will) you (please )?(write|tell|make|create|give|generate)( me| us)?\s+", RegexOptions.IgnoreCase),
        new(@"^(please )?(write|tell|make|create|give|generate)( me| us)?\s+", RegexOptions.IgnoreCase),
        new(@"^(i|we) (want|would like|wish|need|like)( to (read|hear|have))?\s+", RegexOptions.IgnoreCase),
        new(@"^(a|an|the|some|my)?\s*((short|long|funny|scary|spooky|bedtime|little|cool|fun|exciting|sad|happy|good|nice|magical|epic|silly|creepy)\s+)*(story|tale|adventure|one)\b\s*(about|of|where|in which|with|that|when|involving|featuring|on)?\s*[:,-]?\s*", RegexOptions.IgnoreCase),
        new(@"^once upon a time\b,?\s*", RegexOptions.IgnoreCase),
        new(@"^(long,? long ago|long ago|one (day|night|morning|evening|summer|winter|stormy night|dark night)|every night|at midnight|late at night|someday|in the (future|past)|years ago)\b,?\s*", RegexOptions.IgnoreCase),
        new(@"^there (is|was|are|were|lived|lives|once was|once lived|once were)\s+", RegexOptions.IgnoreCase),
        new(@"^(it is|this is|its) about\s+", RegexOptions.IgnoreCase),
        new(@"^(about|imagine|picture this|what if|suppose|maybe)\b[:,]?\s*", RegexOptions.IgnoreCase),
        new(@"^in a (world|land|future|time|universe|kingdom) where\s+", RegexOptions.IgnoreCase),
    ];

    public static string StripLeadIns(string sentence)
    {
        var s = sentence;
        for (var round = 0; round < 6; round++)
        {
            var before = s;
            foreach (var leadIn in LeadIns) s = leadIn.Replace(s, "", 1);
            if (s == before) break;
        }
        return s.Trim();
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\b(Mr|Mrs|Ms|Mx|Dr|Prof|Capt|Sgt|Lt|St)\.", RegexOptions.IgnoreCase)] private static partial Regex TitleStop();
    [GeneratedRegex(@"\s+(vs\.?|versus)\s+", RegexOptions.IgnoreCase)] private static partial Regex Versus();
    [GeneratedRegex(@"(?<=[.!?;])\s+|\s*[.!?;]+$|\n+")] private static partial Regex SentenceBreak();
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*|[,:]")] private static partial Regex TokenPattern();
}
