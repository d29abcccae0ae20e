namespace StoryExhibit.Core.Generation.Offline.Ideas;

internal enum VerbForm { Base, Present, Past, Gerund }

/// <summary>A verb as found in the text: its base form, the form it was in, and whether the lexicon knows it.</summary>
internal sealed record FoundVerb(string Base, VerbForm Form, bool Known);

internal static partial class Verbs
{
    /// <summary>The verb a word is a form of, when the lexicon knows it; null otherwise.</summary>
    public static FoundVerb? Recognise(string word)
    {
        var w = word.ToLowerInvariant();
        if (w is "is" or "are" or "am") return new("be", VerbForm.Present, true);
        if (w is "was" or "were") return new("be", VerbForm.Past, true);
        if (w is "has") return new("have", VerbForm.Present, true);
        if (Bases.Contains(w)) return new(w, VerbForm.Base, true);
        if (BaseOfIrregular.TryGetValue(w, out var irregular)) return new(irregular, VerbForm.Past, true);
        foreach (var (candidate, form) in Candidates(w))
            if (Bases.Contains(candidate)) return new(candidate, form, true);
        return null;
    }

    /// <summary>A word in a position where only a verb can stand: the lexicon's reading when it has one, else the
    /// spelling rules' best guess ("zorbles" → "zorble", present).</summary>
    public static FoundVerb Guess(string word)
    {
        var known = Recognise(word);
        if (known is not null) return known;
        var w = word.ToLowerInvariant();
        var guess = Candidates(w).FirstOrDefault();
        return guess == default ? new(w, VerbForm.Base, false) : new(guess.Base, guess.Form, false);
    }

    public static bool IsVerbForm(string word) => Recognise(word) is not null;

    /// <summary>The word as a finite verb in the text (present or past), not a base form or a gerund.</summary>
    public static bool IsFinite(string word) => Recognise(word) is { Form: VerbForm.Present or VerbForm.Past };

    public static string Form(string verb, VerbForm form) => form switch
    {
        VerbForm.Present => Present(verb),
        VerbForm.Past => Past(verb),
        VerbForm.Gerund => Gerund(verb),
        _ => verb,
    };

    private static IEnumerable<(string Base, VerbForm Form)> Candidates(string w)
    {
        if (w.Length < 4) yield break;
        if (w.EndsWith("ing") && w.Length > 4)
        {
            var stem = w[..^3];
            yield return (stem, VerbForm.Gerund);
            yield return (stem + "e", VerbForm.Gerund);
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return (stem[..^1], VerbForm.Gerund);
            if (stem.EndsWith('y')) yield return (stem[..^1] + "ie", VerbForm.Gerund);
        }
        else if (w.EndsWith("ied"))
        {
            yield return (w[..^3] + "y", VerbForm.Past);
        }
        else if (w.EndsWith("ed"))
        {
            var stem = w[..^2];
            if (stem.Length > 2 && stem[^1] == stem[^2] && !"lsfz".Contains(stem[^1])) yield return (stem[..^1], VerbForm.Past);
            yield return (stem, VerbForm.Past);
            yield return (w[..^1], VerbForm.Past);
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return (stem[..^1], VerbForm.Past);
        }
        else if (w.EndsWith("ies"))
        {
            yield return (w[..^3] + "y", VerbForm.Present);
            yield return (w[..^1], VerbForm.Present);
        }
        else if (w.EndsWith("es") && EndsWithAny(w[..^2], "s", "x", "z", "ch", "sh", "o"))
        {
            yield return (w[..^2], VerbForm.Present);
            yield return (w[..^1], VerbForm.Present);
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            yield return (w[..^1], VerbForm.Present);
        }
    }
}
