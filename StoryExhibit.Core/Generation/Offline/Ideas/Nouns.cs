namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>A noun phrase found in a sentence: tokens Start..End (exclusive), its determiner, and its head noun
/// in the singular.</summary>
internal sealed record NounPhrase(int Start, int End, string? Determiner, int WordsStart, string Head, bool Plural)
{
    /// <summary>The words without the determiner: "lighthouse keeper's daughter".</summary>
    public string Words(Tokens t) => t.Text(WordsStart, End);

    /// <summary>The whole phrase: "a lighthouse keeper's daughter".</summary>
    public string Text(Tokens t) => t.Text(Start, End);
}

internal static class Nouns
{
    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["mice"] = "mouse",
        ["geese"] = "goose", ["teeth"] = "tooth", ["feet"] = "foot", ["wolves"] = "wolf", ["elves"] = "elf",
        ["dwarves"] = "dwarf", ["thieves"] = "thief", ["knives"] = "knife", ["leaves"] = "leaf", ["lives"] = "life",
        ["fishermen"] = "fisherman", ["sheep"] = "sheep", ["deer"] = "deer", ["fish"] = "fish", ["oxen"] = "ox",
        ["cacti"] = "cactus", ["fungi"] = "fungus", ["shelves"] = "shelf", ["scarves"] = "scarf",
    };

    public static string Singular(string noun)
    {
        var w = noun.ToLowerInvariant();
        if (IrregularPlurals.TryGetValue(w, out var s)) return s;
        if (w.Length < 4 || !w.EndsWith('s') || w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is") || w.EndsWith("'s")) return w;
        if (Spelling.IsKnown(w) && !Spelling.IsKnown(w[..^1]) && !Verbs.IsVerbForm(w)) return w;
        if (w.EndsWith("ies") && Spelling.IsKnown(w[..^3] + "y")) return w[..^3] + "y";
        if (w.EndsWith("es") && Spelling.IsKnown(w[..^2])) return w[..^2];
        if (w.EndsWith("ies")) return w[..^3] + "y";
        if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes")) return w[..^2];
        return w[..^1];
    }

    public static bool IsPlural(string noun) => !Singular(noun).Equals(noun, StringComparison.OrdinalIgnoreCase);

    /// <summary>The noun phrase starting at <paramref name="i"/>, or null when none starts there.</summary>
    public static NounPhrase? At(Tokens t, int i)
    {
        if (i >= t.Count || !t.IsWord(i)) return null;
        string? determiner = null;
        var j = i;
        if (Lexicon.IsDeterminer(t[j]))
        {
            determiner = t[j];
            j++;
        }
        var wordsStart = j;
        var lastWasNoun = false;
        while (j < t.Count && j - wordsStart < 6 && t.IsWord(j))
        {
            var w = t[j];
            if (Lexicon.IsPreposition(w) || Lexicon.IsConjunction(w) || Lexicon.IsRelative(w) || Lexicon.IsModal(w)
                || Lexicon.IsDeterminer(w) || Lexicon.Pronoun(w) || Lexicon.IsPredicateAdjective(w)
                || w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "not" or "named" or "called"
                    or "never" or "also" or "always" or "just" or "suddenly" or "who" or "very")
                break;
            if (lastWasNoun && StartsPredicate(t, j)) break;
            lastWasNoun = !Lexicon.IsAdjective(w) || Lexicon.IsBeing(w) || Lexicon.IsThing(w) || Lexicon.IsPlace(w);
            j++;
            if (w.EndsWith("'s") && j < t.Count && !t.IsWord(j)) break;
        }
        if (j == wordsStart) return null;
        var head = t[j - 1];
        if (head.EndsWith("'s") || head.EndsWith('\'')) return null;
        return new NounPhrase(i, j, determiner, wordsStart, Singular(head), IsPlural(head) || determiner is "two" or "three" or "these" or "those");
    }

    /// <summary>Whether the word at <paramref name="j"/>, after a noun, begins the verb of the sentence rather than
    /// continuing the noun phrase ("the keeper's daughter finds", "a map made of moonlight", "two kids find").</summary>
    private static bool StartsPredicate(Tokens t, int j)
    {
        var w = t[j];
        if (Lexicon.IsBeing(w) || Lexicon.IsPlace(w) || Lexicon.IsThing(w) && !Verbs.IsFinite(w)) return false;
        var verb = Verbs.Recognise(w);
        if (verb is null) return w.EndsWith("ly") && w.Length > 4;
        if (verb.Form is VerbForm.Present or VerbForm.Past or VerbForm.Gerund) return true;
        // A base form after a plural noun ("two kids find a portal"), or one that is no noun at all.
        return t[j - 1].EndsWith('s') && !t[j - 1].EndsWith("'s") || verb.Known && !Lexicon.IsKnownNoun(w);
    }
}
