using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Reads a visitor's free text into story material. Pure and deterministic.</summary>
internal static class IdeaReader
{
    /// <summary>The idea box and the story elements together (elements win where both speak).</summary>
    public static StoryIdea Read(StorySeed seed)
    {
        var sentences = IdeaText.Sentences(seed.Prompt).ToList();
        var allWords = new Tokens(sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(s.Original)).ToList());
        var clauses = sentences.Select(ClauseReader.Read).ToArray();
        var heroAt = Enumerable.Range(0, clauses.Length).FirstOrDefault(k => IsCharacter(clauses[k], sentences[k]), -1);
        var whole = (Sentences: sentences.ToArray(), Clauses: clauses.ToArray());
        if (heroAt < 0 && LaterClause(sentences) is var (later, from, clause))
        {
            // "the moon is stolen and a little owl has to find it": the hero's clause is the second one.
            sentences[later] = sentences[later].Slice(from, sentences[later].Count);
            clauses[later] = clause;
            heroAt = later;
        }

        var ideaHero = heroAt < 0 ? null
            : CharacterReader.Make(clauses[heroAt].Name, clauses[heroAt].Subject, sentences[heroAt], allWords, seed.Audience);
        var elementHero = seed.Characters.Count > 0 ? CharacterReader.FromElement(seed.Characters[0], allWords, seed.Audience) : null;
        var hero = Merge(elementHero, ideaHero, seed.Characters.Count > 0 ? seed.Characters[0] : null);
        var pronouns = hero?.Pronouns ?? PronounOfSubject(clauses) ?? Pronouns.She;

        // The deed and the goal come from the hero's clause, then from later sentences about the same hero.
        string? goal = null;
        IdeaAction? deed = null;
        IdeaThing? thing = null;
        for (var k = Math.Max(heroAt, 0); k < sentences.Count; k++)
        {
            if (k != heroAt && !(heroAt < 0 && k == 0 && clauses[k].Subject is null) && !SameHero(clauses[k], ideaHero)) continue;
            var predicate = PredicateReader.Read(sentences[k], clauses[k], pronouns);
            goal ??= predicate.Goal;
            deed ??= predicate.Event;
            thing ??= predicate.Thing;
        }

        if (heroAt < 0 && sentences.Count > 0) goal ??= Imperative(sentences[0], clauses[0], pronouns);
        if (ideaHero is not null && ideaHero.Pronouns != pronouns)
        {
            // "a boy loses his hat" told of Nell: she loses her hat
            goal = Repronoun(goal, ideaHero.Pronouns, pronouns);
            deed = deed is null ? null : new IdeaAction(Repronoun(deed.Base, ideaHero.Pronouns, pronouns)!,
                Repronoun(deed.Past, ideaHero.Pronouns, pronouns)!, Repronoun(deed.Gerund, ideaHero.Pronouns, pronouns)!,
                Repronoun(deed.Present, ideaHero.Pronouns, pronouns)!);
        }

        var place = PlaceReader.FromElement(seed.Place, pronouns)
                    ?? FindPlace(whole.Sentences, pronouns)
                    ?? (heroAt >= 0 ? PlaceReader.BelongingOf(clauses[heroAt].Subject, sentences[heroAt]) : null)
                    ?? BarePlace(whole.Clauses, whole.Sentences, pronouns, heroAt >= 0 ? clauses[heroAt] : null);
        var objectThing = ObjectReader.FromElement(seed.StoryObject, pronouns) ?? thing ?? FindThing(sentences, pronouns, heroAt, clauses)
                          ?? DisplacedThing(ideaHero, hero, heroAt >= 0 ? clauses[heroAt] : null, heroAt >= 0 ? sentences[heroAt] : null, pronouns)
                          ?? (heroAt < 0 && place is null ? SubjectThing(clauses, sentences, pronouns) : null);
        var others = OthersReader.Read(seed, sentences, clauses, heroAt, hero, ideaHero, pronouns);
        return new StoryIdea { Hero = hero, Others = others, Place = place, Object = objectThing, Goal = goal, Event = deed };
    }

    /// <summary>A visitor's own choice ("She opens the bottle", "let's run to the cliffs") as the hero's deed;
    /// null when no deed can be read from it.</summary>
    public static IdeaAction? ReadAction(string choice, Pronouns hero) => ActionReader.Read(choice, hero);

    /// <summary>"the ghost ship returns" told of an old fisherman: the ship the idea made its hero is the story's thing.</summary>
    private static IdeaThing? DisplacedThing(IdeaCharacter? ideaHero, IdeaCharacter? hero, Clause? clause, Tokens? t, Pronouns pronouns) =>
        ideaHero is not null && !ReferenceEquals(ideaHero, hero) && clause?.Subject is { } s && t is not null
        && (Lexicon.IsThing(s.Head) || Lexicon.IsPlace(s.Head)) && !Lexicon.IsBeing(s.Head)
            ? ObjectReader.FromPhrase(s, t, pronouns, requireThing: false).Thing
            : null;

    /// <summary>"why the moon has spots": with no hero and no place, what the idea is about is its thing.</summary>
    private static IdeaThing? SubjectThing(Clause[] clauses, IReadOnlyList<Tokens> sentences, Pronouns pronouns)
    {
        if (clauses.Length == 0) return null;
        var (t, c) = (sentences[0], clauses[0]);
        if (t.Count > 2 && t[0] is "why" or "how")
            (t, c) = (t.Slice(1, t.Count), ClauseReader.Read(t.Slice(1, t.Count)));
        return c is { Subject: { } s, PredicateAt: > 0 } && !Lexicon.IsBeing(s.Head) && !Lexicon.LooksLikeAgent(s.Head)
               && s.Determiner is "the" or "a" or "an" && !s.Plural
            ? ObjectReader.FromPhrase(s, t, pronouns, requireThing: false).Thing
            : null;
    }

    private static string? Repronoun(string? text, Pronouns from, Pronouns to) =>
        text is null ? null
            : string.Join(' ', text.Split(' ').Select(w => w == from.Possessive ? to.Possessive : w == from.Reflexive ? to.Reflexive : w));

    /// <summary>An idea that is a bare command ("climb the highest mountain in the world") is the hero's goal.</summary>
    private static string? Imperative(Tokens t, Clause c, Pronouns hero) =>
        c.SubjectStart == 0 && t.Count > 1 && Verbs.Recognise(t[0]) is { Form: VerbForm.Base, Known: true } && !Lexicon.IsKnownNoun(t[0])
            ? ActionPhrase.From(t, 0, ObjectReader.ClauseEnd(t, 0), hero)?.Base
            : null;

    private static (int Sentence, int From, Clause Clause)? LaterClause(IReadOnlyList<Tokens> sentences)
    {
        for (var k = 0; k < sentences.Count; k++)
            for (var p = 1; p < sentences[k].Count - 1; p++)
            {
                if (sentences[k][p - 1] is not ("and" or "but" or "so" or "then" or "until" or "when" or "where" or ",")) continue;
                var rest = sentences[k].Slice(p, sentences[k].Count);
                var clause = ClauseReader.Read(rest);
                if (clause.PredicateAt > 0 && IsCharacter(clause, rest)) return (k, p, clause);
            }
        return null;
    }

    private static bool IsCharacter(Clause c, Tokens t)
    {
        if (c.Name is not null) return true;
        if (c.Subject is not { } s) return false;
        // "a clock that runs backwards" is a thing; "a doll who wants to be real" is a character
        if (Lexicon.IsThing(s.Head) && c.Relative && t[c.PredicateAt - 1] is "that" or "which") return false;
        // "the ghost ship returns", "a robot car wants to race": a thing made a being by its modifier acts like one
        if ((Lexicon.IsThing(s.Head) || Lexicon.IsPlace(s.Head)) && !c.Relative && c.PredicateAt >= 0 && Verbs.IsFinite(t[c.PredicateAt])
            && Enumerable.Range(s.WordsStart, s.End - s.WordsStart - 1).Any(k => Lexicon.IsBeing(t[k]) && !Lexicon.IsThing(t[k])))
            return true;
        if (Lexicon.IsBeing(s.Head) || Lexicon.LooksLikeAgent(s.Head)) return true;
        // An unknown noun doing something is a character too ("a zorblax wants to fly"); a place is not.
        return c.PredicateAt >= 0 && Verbs.Recognise(t[c.PredicateAt]) is { Form: VerbForm.Present or VerbForm.Past }
               && !Lexicon.IsPlace(s.Head) && !Lexicon.IsThing(s.Head) && Lexicon.CanBeObject(s.Head)
               && !Spelling.IsKnown(s.Head);
    }

    /// <summary>The element's character wins; the idea fills in what the element leaves open.</summary>
    private static IdeaCharacter? Merge(IdeaCharacter? element, IdeaCharacter? idea, string? elementText)
    {
        if (element is null) return idea;
        if (idea is null) return element;
        var elementHasDescription = IdeaText.Words(elementText).Count > (element.Name?.Split(' ').Length ?? 0);
        if (elementHasDescription) return element;
        // "Nell" and "a boy finds a key": the name's gender stands and the boy is someone else; "Sam" and "a pirate": Sam is the pirate.
        var nameKnown = Lexicon.GenderOfName(CharacterReader.FirstName(element.Name ?? "")) != Lexicon.Gender.None;
        var nounGendered = Lexicon.GenderOfNoun(idea.Description.Split(' ')[^1]) is Lexicon.Gender.Female or Lexicon.Gender.Male;
        if (nameKnown && nounGendered && idea.Pronouns != element.Pronouns) return element;
        return element with { Description = idea.Description, Pronouns = nameKnown ? element.Pronouns : idea.Pronouns };
    }

    private static bool SameHero(Clause c, IdeaCharacter? hero) =>
        c.Pronoun is "he" or "she" or "it" or "they"
        || hero is not null && (c.Name is not null && c.Name == hero.Name || c.Subject is not null && hero.Description.EndsWith(c.Subject.Head));

    /// <summary>With no hero named ("she steals the crown"), the pronoun the idea uses for its subject.</summary>
    private static Pronouns? PronounOfSubject(Clause[] clauses) =>
        clauses.Select(c => c.Pronoun).FirstOrDefault(p => p is not null) switch
        {
            "he" => Pronouns.He,
            "it" => Pronouns.It,
            "she" => Pronouns.She,
            _ => null,
        };

    /// <summary>The first place the idea puts the hero in; weather or ground underfoot ("in the snow") only when
    /// no place proper ("behind the school") is named.</summary>
    private static IdeaPlace? FindPlace(IReadOnlyList<Tokens> sentences, Pronouns hero)
    {
        IdeaPlace? underfoot = null;
        foreach (var t in sentences)
            for (var i = 0; i < t.Count - 1; i++)
                if (Lexicon.IsPreposition(t[i]) && t[i] is not "of" and not "with" and not "about" and not "for"
                    && Nouns.At(t, i + 1) is { } phrase && PlaceReader.FromPhrase(t[i], phrase, t, hero) is { } place)
                {
                    if (!IsUnderfoot(phrase.Head)) return place;
                    underfoot ??= place;
                }
        return underfoot;
    }

    private static bool IsUnderfoot(string noun) =>
        noun is "snow" or "rain" or "fog" or "mist" or "dark" or "darkness" or "storm" or "wind" or "mud" or "sand" or "grass"
            or "sunshine" or "moonlight" or "shadows" or "shade";

    /// <summary>An idea that is only a place: "a haunted house", "space", "the bottom of the sea".</summary>
    private static IdeaPlace? BarePlace(Clause[] clauses, IReadOnlyList<Tokens> sentences, Pronouns hero, Clause? heroClause)
    {
        for (var k = 0; k < clauses.Length; k++)
            if (!ReferenceEquals(clauses[k], heroClause) && clauses[k].Subject is { } s && Lexicon.IsPlace(s.Head))
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
