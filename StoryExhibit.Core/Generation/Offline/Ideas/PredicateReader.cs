namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>What a clause's predicate says about its subject: a deed that sets the story going ("finds a message
/// in a bottle"), a goal ("wants to fly", "must stop the storm", "is searching for her lost brother"), and the
/// thing the deed is done to.</summary>
internal sealed record Predicate(string? Goal, IdeaAction? Event, IdeaThing? Thing);

internal static class PredicateReader
{
    public static Predicate Read(Tokens t, int at, Pronouns hero)
    {
        if (at < 0 || at >= t.Count) return new(null, null, null);
        var i = at;
        while (t[i] is "suddenly" or "finally" or "secretly" or "accidentally" or "also" or "one" or "day" or "night"
               or "always" or "really" or "desperately" or "just" or "then" or "soon" or "quietly" or "bravely"
               || t[i].EndsWith("ly") && t[i].Length > 5 && Verbs.Recognise(t[i]) is null)
            i++;
        var end = ObjectReader.ClauseEnd(t, i);
        end = Math.Min(end, i + 16);

        // must / has to / needs to / is going to ...
        if (t[i] is "must" || t[i] is "has" or "have" or "had" or "needs" or "need" && t[i + 1] == "to")
            return GoalOnly(t, t[i] == "must" ? i + 1 : i + 2, end, hero);
        if (t[i] is "cannot" || t[i] is "can" or "could" && t[i + 1] == "not" || t[i] is "never" && Verbs.Recognise(t[i + 1]) is { Base: "learn" })
        {
            var verbAt = t[i] == "cannot" ? i + 1 : t[i] == "never" ? i + 3 : i + 2;
            var action = ActionPhrase.From(t, verbAt, end, hero);
            if (action is null) return new(null, null, null);
            return new(Verbs.Recognise(t[verbAt])?.Base is "find" or "reach" or "stop" or "get" ? action.Base : "learn to " + action.Base, null, null);
        }
        if (t[i] is "will" or "would" or "can" or "could" or "may" or "might" or "should") i++;

        var verb = Verbs.Recognise(t[i]);
        if (verb is null) return new(null, null, null);
        if (verb.Base == "be") return AfterBe(t, i + 1, end, hero);
        if (verb.Base is "get" && t[i + 1] == "lost") return new("find the way home", ActionPhrase.From(t, i, i + 2, hero, verb), null);
        if (Lexicon.IsGoalVerb(verb.Base) || verb.Base == "set" && t[i + 1] == "out")
        {
            var to = verb.Base == "set" ? i + 2 : i + 1;
            if (t[to] == "to") return GoalOnly(t, to + 1, end, hero);
            if (t[to] == "of" && Verbs.Recognise(t[to + 1]) is { Form: VerbForm.Gerund }) return GoalOnly(t, to + 1, end, hero);
            if (verb.Base == "want" && Nouns.At(t, to) is { } wanted && end == wanted.End)
                return new("find " + Phrase(t, wanted.Start, wanted.End, hero), null, null);
            return new(null, null, null);
        }
        return Deed(t, i, end, hero, verb);
    }

    private static Predicate GoalOnly(Tokens t, int verbAt, int end, Pronouns hero)
    {
        if (Verbs.Recognise(t[verbAt]) is { Base: "be" }) return new(Become(t, verbAt, end, hero), null, null);
        var goal = ActionPhrase.From(t, verbAt, end, hero);
        return new(goal?.Base, null, ThingIn(t, verbAt + 1, end, hero));
    }

    private static string? Become(Tokens t, int beAt, int end, Pronouns hero) =>
        Nouns.At(t, beAt + 1) is { } phrase && phrase.End == end ? "become " + Phrase(t, phrase.Start, phrase.End, hero)
        : end > beAt + 1 && Lexicon.IsAdjective(t[beAt + 1]) && end == beAt + 2 ? "learn to be " + t[beAt + 1]
        : null;

    /// <summary>"is afraid of the dark", "is searching for her brother", "is on a quest to find the crown".</summary>
    private static Predicate AfterBe(Tokens t, int i, int end, Pronouns hero)
    {
        if (t[i] is "afraid" or "scared" or "terrified" or "frightened")
        {
            if (t[i + 1] == "of" && i + 2 < end) return new("face " + Phrase(t, i + 2, end, hero), null, null);
            if (t[i + 1] == "to" && ActionPhrase.From(t, i + 2, end, hero) is { } dare) return new("find the courage to " + dare.Base, null, null);
            return new(null, null, null);
        }
        if (t[i] is "determined" or "desperate" or "eager" or "trying" or "going" or "ready" or "about" or "set" or "longing" or "hoping"
            && t[i + 1] == "to")
            return GoalOnly(t, i + 2, end, hero);
        if (t[i] == "lost" && end == i + 1) return new("find the way home", null, null);
        if (t[i] is "on" or "in" && t[i + 1] is "a" or "an" && t[i + 2] is "quest" or "mission" or "search")
        {
            if (t[i + 3] == "to") return GoalOnly(t, i + 4, end, hero);
            if (t[i + 3] is "for" or "of" && i + 4 < end) return new("find " + Phrase(t, i + 4, end, hero), null, null);
        }
        if (Verbs.Recognise(t[i]) is { Form: VerbForm.Gerund } doing && !Lexicon.IsThing(t[i]))
            return Deed(t, i, end, hero, doing);
        return new(null, null, null);
    }

    /// <summary>A deed: the inciting event, and the goal that follows from it when one plainly does.</summary>
    private static Predicate Deed(Tokens t, int verbAt, int end, Pronouns hero, FoundVerb verb)
    {
        var thingAt = verbAt + 1;
        while (thingAt < end && (t[thingAt] is "for" or "upon" or "across" or "on" or "up" or "out" or "into" or "over")) thingAt++;
        var objectPhrase = Nouns.At(t, thingAt);
        var (thing, thingEnd) = objectPhrase is null ? (null, thingAt) : ObjectReader.FromPhrase(objectPhrase, t, hero);
        // The event stops where the thing's description starts: "finds a message in a bottle" (that glows at night).
        var eventEnd = thing?.Detail is not null && objectPhrase is not null ? DescriptionStart(t, objectPhrase, thingEnd) : end;
        var action = ActionPhrase.From(t, verbAt, eventEnd, hero, verb);
        string? goal = null;
        var wanted = objectPhrase is null ? null : Phrase(t, objectPhrase.Start, objectPhrase.End, hero);
        switch (verb.Base)
        {
            case "search" or "look" or "hunt" when t[verbAt + 1] == "for" && wanted is not null:
            case "seek" when wanted is not null:
                goal = "find " + wanted;
                break;
            case "lose" when wanted is not null:
                goal = "find " + (objectPhrase!.Determiner is "a" or "an" ? "the " + objectPhrase.Words(t) : wanted);
                break;
            case "find" or "discover" or "receive" or "get" or "uncover" or "unearth" or "inherit" or "stumble" or "come"
                when thing is not null && objectPhrase is not null:
                goal = ObjectReader.GoalAfterFinding(objectPhrase.Head);
                break;
            case "hear" or "see" or "notice" or "spot" or "overhear" or "sense" or "smell"
                when objectPhrase is not null && Lexicon.IsPhenomenon(objectPhrase.Head):
                goal = $"find out where the {objectPhrase.Words(t)} comes from";
                break;
        }
        return new(goal, action, thing);
    }

    private static int DescriptionStart(Tokens t, NounPhrase phrase, int thingEnd)
    {
        var i = phrase.End;
        if (t[i] is "in" or "of" && Nouns.At(t, i + 1) is { } inner && inner.End < thingEnd) i = inner.End;
        return i;
    }

    private static IdeaThing? ThingIn(Tokens t, int from, int end, Pronouns hero)
    {
        for (var i = from; i < end; i++)
            if (Lexicon.IsDeterminer(t[i]) && Nouns.At(t, i) is { } phrase && ObjectReader.FromPhrase(phrase, t, hero).Thing is { } thing)
                return thing;
        return null;
    }

    /// <summary>A noun phrase's words with the visitor's pronouns made the hero's ("my brother" → "her brother").</summary>
    public static string Phrase(Tokens t, int from, int to, Pronouns hero) =>
        string.Join(' ', Enumerable.Range(from, Math.Max(0, to - from)).Select(i => ActionPhrase.PersonWord(t, i, hero)));
}
