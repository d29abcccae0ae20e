using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Badges;

/// <summary>The badges a story can earn, and which ones it earned. All are derived from <see cref="StoryFacts"/>, never stored.</summary>
public static class BadgeRules
{
    public const int EpicSceneCount = 6;
    public const int MasterIllustratorPictures = 3;
    public const int CollectorStories = 3;

    public static IReadOnlyList<Badge> All { get; } =
    [
        new("first-story", "First story", "You took a story all the way to its ending.", f => f.EndingReached),
        new("branch-explorer", "Branch explorer", "You went back in the story tree and tried another path.", f => f.BranchPoints > 0),
        new("plot-twister", "Plot twister", "You wrote your own twist and the storyteller followed it.", f => f.OwnChoicesTaken > 0),
        new("master-illustrator", "Master illustrator", $"Every scene of your story has its picture, {MasterIllustratorPictures} or more.",
            f => f.ScenesWritten > 0 && f.ScenesPictured >= f.ScenesWritten && f.ScenesPictured >= MasterIllustratorPictures),
        new("storytellers-ear", "Storyteller's ear", "You listened to the storyteller read your story aloud.", f => f.NarrationsHeard > 0),
        new("epic-saga", "Epic saga", $"Your story runs to {EpicSceneCount} scenes or more.", f => f.ScenesWritten >= EpicSceneCount),
        new("world-builder", "World builder", "You gave the story its characters, a place and an object.", f => f.SeedFullyFurnished),
        new("second-draft", "Second draft", "You asked for a scene to be told another way.", f => f.Rewrites > 0),
        new("story-collector", "Story collector", $"Your profile holds {CollectorStories} stories or more.", f => f.StoriesByVisitor >= CollectorStories),
    ];

    /// <summary>The badges <paramref name="facts"/> earn, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<Badge> EarnedBy(StoryFacts facts) => [.. All.Where(b => b.Earned(facts))];
}
