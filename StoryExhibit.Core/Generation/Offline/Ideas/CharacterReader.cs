using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Makes characters: from a story element ("Mira the fox", "Captain Ada Reyes, a pilot") or from a noun
/// phrase of the idea, with pronouns from the noun, the name, the idea's own pronouns, or a stable coin toss.</summary>
internal static class CharacterReader
{
    private static readonly HashSet<string> FemaleTitles = new(StringComparer.OrdinalIgnoreCase)
        { "queen", "princess", "lady", "dame", "mrs", "ms", "miss", "madam", "aunt", "grandma", "granny", "mistress", "señora" };
    private static readonly HashSet<string> MaleTitles = new(StringComparer.OrdinalIgnoreCase)
        { "king", "prince", "sir", "lord", "mr", "uncle", "grandpa", "master", "señor" };

    /// <summary>A character element as the visitor typed it; null when nothing usable is there.</summary>
    public static IdeaCharacter? FromElement(string? element, Tokens idea, Audience audience)
    {
        var t = IdeaText.Words(element);
        if (t.Count == 0) return null;
        if (Lexicon.IsDeterminer(t[0]) || !LooksLikeName(t, 0))
        {
            var phrase = Nouns.At(t, 0);
            if (phrase is null) return null;
            var named = NameAfter(t, phrase.End);
            return Make(named, phrase, t, idea, audience);
        }
        var nameEnd = 0;
        while (nameEnd < t.Count && nameEnd < 4 && t.IsWord(nameEnd) && LooksLikeName(t, nameEnd)) nameEnd++;
        var name = t.Text(0, nameEnd);
        var rest = nameEnd < t.Count && t[nameEnd] == "," ? nameEnd + 1 : nameEnd;
        if (t[rest] is "is" or "was") rest++;
        var description = Nouns.At(t, rest);
        // "Grandpa Joe", "Captain Nemo": the title says who they are when nothing else does
        if (description is null && nameEnd > 1 && Lexicon.IsTitle(t[0]) && (Lexicon.IsBeing(t[0]) || Lexicon.LooksLikeAgent(t[0])))
            description = Nouns.At(t.Slice(0, 1), 0);
        return Make(Capitalise(name), description, t, idea, audience);
    }

    /// <summary>A character named by a noun phrase of the idea (and perhaps a name before or after it).</summary>
    public static IdeaCharacter Make(string? name, NounPhrase? phrase, Tokens t, Tokens idea, Audience audience,
        Pronouns? possessor = null)
    {
        var description = phrase is null ? null : Description(phrase, t);
        var head = phrase?.Head;
        var pronouns = PronounsFor(name, head, idea, name ?? description ?? "");
        // "a robot chef", "a clockwork owl" is a machine whatever its head noun says
        if (phrase is not null && Lexicon.GenderOfNoun(phrase.Head) == Lexicon.Gender.None
            && Enumerable.Range(phrase.WordsStart, phrase.End - phrase.WordsStart - 1).Any(k => Lexicon.IsMachine(t[k]) || t[k] is "clockwork" or "mechanical" or "robotic"))
            pronouns = Pronouns.It;
        description ??= DefaultDescription(pronouns, audience);
        var shortName = name is not null ? FirstName(name)
            : possessor is not null && phrase?.Determiner is "his" or "her" or "their" or "my" or "your" or "our"
                ? $"{possessor.Possessive} {description}"
                : "the " + ShortDescription(phrase, t, description);
        return new IdeaCharacter(name, description, pronouns) { ShortName = shortName };
    }

    public static string Description(NounPhrase phrase, Tokens t)
    {
        var words = phrase.Words(t);
        if (!phrase.Plural) return words;
        var lastSpace = words.LastIndexOf(' ');
        return (lastSpace < 0 ? "" : words[..(lastSpace + 1)]) + phrase.Head;
    }

    /// <summary>"lighthouse keeper's daughter" → "keeper's daughter"; "tired engineer" → "engineer".</summary>
    private static string ShortDescription(NounPhrase? phrase, Tokens t, string description)
    {
        if (phrase is null) return description.Split(' ')[^1];
        for (var i = phrase.End - 2; i >= phrase.WordsStart; i--)
            if (t[i].EndsWith("'s")) return t.Text(i, phrase.End - 1) + " " + phrase.Head;
        return phrase.Head;
    }

    public static Pronouns PronounsFor(string? name, string? head, Tokens idea, string key)
    {
        switch (head is null ? Lexicon.Gender.None : Lexicon.GenderOfNoun(head))
        {
            case Lexicon.Gender.Female: return Pronouns.She;
            case Lexicon.Gender.Male: return Pronouns.He;
            case Lexicon.Gender.Neuter: return Pronouns.It;
        }
        if (name is not null)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(FemaleTitles.Contains)) return Pronouns.She;
            if (words.Any(MaleTitles.Contains)) return Pronouns.He;
            var first = words.FirstOrDefault(w => !Lexicon.IsTitle(w)) ?? words.FirstOrDefault() ?? "";
            switch (Lexicon.GenderOfName(first))
            {
                case Lexicon.Gender.Female: return Pronouns.She;
                case Lexicon.Gender.Male: return Pronouns.He;
            }
        }
        for (var i = 0; i < idea.Count; i++)
        {
            if (idea[i] is "she" or "her" or "hers" or "herself") return Pronouns.She;
            if (idea[i] is "he" or "him" or "his" or "himself") return Pronouns.He;
        }
        if (head is not null && !Lexicon.IsBeing(head) && !Lexicon.LooksLikeAgent(head) && Lexicon.CanBeObject(head) && Lexicon.IsThing(head))
            return Pronouns.It;
        return StableHash.Of(key.ToLowerInvariant()) % 2 == 0 ? Pronouns.She : Pronouns.He;
    }

    private static string DefaultDescription(Pronouns pronouns, Audience audience) =>
        pronouns == Pronouns.It ? "robot"
        : audience switch
        {
            Audience.Children => pronouns == Pronouns.She ? "girl" : "boy",
            Audience.Teens => pronouns == Pronouns.She ? "young woman" : "young man",
            _ => pronouns == Pronouns.She ? "woman" : "man",
        };

    private static string? NameAfter(Tokens t, int i) =>
        t[i] is "named" or "called" && t.IsWord(i + 1) ? Capitalise(t.Original(i + 1)) : null;

    public static bool LooksLikeName(Tokens t, int i) =>
        t.IsWord(i) && !Lexicon.IsDeterminer(t[i]) && !Lexicon.IsFunctionWord(t[i]) && !IsQuestionWord(t[i])
        && (Lexicon.IsKnownName(t[i]) || Lexicon.IsTitle(t[i]) && t.IsCapitalized(i)
            // "Inspector Bell", "Captain Hook": after a title a capitalised word is a name, even a common one
            || i > 0 && t.IsCapitalized(i) && t.IsCapitalized(i - 1) && Lexicon.IsTitle(t[i - 1])
            || t.IsCapitalized(i) && !Lexicon.IsCommonWord(t[i]) || !Lexicon.IsCommonWord(t[i]) && !Verbs.IsVerbForm(t[i]));

    private static bool IsQuestionWord(string word) => word is "why" or "how" or "what" or "who" or "where" or "when" or "which";

    /// <summary>"Captain Ada Reyes" → "Ada"; "Mr Finch" stays "Mr Finch": a surname is not said without its honorific.</summary>
    public static string FirstName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && Honorifics.Contains(words[0].TrimEnd('.')) && Lexicon.GenderOfName(words[1]) == Lexicon.Gender.None)
            return name;
        return words.Length == 1 ? words[0] : words.FirstOrDefault(w => !Lexicon.IsTitle(w)) ?? words[^1];
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
        { "mr", "mrs", "ms", "mx", "miss", "dr", "doctor", "professor", "prof" };

    public static string Capitalise(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

}
