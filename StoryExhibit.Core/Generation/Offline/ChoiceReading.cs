using StoryExhibit.Core.Generation.Offline.Grammar;
using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>What a taken choice means for the prose: a deed the hero does (base form, and past when
/// known), or, for a visitor's line that is not the hero's deed, a happening the hero sees.</summary>
internal sealed partial record ChoiceReading(string Base, string? Past, bool IsDeed)
{
    /// <summary>"digging under the palm tree" for "dig under the palm tree": a deed whose past form hides the
    /// verb the visitor typed ("dug") is told as begun, so the scene still uses the visitor's own word.</summary>
    public string? Gerund => IsDeed && Base.Split(' ', 2) is [var verb, ..] && Past is { } past
        && !past.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && Verbs.IsBase(verb)
        ? string.Join(' ', [Verbs.Gerund(verb.ToLowerInvariant()), .. Base.Split(' ').Skip(1)]) : null;

    private static readonly string[] Prefixes =
        ["let's ", "let’s ", "let us ", "i want to ", "i'd like to ", "i’d like to ", "we should ", "i will ", "we will ", "maybe ", "try to ", "i ", "we ", "you "];

    public static ChoiceReading Of(PathStep step, Pronouns hero, string heroName)
    {
        if (!step.IsFreeText) return new(PromptReader.LowerFirst(step.Text), null, true);
        var text = WithoutHeroName(step.Text.Trim(), heroName, hero);
        if (IdeaReader.ReadAction(text, hero) is { } action) return new(action.Base, action.Past, true);
        return Fallback(text, hero);
    }

    /// <summary>"Finch sings the song" for a hero called Finch is the hero's deed: "he sings the song".</summary>
    private static string WithoutHeroName(string text, string heroName, Pronouns hero)
    {
        var name = heroName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.TrimEnd('.') ?? "";
        if (name.Length < 2 || !text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)) return text;
        var rest = text[(name.Length + 1)..];
        return PresentToBase(rest.Split(' ')[0]) is null ? text : hero.Subject + " " + rest;
    }

    /// <summary>Without the idea reader's help: strip "let's"/"I want to", and read "She opens the box" as "open the box".</summary>
    private static ChoiceReading Fallback(string text, Pronouns hero)
    {
        var t = text.Trim();
        foreach (var prefix in Prefixes)
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { t = t[prefix.Length..]; break; }
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[0].ToLowerInvariant() is "she" or "he" or "they" && PresentToBase(words[1]) is { } verb)
            t = string.Join(' ', [verb, .. words[2..]]).Replace(" and reads ", " and read ").Replace(" and opens ", " and open ");
        t = PromptReader.ToThirdPerson(t, hero);
        var first = PromptReader.Words(t).FirstOrDefault()?.ToLowerInvariant() ?? "";
        var rest = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var subjectAndVerb = rest.Length > 1 && char.IsUpper(rest[0][0]) && PresentToBase(rest[1]) is not null;
        var isDeed = PathReplayer.IsActionVerb(first) || !NotAVerb.Contains(first) && !subjectAndVerb;
        var deed = PromptReader.LowerFirst(t);
        return isDeed ? new(deed, PastOf(deed), true) : new(PromptReader.LowerFirst(HappenedOf(t)), null, false);
    }

    /// <summary>"open the box and read the note" gives "opened the box and read the note", so the scene tells
    /// the deed as done instead of quoting it; null when the deed does not start with a known verb.</summary>
    private static string? PastOf(string deed)
    {
        var words = deed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !IsVerb(words[0])) return null;
        words[0] = Verbs.Past(words[0].ToLowerInvariant());
        for (var i = 1; i < words.Length - 1; i++)
            if (words[i] is "and" or "then" && IsVerb(words[i + 1])) words[i + 1] = Verbs.Past(words[i + 1].ToLowerInvariant());
        return string.Join(' ', words);
    }

    /// <summary>"the cat bans Mondays" gives "the cat banned Mondays": what the visitor imagined, told as having happened.</summary>
    private static string HappenedOf(string happening)
    {
        var words = happening.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = words.Length > 2 && Phrases.IsArticle(words[0]) ? 2 : words.Length > 1 && char.IsUpper(words[0][0]) ? 1 : -1;
        if (at < 0) return happening;
        var verb = words[at].ToLowerInvariant();
        var baseForm = PresentToBase(verb) is { } b && (Verbs.IsBase(b) || at == 2) ? b
            : words[at - 1].EndsWith('s') && Verbs.IsBase(verb) ? verb : null;
        if (baseForm is null) return happening;
        words[at] = Verbs.Past(baseForm);
        return string.Join(' ', words);
    }

    private static bool IsVerb(string word) => Verbs.IsBase(word.ToLowerInvariant()) || PathReplayer.IsActionVerb(word);

    private static string? PresentToBase(string verb)
    {
        var v = verb.ToLowerInvariant();
        if (v.EndsWith("ies", StringComparison.Ordinal)) return v[..^3] + "y";
        if (EsEnding().IsMatch(v)) return v[..^2];
        if (v.EndsWith('s') && !v.EndsWith("ss", StringComparison.Ordinal)) return v[..^1];
        return null;
    }

    private static readonly HashSet<string> NotAVerb = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "this", "that", "these", "those", "some", "all", "every", "everyone", "everything", "suddenly", "then", "it", "there", "my", "our", "his", "her", "their" };

    [GeneratedRegex(@"(sh|ch|x|ss|o|z)es$")] private static partial Regex EsEnding();
}
