using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Words a Gentle story must never contain; template material is checked against it as a last line.</summary>
internal static partial class ContentGuard
{
    public static readonly IReadOnlyList<string> FrighteningWords =
    [
        "kill", "killed", "blood", "bloody", "dead", "death", "die", "died", "dying", "murder", "scream", "screamed",
        "terror", "terrified", "terrifying", "horror", "horrible", "monster", "monstrous", "weapon", "sword", "dagger",
        "knife", "gun", "cutlass", "cutlasses", "fight", "fought", "attack", "attacked", "wound", "wounded", "hurt",
        "danger", "dangerous", "peril", "fear", "feared", "afraid", "scared", "scary", "frightening", "frightened",
        "evil", "wicked", "cruel", "ruthless", "vengeful", "skull", "poison", "poisoned", "nightmare", "doom", "deadly",
        "threat", "shriek", "shrieking", "headless", "cursed", "hostile", "trap", "crushed", "dread",
    ];

    private static readonly HashSet<string> Lookup = new(FrighteningWords, StringComparer.OrdinalIgnoreCase);

    public static bool IsGentle(string text) =>
        !WordPattern().Matches(text).Any(m => Lookup.Contains(m.Value));

    [GeneratedRegex(@"[\p{L}]+")] private static partial Regex WordPattern();
}
