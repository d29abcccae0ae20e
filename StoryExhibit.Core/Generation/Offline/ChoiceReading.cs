using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>What a taken choice means for the prose: a deed the hero does (base form, and past when
/// known), or, for a visitor's line that is not the hero's deed, a happening the hero sees.</summary>
internal sealed partial record ChoiceReading(string Base, string? Past, bool IsDeed)
{
    private static readonly string[] Prefixes =
        ["let's ", "let’s ", "let us ", "i want to ", "i'd like to ", "i’d like to ", "we should ", "i will ", "we will ", "maybe ", "try to ", "i ", "we ", "you "];

    public static ChoiceReading Of(PathStep step, Pronouns hero)
    {
        if (!step.IsFreeText) return new(PromptReader.LowerFirst(step.Text), null, true);
        if (IdeaReader.ReadAction(step.Text, hero) is { } action) return new(action.Base, action.Past, true);
        return Fallback(step.Text, hero);
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
        return new(PromptReader.LowerFirst(t), null, isDeed);
    }

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
