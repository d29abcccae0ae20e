using System.Text.RegularExpressions;
using StoryExhibit.Core.Ask.Research.WordNet;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>
/// Turns a WordNet gloss into sentences a visitor reads: "small Arctic whale, the male having a long spiral ivory tusk"
/// becomes "A narwhal is a small Arctic whale, the male having a long spiral ivory tusk." Children get the first part
/// of the gloss only. Nothing is added that the gloss does not say.
/// </summary>
public static partial class DefinitionPhrasing
{
    private static readonly string[] KeepsItsOwnArticle =
        ["a ", "an ", "the ", "any ", "one ", "someone ", "something ", "somebody ", "anything ", "anyone ", "each ", "either ", "all ", "some ", "two ", "three ", "several ", "many "];

    /// <summary>The definition as a phrase after "is": first clause only for children, a domain label such as "(astronomy)" left off.</summary>
    public static string Predicate(Synset sense, Audience audience)
    {
        var definition = DomainLabel().Replace(sense.Definition, "").Trim();
        if (audience == Audience.Children) definition = definition.Split(';')[0].Trim();
        definition = Lifetime().Replace(definition, "").Trim().TrimEnd(',', ';', ':');
        if (sense.Class != WordClass.Noun) return definition;
        return KeepsItsOwnArticle.Any(a => definition.StartsWith(a, StringComparison.OrdinalIgnoreCase)) ? definition : $"{IndefiniteArticle(definition)} {definition}";
    }

    /// <summary>"A narwhal", "An owl", "The moon", "Water", "Paris": the word as the subject of its definition.</summary>
    public static string Subject(Synset sense, string lemma, string? article)
    {
        var shown = Shown(sense, lemma);
        if (char.IsUpper(shown[0])) return shown; // a name: Paris, Albert Einstein
        return article switch
        {
            "the" => $"The {shown}",
            null => Capitalise(shown), // "what is gravity?": "Gravity is..."
            _ => $"{Capitalise(IndefiniteArticle(shown))} {shown}",
        };
    }

    /// <summary>The way the dictionary spells the word in this sense ("Albert Einstein" for "einstein" where the sense has the full name).</summary>
    public static string Shown(Synset sense, string lemma)
    {
        var key = WordNetDatabase.Key(lemma);
        // "moon" before "Moon" when the sense has both: only a name that has no lower-case form is written with capitals.
        var own = sense.Words.FirstOrDefault(w => w == lemma.Replace('_', ' ')) ?? sense.Words.FirstOrDefault(w => WordNetDatabase.Key(w) == key) ?? lemma.Replace('_', ' ');
        if (!char.IsUpper(own[0])) return own;
        // For a name, the fullest form that contains the name asked for.
        return sense.Words.Where(w => char.IsUpper(w[0]) && w.Contains(own, StringComparison.Ordinal)).MaxBy(w => w.Length) ?? own;
    }

    /// <summary>"He lived from 1879 to 1955" read from a gloss ending "(1879-1955)", or null.</summary>
    public static (string Born, string? Died)? Lifetime(Synset sense) =>
        Lifetime().Match(sense.Definition) is { Success: true } m ? (m.Groups["born"].Value, m.Groups["died"].Success ? m.Groups["died"].Value : null) : null;

    public static string Sentence(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return text;
        text = Capitalise(text);
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    /// <summary>The first letter in capitals, after an opening quote if there is one ("“gallop” means" to "“Gallop” means").</summary>
    public static string Capitalise(string text)
    {
        var at = text.StartsWith('“') || text.StartsWith('"') ? 1 : 0;
        return text.Length <= at ? text : text[..at] + char.ToUpperInvariant(text[at]) + text[(at + 1)..];
    }

    public static string IndefiniteArticle(string phrase) =>
        Vowel().IsMatch(phrase) && !YouSound().IsMatch(phrase) || SilentH().IsMatch(phrase) ? "an" : "a";

    [GeneratedRegex(@"^\((?:[a-z ]+)\)\s*")] private static partial Regex DomainLabel();
    [GeneratedRegex(@"\(\s*(?:born\s+(?:in\s+)?)?(?<born>\d{3,4})(?:\s*-\s*(?<died>\d{3,4}))?\s*\)\s*$")] private static partial Regex Lifetime();
    [GeneratedRegex(@"^[aeiouAEIOU]")] private static partial Regex Vowel();
    [GeneratedRegex(@"^(?:uni|use|usu|ura|eu|one\b)", RegexOptions.IgnoreCase)] private static partial Regex YouSound();
    [GeneratedRegex(@"^(?:hour|honest|honor|honour|heir)", RegexOptions.IgnoreCase)] private static partial Regex SilentH();
}
