using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Reads a visitor's free text into story material. Pure and deterministic.</summary>
internal static class IdeaReader
{
    /// <summary>The idea box and the story elements together (elements win where both speak).</summary>
    public static StoryIdea Read(StorySeed seed)
    {
        var sentences = IdeaText.Sentences(seed.Prompt);
        var allWords = new Tokens(sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(s.Original)).ToList());
        var clauses = sentences.Select(ClauseReader.Read).ToArray();
        var heroAt = Enumerable.Range(0, clauses.Length).FirstOrDefault(k => IsCharacter(clauses[k], sentences[k]), -1);

        var ideaHero = heroAt < 0 ? null : HeroOf(clauses[heroAt], sentences[heroAt], allWords, seed.Audience);
        var elementHero = seed.Characters.Count > 0 ? CharacterReader.FromElement(seed.Characters[0], allWords, seed.Audience) : null;
        var hero = Merge(elementHero, ideaHero, seed.Characters.Count > 0 ? seed.Characters[0] : null);
        var pronouns = hero?.Pronouns ?? PronounOfSentence(clauses, sentences) ?? Pronouns.She;

        // The deed and the goal come from the hero's clause, then from later sentences about the same hero.
        string? goal = null;
        IdeaAction? deed = null;
        IdeaThing? thing = null;
        for (var k = Math.Max(heroAt, 0); k < sentences.Count; k++)
        {
            if (k != heroAt && !(heroAt < 0 && k == 0 && clauses[k].Subject is null) && !SameHero(clauses[k], ideaHero)) continue;
            var predicate = PredicateReader.Read(sentences[k], clauses[k].PredicateAt, pronouns);
            goal ??= predicate.Goal;
            deed ??= predicate.Event;
            thing ??= predicate.Thing;
        }

        var place = PlaceReader.FromElement(seed.Place, pronouns)
                    ?? FindPlace(sentences, pronouns)
                    ?? (heroAt >= 0 ? PlaceReader.BelongingOf(clauses[heroAt].Subject, sentences[heroAt]) : null)
                    ?? BarePlace(clauses, sentences, pronouns, heroAt);
        var objectThing = ObjectReader.FromElement(seed.StoryObject, pronouns) ?? thing ?? FindThing(sentences, pronouns, heroAt, clauses);
        var others = OthersReader.Read(seed, sentences, clauses, heroAt, hero, ideaHero, pronouns);
        return new StoryIdea { Hero = hero, Others = others, Place = place, Object = objectThing, Goal = goal, Event = deed };
    }

    /// <summary>A visitor's own choice ("She opens the bottle", "let's run to the cliffs") as the hero's deed;
    /// null when no deed can be read from it.</summary>
    public static IdeaAction? ReadAction(string choice, Pronouns hero) => ActionReader.Read(choice, hero);

    private static bool IsCharacter(Clause c, Tokens t)
    {
        if (c.Name is not null) return true;
        if (c.Subject is not { } s) return false;
        if (Lexicon.IsBeing(s.Head) || Lexicon.LooksLikeAgent(s.Head)) return true;
        // An unknown noun doing something is a character too ("a zorblax wants to fly"); a place is not.
        return c.PredicateAt >= 0 && Verbs.Recognise(t[c.PredicateAt]) is { Form: VerbForm.Present or VerbForm.Past }
               && !Lexicon.IsPlace(s.Head) && !Lexicon.IsThing(s.Head) && Lexicon.CanBeObject(s.Head)
               && !Spelling.IsKnown(s.Head);
    }

    private static IdeaCharacter HeroOf(Clause c, Tokens t, Tokens allWords, Audience audience) =>
        CharacterReader.Make(c.Name, c.Subject, t, allWords, audience);

    /// <summary>The element's character wins; the idea fills in what the element leaves open.</summary>
    private static IdeaCharacter? Merge(IdeaCharacter? element, IdeaCharacter? idea, string? elementText)
    {
        if (element is null) return idea;
        if (idea is null) return element;
        var elementHasDescription = IdeaText.Words(elementText).Count > (element.Name?.Split(' ').Length ?? 0);
        if (!elementHasDescription)
            return element with { Description = idea.Description, Pronouns = idea.Pronouns == element.Pronouns || element.Name is null ? idea.Pronouns : element.Pronouns };
        return element;
    }

    private static bool SameHero(Clause c, IdeaCharacter? hero) =>
        c.Pronoun is "he" or "she" or "it" or "they"
        || hero is not null && (c.Name is not null && c.Name == hero.Name || c.Subject is not null && hero.Description.EndsWith(c.Subject.Head));

    private static Pronouns? PronounOfSentence(Clause[] clauses, IReadOnlyList<Tokens> sentences) =>
        clauses.Select(c => c.Pronoun).FirstOrDefault(p => p is not null) switch
        {
            "he" => Pronouns.He,
            "it" => Pronouns.It,
            "she" => Pronouns.She,
            _ => null,
        };

    private static IdeaPlace? FindPlace(IReadOnlyList<Tokens> sentences, Pronouns hero)
    {
        foreach (var t in sentences)
            for (var i = 0; i < t.Count - 1; i++)
                if (Lexicon.IsPreposition(t[i]) && t[i] is not "of" and not "with" and not "about" and not "for"
                    && Nouns.At(t, i + 1) is { } phrase && PlaceReader.FromPhrase(t[i], phrase, t, hero) is { } place)
                    return place;
        return null;
    }

    /// <summary>An idea that is only a place: "a haunted house", "space", "the bottom of the sea".</summary>
    private static IdeaPlace? BarePlace(Clause[] clauses, IReadOnlyList<Tokens> sentences, Pronouns hero, int heroAt)
    {
        for (var k = 0; k < clauses.Length; k++)
            if (k != heroAt && clauses[k].Subject is { } s && Lexicon.IsPlace(s.Head))
                return PlaceReader.FromPhrase(null, s, sentences[k], hero);
        return null;
    }

    private static IdeaThing? FindThing(IReadOnlyList<Tokens> sentences, Pronouns hero, int heroAt, Clause[] clauses)
    {
        for (var k = 0; k < sentences.Count; k++)
        {
            var t = sentences[k];
            for (var i = 0; i < t.Count; i++)
            {
                if (k == heroAt && i >= clauses[k].SubjectStart && i < clauses[k].SubjectEnd) continue;
                if (i > 0 && (Lexicon.IsDeterminer(t[i - 1]) || t.IsWord(i - 1) && !Lexicon.IsFunctionWord(t[i - 1]) && !Verbs.IsVerbForm(t[i - 1]))) continue;
                if (Nouns.At(t, i) is { } phrase && Lexicon.IsThing(phrase.Head) && ObjectReader.FromPhrase(phrase, t, hero).Thing is { } thing)
                    return thing;
            }
        }
        return null;
    }
}
