namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>Describes what the offline illustrator drew: "A watercolour of a misty forest at dawn, with Mira and a silver compass."</summary>
internal static class AltText
{
    public static string Describe(ArtStyle style, SceneReading r)
    {
        var noun = style.Noun();
        var text = $"{Article(noun, capital: true)} {noun} of {Place(r)}{Time(r)}";
        var cast = r.Figures.Select(f => Named(f.Name)).Concat(r.Things.Select(t => Named(t.Name))).ToList();
        if (cast.Count > 0) text += ", with " + JoinAnd(cast);
        return text + ".";
    }

    public static string Place(SceneReading r)
    {
        var adjective = r.Weather switch
        {
            Weather.Mist => "misty",
            Weather.Rain => "rainy",
            Weather.Storm => "stormy",
            Weather.Snow => "snowy",
            _ => r.Mood switch
            {
                Mood.Cheerful => r.Time == TimeOfDay.Day ? "sunny" : "cheerful",
                Mood.Mysterious => "mysterious",
                Mood.Tense => "shadowy",
                Mood.Sad => "lonely",
                _ => r.Time == TimeOfDay.Night ? "quiet" : "peaceful",
            },
        };
        var place = r.Setting switch
        {
            Setting.Forest => "forest",
            Setting.Sea => "seashore with a lighthouse",
            Setting.City => "city street",
            Setting.Space => "moon under a ringed planet",
            Setting.Castle => "castle on a hill",
            Setting.Desert => "desert with pyramids",
            Setting.Mountains => "mountain valley",
            Setting.Village => "village",
            Setting.Cave => "crystal cave",
            Setting.Sky => "floating island above the clouds",
            Setting.Underwater => "coral reef under the sea",
            Setting.Lake => "lake",
            Setting.Starship => "starship corridor with a viewport on the stars",
            Setting.Room => "room",
            _ => "meadow",
        };
        if (r.Has(Feature.Mountains) && r.Setting is not Setting.Mountains) place += " below mountains";
        else if (r.Has(Feature.Trees) && r.Setting is Setting.Lake or Setting.Meadow or Setting.Village or Setting.Castle) place += " by a forest";
        if (r.Has(Feature.Fireflies)) place += " with fireflies";
        return $"{Article(adjective)} {adjective} {place}";
    }

    private static string Time(SceneReading r) => r.Setting is Setting.Space or Setting.Cave or Setting.Underwater or Setting.Starship ? "" : r.Time switch
    {
        TimeOfDay.Dawn => " at dawn",
        TimeOfDay.Golden => " in the golden evening light",
        TimeOfDay.Night => " at night",
        _ => " by day",
    };

    /// <summary>"Mira" stays "Mira"; "red fox" becomes "a red fox"; "the lantern" stays.</summary>
    private static string Named(string name)
    {
        if (name.Length == 0 || char.IsUpper(name[0])) return name;
        if (name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)) return name; // "camels", not "a camels"
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal) || lower.StartsWith("the ", StringComparison.Ordinal)
            || lower.StartsWith("my ", StringComparison.Ordinal) || lower.StartsWith("her ", StringComparison.Ordinal) || lower.StartsWith("his ", StringComparison.Ordinal)
            || lower.StartsWith("their ", StringComparison.Ordinal) || lower.StartsWith("some ", StringComparison.Ordinal))
            return name;
        return $"{Article(name)} {name}";
    }

    private static string Article(string word, bool capital = false)
    {
        var an = word.Length > 0 && "aeiouAEIOU".Contains(word[0]);
        return capital ? (an ? "An" : "A") : (an ? "an" : "a");
    }

    private static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
