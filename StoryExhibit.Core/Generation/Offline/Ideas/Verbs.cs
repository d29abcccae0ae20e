namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>English verb forms: recognising a form in running text and making the other forms from the base.</summary>
internal static partial class Verbs
{
    private static readonly Dictionary<string, string> PastOf = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> ParticipleOf = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, string> BaseOfIrregular = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Bases = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Doubling;

    static Verbs()
    {
        foreach (var entry in Lexicon.IrregularVerbList())
        {
            var parts = entry.Split(':');
            Bases.Add(parts[0]);
            PastOf[parts[0]] = parts[1];
            ParticipleOf[parts[0]] = parts.Length > 2 ? parts[2] : parts[1];
            BaseOfIrregular.TryAdd(parts[1], parts[0]);
            BaseOfIrregular.TryAdd(ParticipleOf[parts[0]], parts[0]);
        }
        BaseOfIrregular["were"] = "be";
        BaseOfIrregular["is"] = "be";
        BaseOfIrregular["are"] = "be";
        BaseOfIrregular["am"] = "be";
        BaseOfIrregular["has"] = "have";
        BaseOfIrregular["does"] = "do";
        BaseOfIrregular["goes"] = "go";
        foreach (var v in Lexicon.RegularVerbList()) Bases.Add(v);
        Doubling = Lexicon.DoublingVerbList();
    }

    public static bool IsBase(string word) => Bases.Contains(word);

    public static IEnumerable<string> AllForms() =>
        Bases.SelectMany(b => new[] { b, Present(b), Past(b), Gerund(b), Participle(b) }).Distinct();

    public static string Present(string verb) => verb switch
    {
        "be" => "is",
        "have" => "has",
        "do" or "go" or "undo" => verb + "es",
        _ when EndsWithAny(verb, "s", "x", "z", "ch", "sh") => verb + "es",
        _ when verb.Length > 2 && verb[^1] == 'y' && !IsVowel(verb[^2]) => verb[..^1] + "ies",
        _ => verb + "s",
    };

    public static string Past(string verb)
    {
        if (PastOf.TryGetValue(verb, out var past)) return past;
        if (verb.EndsWith('e')) return verb + "d";
        if (verb.Length > 2 && verb[^1] == 'y' && !IsVowel(verb[^2])) return verb[..^1] + "ied";
        return (DoublesFinal(verb) ? verb + verb[^1] : verb) + "ed";
    }

    public static string Participle(string verb) =>
        ParticipleOf.TryGetValue(verb, out var participle) ? participle : Past(verb);

    public static string Gerund(string verb)
    {
        if (verb is "be" or "see" or "flee" or "free" or "agree" or "canoe") return verb + "ing";
        if (verb.EndsWith("ie")) return verb[..^2] + "ying";
        if (verb.EndsWith('e') && !verb.EndsWith("ee") && !verb.EndsWith("ye") && !verb.EndsWith("oe")) return verb[..^1] + "ing";
        return (DoublesFinal(verb) ? verb + verb[^1] : verb) + "ing";
    }

    /// <summary>"stop" → "stopped", "visit" → "visited": a single short vowel before a final consonant doubles it.</summary>
    private static bool DoublesFinal(string verb)
    {
        if (Doubling.Contains(verb)) return true;
        if (verb.Length < 3 || "wxy".Contains(verb[^1]) || IsVowel(verb[^1])) return false;
        if (!IsVowel(verb[^2]) || IsVowel(verb[^3])) return false;
        return VowelGroups(verb) == 1;
    }

    private static int VowelGroups(string word)
    {
        var groups = 0;
        for (var i = 0; i < word.Length; i++)
            if (IsVowel(word[i]) && (i == 0 || !IsVowel(word[i - 1]))) groups++;
        return groups;
    }

    private static bool IsVowel(char c) => "aeiou".Contains(char.ToLowerInvariant(c));

    private static bool EndsWithAny(string word, params string[] endings) => endings.Any(word.EndsWith);
}
