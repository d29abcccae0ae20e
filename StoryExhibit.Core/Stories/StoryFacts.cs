namespace StoryExhibit.Core.Stories;

/// <summary>
/// What a story has and what its visitor did with it, counted from its rows: the facts behind the progress bar
/// (<see cref="StoryProgress"/>) and the badges (<see cref="Badges.BadgeRules"/>). Counts are over the path being read
/// unless they say "in the tree".
/// </summary>
public sealed record StoryFacts
{
    /// <summary>Finished scenes on the path being read (written to the end, stopped or failed with some prose).</summary>
    public int ScenesWritten { get; init; }
    /// <summary>Finished scenes on the path with a ready picture of their current version.</summary>
    public int ScenesPictured { get; init; }
    /// <summary>Finished scenes on the path with stored narration and no sentence that failed.</summary>
    public int ScenesNarrated { get; init; }
    /// <summary>The scene being read is an ending.</summary>
    public bool EndingReached { get; init; }
    /// <summary>All scenes in the tree, on every branch.</summary>
    public int ScenesInTree { get; init; }
    /// <summary>Scenes in the tree the visitor left by more than one path (they went back and chose again).</summary>
    public int BranchPoints { get; init; }
    /// <summary>The visitor's own typed choices that were written into a scene.</summary>
    public int OwnChoicesTaken { get; init; }
    /// <summary>Scenes the visitor asked to be written again.</summary>
    public int Rewrites { get; init; }
    /// <summary>Times narration was heard (the first sound of a scene's reading reached the visitor).</summary>
    public int NarrationsHeard { get; init; }
    /// <summary>The seed named characters, a place and an object.</summary>
    public bool SeedFullyFurnished { get; init; }
    /// <summary>Stories the visitor's profile holds, this one included; 1 without a profile.</summary>
    public int StoriesByVisitor { get; init; } = 1;
}
