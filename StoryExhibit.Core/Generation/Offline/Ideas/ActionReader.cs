namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Reads a visitor's own choice as the deed the hero does: "I run to the cliffs", "let's hide in the boat",
/// "Hugo climbs the mast", "climb the tower!", "maybe she could try talking to the dragon".</summary>
internal static class ActionReader
{
    public static IdeaAction? Read(string? choice, Pronouns hero)
    {
        var t = IdeaText.AsTyped(FirstSentence(choice));
        if (t.Count == 0) return null;
        var i = 0;
        while (t[i] is "maybe" or "perhaps" or "ok" or "okay" or "so" or "then" or "now" or "and" or "well" or "please"
               or "probably" or "first" or "just" or "," or "hmm" or "oh" || t[i] == "i" && t[i + 1] is "think" or "guess" or "bet")
            i += t[i] == "i" ? 2 : 1;
        if (t[i] is "how" or "what" && t[i + 1] == "about" && Verbs.Recognise(t[i + 2]) is { Form: VerbForm.Gerund } suggestion)
            return ActionPhrase.From(t, i + 2, t.Count, hero, suggestion);
        if (t[i] is "what" or "why" or "how" or "who" or "where" or "when" or "which" or "does" or "do" or "did" or "is"
            or "are" or "was" or "were" or "if")
            return null;

        var structured = false;
        var subjectAt = -1;
        if (t[i] == "let" && t[i + 1] is "us" or "me") { i += 2; structured = true; }
        else if (t[i] is "can" or "could" or "should" or "shall" or "will" or "would" or "may" or "might" && IsPersonal(t[i + 1]))
        {
            i += 2;
            structured = true;
        }
        else if (IsPersonal(t[i]) || t[i] is "he" or "she" or "they") { i++; structured = true; }
        else if (IsAdverb(t[i]) && t.IsWord(i + 1) && !Lexicon.IsFunctionWord(t[i + 1]))
            return ActionPhrase.From(t, i, i + 1, t.Count, hero, Verbs.Guess(t[i + 1]));
        else if (Verbs.Recognise(t[i]) is not { Form: VerbForm.Base, Known: true } || t.IsCapitalized(i) && i > 0)
        {
            var clause = ClauseReader.Read(t.Slice(i, t.Count));
            if (!clause.HasSubject || clause.PredicateAt < 0) return SubjectAndVerb(t, i, hero);
            // "The clouds turn into marshmallows" is a happening, not the hero's deed ("Bell questions ..." names someone)
            if (clause is { Name: null, Pronoun: null, Subject: { } subject } && !CanAct(subject.Head)
                && !(subject.Determiner is null && t.IsCapitalized(i + subject.WordsStart)))
                return null;
            subjectAt = i;
            i += clause.PredicateAt;
            structured = true;
        }

        i = SkipAuxiliaries(t, i, ref structured);
        if (IsAdverb(t[i]) && t.IsWord(i + 1) && !Lexicon.IsFunctionWord(t[i + 1]))
            return ActionPhrase.From(t, i, i + 1, t.Count, hero, Verbs.Guess(t[i + 1]));
        if (t[i] is "not" or "never" && t.IsWord(i + 1) && ActionPhrase.From(t, i + 1, t.Count, hero) is { } undone)
            return Negated(t[i], undone);
        var verb = Verbs.Recognise(t[i]);
        if (verb is null && (!structured || !t.IsWord(i) || Lexicon.IsFunctionWord(t[i])))
            return subjectAt >= 0 ? SubjectAndVerb(t, subjectAt, hero) : null;
        return ActionPhrase.From(t, i, t.Count, hero, verb ?? Verbs.Guess(t[i]));
    }

    /// <summary>"Finch sings the song", "the cat bans Mondays": a one-word subject and a verb the clause reader took
    /// for a compound noun ("cat bans").</summary>
    private static IdeaAction? SubjectAndVerb(Tokens t, int i, Pronouns hero)
    {
        var subject = Lexicon.IsDeterminer(t[i]) ? i + 1 : i;
        var verbAt = subject + 1;
        if (!t.IsWord(subject) || Lexicon.IsFunctionWord(t[subject]) || !t.IsWord(verbAt) || verbAt + 1 >= t.Count) return null;
        if (!CanAct(Nouns.Singular(t[subject])) && !(subject == i && t.IsCapitalized(subject)) || Lexicon.IsFunctionWord(t[verbAt])) return null;
        var verb = Verbs.Guess(t[verbAt]);
        return verb.Form is VerbForm.Present or VerbForm.Past ? ActionPhrase.From(t, verbAt, t.Count, hero, verb) : null;
    }

    /// <summary>Whether a subject noun can be the hero: a thing, a place or the weather cannot.</summary>
    private static bool CanAct(string noun) =>
        Lexicon.IsBeing(noun) || Lexicon.LooksLikeAgent(noun)
        || !Lexicon.IsThing(noun) && !Lexicon.IsPlace(noun) && !Lexicon.IsPlace(noun + "s") && !Lexicon.IsPhenomenon(noun) && !Lexicon.IsGeneric(noun);

    private static int SkipAuxiliaries(Tokens t, int i, ref bool structured)
    {
        for (var round = 0; round < 4; round++)
        {
            if (t[i] is "should" or "could" or "can" or "will" or "would" or "shall" or "might" or "may" or "must" or "to")
                i++;
            else if (t[i] is "am" or "are" or "is" && t[i + 1] == "going" && t[i + 2] == "to") i += 3;
            else if (t[i] is "want" or "wants" or "need" or "needs" or "have" or "has" && t[i + 1] == "to") i += 2;
            else if (t[i] is "would" or "d" && t[i + 1] == "like" && t[i + 2] == "to") i += 3;
            else if (t[i] is "rather" or "better") i++;
            else if (t[i] is "am" or "are" or "is" && Verbs.Recognise(t[i + 1]) is { Form: VerbForm.Gerund }) i++;
            else break;
            structured = true;
        }
        return i;
    }

    /// <summary>"not go in there": the deed left undone, in every form.</summary>
    private static IdeaAction Negated(string not, IdeaAction deed) => not == "never"
        ? new($"never {deed.Base}", $"never {deed.Past}", $"never {deed.Gerund}", $"never {deed.Present}")
        : new($"not {deed.Base}", $"did not {deed.Base}", $"not {deed.Gerund}", $"does not {deed.Base}");

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly") && Verbs.Recognise(word) is null;

    private static bool IsPersonal(string word) => word is "i" or "we" or "you";

    private static string FirstSentence(string? text)
    {
        var s = (text ?? "").Trim();
        var stop = s.IndexOfAny(['.', '!', '?', ';', '\n']);
        return stop > 0 ? s[..stop] : s;
    }
}
