using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Core.Generation.Offline.Imagery;

/// <summary>The kind of world a place name suggests ("the starship Wayfarer" is a spaceship), for places the idea reader did not classify.</summary>
internal static class SettingGuess
{
    private static readonly (string Word, Setting Setting)[] Hints =
    [
        ("desert", Setting.Desert), ("starship", Setting.Spaceship), ("generation ship", Setting.Spaceship), ("colony ship", Setting.Spaceship),
        ("spaceship", Setting.Spaceship), ("space", Setting.Spaceship), ("ship", Setting.Sea), ("station", Setting.Spaceship),
        ("mars", Setting.Planet), ("moon", Setting.Planet), ("planet", Setting.Planet), ("undersea", Setting.Underwater),
        ("underwater", Setting.Underwater), ("reef", Setting.Underwater), ("lighthouse", Setting.Coast), ("harbour", Setting.Coast),
        ("harbor", Setting.Coast), ("seaside", Setting.Coast), ("beach", Setting.Coast), ("cliff", Setting.Coast),
        ("isle", Setting.Island), ("island", Setting.Island), ("sea", Setting.Sea), ("ocean", Setting.Sea),
        ("jungle", Setting.Forest), ("wood", Setting.Forest), ("forest", Setting.Forest), ("grove", Setting.Forest),
        ("peak", Setting.Mountains), ("mount", Setting.Mountains), ("hill", Setting.Countryside), ("valley", Setting.Countryside),
        ("plain", Setting.Countryside), ("meadow", Setting.Countryside), ("farm", Setting.Countryside),
        ("dune", Setting.Desert), ("sand", Setting.Desert), ("snow", Setting.Snow), ("ice", Setting.Snow), ("cave", Setting.Underground),
        ("mine", Setting.Underground), ("tunnel", Setting.Underground), ("castle", Setting.Castle), ("palace", Setting.Castle),
        ("tower", Setting.Castle), ("kingdom", Setting.Castle), ("manor", Setting.House), ("house", Setting.House),
        ("cottage", Setting.House), ("hotel", Setting.House), ("theatre", Setting.House), ("bakery", Setting.Village),
        ("school", Setting.School), ("library", Setting.Library), ("museum", Setting.Museum), ("city", Setting.City),
        ("town", Setting.Village), ("village", Setting.Village), ("street", Setting.City), ("fair", Setting.Village),
        ("circus", Setting.Village), ("cloud", Setting.Sky), ("sky", Setting.Sky), ("olympus", Setting.Mountains),
        ("avalon", Setting.Island), ("tree", Setting.Forest),
    ];

    public static Setting Of(string place)
    {
        var p = place.ToLowerInvariant();
        foreach (var (word, setting) in Hints)
            if (p.Contains(word, StringComparison.Ordinal)) return setting;
        return Setting.Unknown;
    }
}
