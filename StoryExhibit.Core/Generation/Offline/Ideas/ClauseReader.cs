namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>A sentence's main clause: who it is about (a name, a noun phrase or a pronoun), the phrases hung on
/// them ("on a generation ship"), and where the predicate starts.</summary>
internal sealed record Clause(
    string? Name, NounPhrase? Subject, string? Pronoun, int SubjectStart, int SubjectEnd, int PredicateAt,
    IReadOnlyList<(string Preposition, NounPhrase Phrase)> Attached)
{
    public bool HasSubject => Name is not null || Subject is not null || Pronoun is not null;
}

internal static class ClauseReader
{
    public static Clause Read(Tokens t)
    {
        var attached = new List<(string, NounPhrase)>();
        var i = SkipPhrases(t, 0, attached);
        var start = i;
        string? name = null, pronoun = null;
        NounPhrase? subject = null;
        if (t[i] is "i" or "we" or "you" or "he" or "she" or "they" or "it")
        {
            pronoun = t[i];
            i++;
        }
        else if (NameAt(t, i) is var nameEnd && nameEnd > i)
        {
            name = CharacterReader.Capitalise(t.Text(i, nameEnd));
            i = nameEnd;
            var appositive = t[i] == "," && Lexicon.IsDeterminer(t[i + 1]) ? i + 1 : t[i] == "the" ? i : -1;
            if (appositive >= 0 && Nouns.At(t, appositive) is { } described)
            {
                subject = described;
                i = described.End;
                if (t[i] == ",") i++;
            }
        }
        else if (Nouns.At(t, i) is { } phrase)
        {
            subject = phrase;
            i = phrase.End;
            if (t[i] is "named" or "called" && t.IsWord(i + 1) && !Lexicon.IsFunctionWord(t[i + 1]))
            {
                name = CharacterReader.Capitalise(t.Original(i + 1));
                i += 2;
            }
        }
        var subjectEnd = i;
        // "a grumpy troll and her grandmother find ...": the others are read elsewhere; the verb comes after them.
        if (t[i] == "and" && Nouns.At(t, i + 1) is { } partner && (Lexicon.IsBeing(partner.Head) || Lexicon.LooksLikeAgent(partner.Head)))
            i = partner.End;
        i = SkipPhrases(t, i, attached);
        if (t[i] is "who" or "that" or "which") i++;
        return new Clause(name, subject, pronoun, start, subjectEnd, t.IsWord(i) ? i : -1, attached);
    }

    /// <summary>Prepositional phrases and commas before the subject or after it: "In a city made of glass, ...",
    /// "an engineer on a generation ship ...".</summary>
    private static int SkipPhrases(Tokens t, int i, List<(string, NounPhrase)> attached)
    {
        while (i < t.Count)
        {
            if (t[i] == ",") { i++; continue; }
            if (t[i] is "deep" or "far" or "high" or "somewhere" or "away" or "up" or "down" && Lexicon.IsPreposition(t[i + 1])) { i++; continue; }
            if (!Lexicon.IsPreposition(t[i]) || t[i] is "to" or "for" or "about" or "like") break;
            if (Nouns.At(t, i + 1) is not { } phrase) break;
            attached.Add((t[i], phrase));
            i = phrase.End;
            // "made of glass", "full of stars": a participle phrase describing the place
            if (Verbs.Recognise(t[i]) is { Form: VerbForm.Past } && Lexicon.IsPreposition(t[i + 1]) && Nouns.At(t, i + 2) is { } more)
                i = more.End;
        }
        return i;
    }

    /// <summary>Where a proper name starting at <paramref name="i"/> ends (i when there is none). Lower-case unknown
    /// words count as a name only when what follows shows it ("pip the hedgehog", "zib, a tiny alien").</summary>
    private static int NameAt(Tokens t, int i)
    {
        var j = i;
        while (j < t.Count && j - i < 4 && CharacterReader.LooksLikeName(t, j)) j++;
        if (j == i) return i;
        var confident = Enumerable.Range(i, j - i).Any(k => Lexicon.IsKnownName(t[k]) || t.IsCapitalized(k) && (k > 0 || j - i > 1 || !Lexicon.IsCommonWord(t[k])));
        var shown = t[j] is "the" or "named" || t[j] == "," && Lexicon.IsDeterminer(t[j + 1]) || Verbs.IsFinite(t[j])
                    || t[j] is "wants" or "must" or "is" or "was" or "has" or "can" or "cannot";
        if (!confident && !shown) return i;
        if (j - i == 1 && Lexicon.IsTitle(t[i]) && !t.IsCapitalized(i)) return i;
        return j;
    }
}
