namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Turns a verb phrase in the text into an <see cref="IdeaAction"/>: the first verb (and any verb joined to
/// it by "and"/"then") put in each form, the visitor's "I", "my", "we" made the hero's.</summary>
internal static class ActionPhrase
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
        { "up", "out", "down", "away", "off", "back", "in", "on", "over", "around", "about", "along", "home", "inside",
          "outside", "aloud", "together", "forward", "ahead", "again", "loud", "there", "here", "through", "by" };

    /// <summary>The phrase from <paramref name="verbAt"/> (a verb in any form) to <paramref name="end"/>;
    /// null when it would end half-way through a phrase ("find the lighthouse keeper's").</summary>
    public static IdeaAction? From(Tokens t, int verbAt, int end, Pronouns hero, FoundVerb? verb = null) =>
        From(t, verbAt, verbAt, end, hero, verb);

    /// <summary>As above, with words before the verb that belong to the deed ("bravely fight the monster").</summary>
    public static IdeaAction? From(Tokens t, int start, int verbAt, int end, Pronouns hero, FoundVerb? verb)
    {
        end = Math.Min(end, t.Count);
        while (end > verbAt + 1 && t.IsPunctuation(end - 1)) end--;
        if (verbAt >= end || !t.IsWord(verbAt)) return null;
        var last = t[end - 1];
        if (end - verbAt > 1 && !Particles.Contains(last)
            && (Lexicon.IsDeterminer(last) && last != "her" || Lexicon.IsPreposition(last) || Lexicon.IsConjunction(last)
                || Lexicon.IsRelative(last) || last.EndsWith("'s") || Lexicon.IsModal(last) || last is "to" or "not"))
            return null;

        var first = verb ?? Verbs.Guess(t[verbAt]);
        var verbs = new Dictionary<int, string> { [verbAt] = first.Base };
        var dropped = new HashSet<int>();
        for (var i = verbAt + 1; i < end - 1; i++)
        {
            if (t[i] is not ("and" or "then" or ",")) continue;
            var next = t[i + 1] == "then" && i + 2 < end ? i + 2 : i + 1;
            // "I grab my lantern and we run": the second subject is the hero again.
            if (t[next] is "i" or "we" or "you" or "she" or "he" && next + 1 < end && Verbs.Recognise(t[next + 1]) is { } afterSubject)
            {
                dropped.Add(next);
                verbs[next + 1] = afterSubject.Base;
                continue;
            }
            var joined = Verbs.Recognise(t[next]);
            if (joined is null || Lexicon.IsThing(t[next]) && joined.Form == VerbForm.Base && first.Form != VerbForm.Base) continue;
            if (joined.Form == first.Form || first.Form == VerbForm.Gerund && joined.Form == VerbForm.Gerund
                || first.Form == VerbForm.Base && joined.Form == VerbForm.Base && joined.Known && !Lexicon.IsThing(t[next]))
                verbs[next] = joined.Base;
        }

        var words = Enumerable.Range(start, end - start).Select(i => PersonWord(t, i, hero)).ToArray();
        string Build(VerbForm form)
        {
            var output = (string[])words.Clone();
            foreach (var (at, baseForm) in verbs) output[at - start] = Verbs.Form(baseForm, form);
            return string.Join(' ', output.Where((_, k) => !dropped.Contains(k + start))).Replace(" ,", ",").Replace(" :", ":");
        }
        return new IdeaAction(Build(VerbForm.Base), Build(VerbForm.Past), Build(VerbForm.Gerund), Build(VerbForm.Present));
    }

    /// <summary>A word of the visitor's own text, with first and second person made the hero's.</summary>
    public static string PersonWord(Tokens t, int i, Pronouns hero) => t[i] switch
    {
        "i" or "we" => hero.Subject,
        "you" => Lexicon.IsPreposition(t[i - 1]) || i > 0 && Verbs.IsVerbForm(t[i - 1]) ? hero.Object : hero.Subject,
        "me" or "us" => hero.Object,
        "my" or "your" or "our" or "their" => hero.Possessive,
        "mine" or "yours" or "ours" => hero == Pronouns.She ? "hers" : hero == Pronouns.He ? "his" : hero.Possessive,
        "myself" or "yourself" or "ourselves" or "themselves" or "yourselves" => hero.Reflexive,
        _ => t.Display(i),
    };
}
