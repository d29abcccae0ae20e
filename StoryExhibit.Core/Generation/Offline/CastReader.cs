namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Reads the story elements' character lines ("Mira the fox", "Tomas, a tortoise") when the idea reader gives no cast.</summary>
internal static class CastReader
{
    /// <summary>"Mira the fox" or "Mira, a fox" gives "Mira"; "a shy robot" stays a description-name.</summary>
    public static string NameOf(string character)
    {
        var cut = character.IndexOfAny([',', '(']);
        var name = cut > 0 ? character[..cut] : character;
        var the = name.IndexOf(" the ", StringComparison.OrdinalIgnoreCase);
        if (the > 0) name = name[..the];
        name = name.Trim();
        return name.Length > 0 && char.IsLower(name[0]) && !name.Contains(' ') ? PromptReader.UpperFirst(name) : name;
    }

    public static string? DescriptionOf(string character)
    {
        var i = character.IndexOf(" the ", StringComparison.OrdinalIgnoreCase);
        if (i > 0) return Grammar.Articles.WithIndefinite(character[(i + 5)..].Trim());
        i = character.IndexOf(',');
        return i > 0 && character[(i + 1)..].Trim() is { Length: > 0 } rest ? rest : null;
    }

    /// <summary>A known name's pronouns; otherwise a fixed guess from the name, never the name repeated.</summary>
    public static Pronouns PronounsFor(string name, StoryRandom rng)
    {
        foreach (var kit in GenreCatalog.All)
        {
            if (kit.GirlNames.Contains(name)) return Pronouns.She;
            if (kit.BoyNames.Contains(name)) return Pronouns.He;
        }
        var lower = name.ToLowerInvariant();
        if (FoeWords.PronounsOf(lower) is var p && p != FoeWords.It) return p;
        return lower.EndsWith('a') || lower.EndsWith("ie", StringComparison.Ordinal) || lower.EndsWith("ys", StringComparison.Ordinal)
            || lower.EndsWith("elle", StringComparison.Ordinal) ? Pronouns.She : Pronouns.He;
    }

    public static string WithoutArticle(string phrase)
    {
        foreach (var article in new[] { "a ", "an ", "the ", "A ", "An ", "The ", "my ", "My " })
            if (phrase.StartsWith(article, StringComparison.Ordinal)) return phrase[article.Length..];
        return phrase;
    }

    public static string LowerFirstWord(string phrase) => phrase.Length > 1 && char.IsUpper(phrase[0]) && char.IsLower(phrase[1])
        ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
        : phrase;
}
