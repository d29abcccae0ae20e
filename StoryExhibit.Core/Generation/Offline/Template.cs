using System.Text;
using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation.Offline.Grammar;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Fills one sentence template. <c>{hero}</c>, <c>{companion}</c> and <c>{stranger}</c> are characters the
/// <see cref="Realiser"/> names (<c>{Hero}</c> capitalises, <c>{hero}’s</c> is the possessive);
/// <c>{place}</c>, <c>{object}</c> and <c>{foe}</c> are said in full the first time and shortly after;
/// other slots are plain text; <c>{~big}</c> is an audience word, and <c>[simple|rich]</c> or
/// <c>[children|teens|adults]</c> picks by audience.
/// </summary>
internal static partial class Template
{
    public static string Render(string template, IReadOnlyDictionary<string, string> slots, AudienceVoice voice, StoryRandom rng,
        StoryWorld? world = null, Realiser? realiser = null)
    {
        var text = Alternatives().Replace(template, m => voice.Choose(m.Groups[1].Value.Split('|'), rng));
        if (world is not null && world.PlacePreposition != "in")
            text = text.Replace("in {place}", world.PlacePreposition + " {place}").Replace("In {place}", PromptReader.UpperFirst(world.PlacePreposition) + " {place}");
        if (world is not null && Articles.StartsIndefinite(world.Place)) text = text.Replace("a place called {place}", "{place}");
        var output = new StringBuilder();
        var at = 0;
        foreach (Match m in Slot().Matches(text))
        {
            Literal(text[at..m.Index], output, realiser);
            var key = m.Groups[2].Value;
            var lower = char.ToLowerInvariant(key[0]) + key[1..];
            var possessive = m.Groups[3].Success;
            var sentenceStart = IsSentenceStart(output);
            string value;
            if (m.Groups[1].Value == "~") value = voice.Word(key);
            else if (world is not null && realiser is not null && Fill(lower, world, realiser, sentenceStart, possessive) is { } filled)
            {
                value = filled;
                if (lower is "hero" or "companion" or "stranger") possessive = false; // the realiser said it already
            }
            else if (slots.TryGetValue(lower, out var plain)) value = plain;
            else throw new InvalidOperationException($"Template slot '{key}' is not filled: {template}");
            if (char.IsUpper(key[0]) || sentenceStart) value = PromptReader.UpperFirst(value);
            output.Append(value);
            if (possessive) output.Append('’').Append('s');
            at = m.Index + m.Length;
        }
        Literal(text[at..], output, realiser);
        realiser?.NextSentence();
        var sentence = Spaces().Replace(output.ToString(), " ").Trim();
        sentence = TheyWas().Replace(Articles.Fix(sentence), "$1 were");
        return PromptReader.UpperFirst(sentence);
    }

    private static string? Fill(string key, StoryWorld w, Realiser r, bool sentenceStart, bool possessive)
    {
        switch (key)
        {
            case "hero": return r.Mention(w.HeroCharacter, sentenceStart, possessive);
            case "companion": return r.Mention(w.CompanionCharacter, sentenceStart, possessive);
            case "stranger": return r.Mention(w.StrangerCharacter, sentenceStart, possessive);
            case "they": r.Remember(w.HeroCharacter); return w.HeroPronouns.Subject;
            case "them": r.Remember(w.HeroCharacter); return w.HeroPronouns.Object;
            case "their": r.Remember(w.HeroCharacter); return w.HeroPronouns.Possessive;
            case "place": return r.Introduce(w.Place) ? w.Place : w.PlaceShort;
            case "object": return r.Introduce(w.Object) ? w.Object : w.ObjectShort;
            case "foe": return r.Introduce(w.Foe) ? w.Foe : w.FoeShort;
            case "goal": return r.Introduce(w.Goal) ? w.Goal : w.GoalShort;
            default: return null;
        }
    }

    /// <summary>Copies literal template text, telling the realiser where sentences end.</summary>
    private static void Literal(string text, StringBuilder output, Realiser? realiser)
    {
        for (var i = 0; i < text.Length; i++)
        {
            output.Append(text[i]);
            if (realiser is not null && text[i] is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ') realiser.NextSentence();
        }
    }

    private static bool IsSentenceStart(StringBuilder output)
    {
        var s = output.ToString().TrimEnd();
        return s.Length == 0 || s[^1] is '.' or '!' or '?' || s.EndsWith("“", StringComparison.Ordinal) && s.Length == 1;
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")] private static partial Regex Alternatives();
    [GeneratedRegex(@"\{(~?)(\w+)\}(’s)?")] private static partial Regex Slot();
    [GeneratedRegex(@"[ ]{2,}")] private static partial Regex Spaces();
    [GeneratedRegex(@"\b([Tt]hey) was\b")] private static partial Regex TheyWas();
}
