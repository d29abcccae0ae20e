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

    /// <summary>A comic caption: "Meanwhile, in a misty forest..."</summary>
    public static string Caption(SceneReading r) => $"Meanwhile, {(r.Setting is Setting.Sea or Setting.Space or Setting.Sky ? "on" : "in")} {Place(r)}…";

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
            _ => "meadow",
        };
        return $"{Article(adjective)} {adjective} {place}";
    }

    private static string Time(SceneReading r) => r.Setting is Setting.Space or Setting.Cave or Setting.Underwater ? "" : r.Time switch
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
