namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Finds the thing a story turns on: "a message in a bottle that glows at night" → "message in a bottle",
/// detail "glows at night". Never a place, a person, a feeling or the weather.</summary>
internal static class ObjectReader
{
    /// <summary>The object element as typed ("a glowing compass", "a key that opens any door").</summary>
    public static IdeaThing? FromElement(string? element, Pronouns hero)
    {
        var t = IdeaText.Words(element);
        var phrase = t.Count == 0 ? null : Nouns.At(t, 0);
        return phrase is null ? null : FromPhrase(phrase, t, hero, requireThing: false).Thing;
    }

    /// <summary>The thing named by the phrase (with what follows it that belongs to it), and where its words end.</summary>
    public static (IdeaThing? Thing, int End) FromPhrase(NounPhrase phrase, Tokens t, Pronouns hero, bool requireThing = true)
    {
        if (requireThing && (!Lexicon.CanBeObject(phrase.Head) || Verbs.Recognise(t[phrase.End - 1]) is { Form: VerbForm.Gerund }
            || !Lexicon.IsThing(phrase.Head) && phrase.Determiner is null))
            return (null, phrase.End);
        var end = phrase.End;
        // "message in a bottle", "map of the stars": a phrase that is part of the thing's name.
        if (t[end] is "in" or "of" && Nouns.At(t, end + 1) is { } inner && !Lexicon.IsPlace(inner.Head) && !Lexicon.IsBeing(inner.Head)
            && inner.End - inner.Start <= 3)
            end = inner.End;
        var noun = string.Join(' ', Enumerable.Range(phrase.WordsStart, end - phrase.WordsStart).Select(i => ActionPhrase.PersonWord(t, i, hero)));
        if (noun.EndsWith("'s")) return (null, end);
        var (detail, detailEnd) = Detail(t, end, hero);
        return (new IdeaThing(noun, detail), detailEnd);
    }

    /// <summary>What follows a thing and tells what is special about it, as words that can follow "that".</summary>
    private static (string? Detail, int End) Detail(Tokens t, int i, Pronouns hero)
    {
        var start = i;
        string prefix = "";
        if (t[i] is "that" or "which") start = i + 1;
        else if (t[i] is "with" && Nouns.At(t, i + 1) is not null) { start = i + 1; prefix = "has "; }
        else if (Verbs.Recognise(t[i]) is { Form: VerbForm.Past } participle && participle.Base is not "be" and not "have"
                 && (Lexicon.IsPreposition(t[i + 1]) || t[i + 1] is "by")) prefix = "is ";
        else if (t[i] is "full" && t[i + 1] == "of") prefix = "is ";
        else return (null, i);
        var end = ClauseEnd(t, start);
        if (end <= start) return (null, i);
        var last = t[end - 1];
        if (Lexicon.IsDeterminer(last) || Lexicon.IsPreposition(last) && last is not ("in" or "on" or "up" or "out") || last.EndsWith("'s"))
            return (null, i);
        var words = string.Join(' ', Enumerable.Range(start, end - start).Select(k => ActionPhrase.PersonWord(t, k, hero)));
        return (prefix + words, end);
    }

    /// <summary>Where a clause that started at <paramref name="i"/> ends: at a stop, a comma, or a word that starts
    /// another clause.</summary>
    public static int ClauseEnd(Tokens t, int i)
    {
        var j = i;
        while (j < t.Count && t.IsWord(j) && t[j] is not ("but" or "because" or "when" or "while" or "until" or "so"
                   or "although" or "though" or "before" or "after" or "unless" or "whereupon" or "where"))
        {
            if (j > i && t[j] is "and" && Verbs.Recognise(t[j + 1]) is { Form: VerbForm.Present or VerbForm.Past } && !Lexicon.IsThing(t[j + 1]))
                break;
            j++;
        }
        return j;
    }

    /// <summary>A goal that follows from finding the thing: "find out who sent the message".</summary>
    public static string GoalAfterFinding(string head) => head switch
    {
        "message" or "letter" or "note" or "postcard" or "transmission" or "signal" or "invitation" or "parcel" or "package"
            => $"find out who sent the {head}",
        "map" => "follow the map to its end",
        "key" => "find the lock the key opens",
        "door" or "portal" or "gate" or "tunnel" => $"find out where the {head} leads",
        "egg" => "find out what hatches from the egg",
        "book" or "diary" or "journal" or "scroll" or "spellbook" or "notebook" => $"uncover the secret of the {head}",
        _ => $"find out where the {head} came from",
    };
}
