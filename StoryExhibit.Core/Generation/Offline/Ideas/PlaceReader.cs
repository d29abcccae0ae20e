namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Finds where a story happens: a place element, a place phrase of the idea ("on a generation ship"), or a
/// place a character belongs to ("a lighthouse keeper's daughter" lives at the lighthouse).</summary>
internal static class PlaceReader
{
    private static readonly HashSet<string> KeptPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "on", "at", "under", "beneath", "below", "inside", "near", "by", "above", "aboard", "among" };

    /// <summary>The place element as typed: "an old lighthouse", "on Mars", "the Whispering Woods".</summary>
    public static IdeaPlace? FromElement(string? element, Pronouns hero)
    {
        var t = IdeaText.Words(element);
        if (t.Count == 0) return null;
        var at = 0;
        string? preposition = null;
        if (Lexicon.IsPreposition(t[0]) && t.Count > 1)
        {
            preposition = t[0];
            at = 1;
        }
        var phrase = Nouns.At(t, at);
        if (phrase is null) return null;
        return FromPhrase(preposition, phrase, t, hero, requirePlace: false);
    }

    /// <summary>A noun phrase after a preposition, when it is a place (or the element says it must be one).</summary>
    public static IdeaPlace? FromPhrase(string? preposition, NounPhrase phrase, Tokens t, Pronouns hero, bool requirePlace = true)
    {
        var end = phrase.End;
        var head = phrase.Head;
        var setting = Setting.Unknown;
        string? defaultPreposition = null;
        if (head is "bottom" or "depths" or "edge" or "top" or "heart" or "middle" && t[end] == "of" && Nouns.At(t, end + 1) is { } inner)
        {
            end = inner.End;
            head = inner.Head;
        }
        if (Lexicon.Place(head) is { } known) (setting, defaultPreposition) = known;
        else if (Lexicon.NamedPlace(head) is { } named) (setting, defaultPreposition) = (named, named == Setting.Planet ? "on" : "in");
        else if (requirePlace && !IsProperName(t, phrase)) return null;

        var words = Enumerable.Range(phrase.WordsStart, end - phrase.WordsStart).Select(i => t[i]).ToArray();
        if (words.Any(Lexicon.IsSpaceModifier) && setting is Setting.Sea or Setting.City or Setting.House or Setting.Unknown)
            (setting, defaultPreposition) = (Setting.Spaceship, "aboard");
        if (words.Any(Lexicon.IsUnderwaterModifier) || preposition is "under" or "beneath" or "below" && head is "sea" or "ocean" or "waves" or "lake"
            || phrase.Head is "bottom" or "depths" && head is "sea" or "ocean")
            setting = Setting.Underwater;

        var chosen = preposition is not null && KeptPrepositions.Contains(preposition) ? preposition : defaultPreposition ?? "in";
        if (chosen == "on" && defaultPreposition == "aboard") chosen = "aboard";
        if (setting == Setting.Underwater && phrase.Head is "bottom" or "depths") chosen = "at";
        var determiner = phrase.Determiner switch
        {
            null => IsProperName(t, phrase) || head is "space" or "sea" or "home" || phrase.Plural ? "" : "the ",
            "his" or "her" or "their" or "my" or "your" or "our" => hero.Possessive + " ",
            var d => d + " ",
        };
        var text = determiner + t.Text(phrase.WordsStart, end);
        if (text.EndsWith("'s")) return null;
        return new IdeaPlace(chosen, text, setting);
    }

    /// <summary>"lighthouse keeper's daughter" → at the lighthouse; "ship's cat" → aboard the ship.</summary>
    public static IdeaPlace? BelongingOf(NounPhrase? phrase, Tokens t)
    {
        if (phrase is null) return null;
        for (var i = phrase.WordsStart; i < phrase.End - 1; i++)
        {
            var word = t[i].EndsWith("'s") ? t[i][..^2] : t[i];
            if (Lexicon.Place(word) is not { } place) continue;
            var next = t[i + 1].EndsWith("'s") ? t[i + 1][..^2] : t[i + 1];
            var belongs = t[i].EndsWith("'s") || Lexicon.IsBelongingWord(next) || Lexicon.IsBeing(next) || Lexicon.LooksLikeAgent(next);
            if (!belongs) continue;
            return new IdeaPlace(place.Preposition, word is "space" ? "space" : "the " + word, place.Setting);
        }
        return null;
    }

    private static bool IsProperName(Tokens t, NounPhrase phrase) =>
        Enumerable.Range(phrase.WordsStart, phrase.End - phrase.WordsStart).All(i => t.IsCapitalized(i))
        && !Lexicon.IsBeing(phrase.Head) && !Lexicon.IsKnownName(phrase.Head);
}
