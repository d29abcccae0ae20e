namespace StoryExhibit.Core.Stories;

/// <summary>The steps a story goes through, in order.</summary>
public enum StoryStage { Seed, Draft, Illustration, Narration, Done }

/// <summary>How far a story is, for the progress bar on the story page.</summary>
/// <param name="Stage">The furthest step reached.</param>
/// <param name="Skipped">Steps the exhibit has switched off (no pictures, no narration): passed over, never waited for.</param>
public sealed record StoryProgressReport(StoryStage Stage, IReadOnlySet<StoryStage> Skipped)
{
    public static IReadOnlyList<StoryStage> Steps { get; } = Enum.GetValues<StoryStage>();

    /// <summary>0 to 100: the share of the steps after Seed that are reached.</summary>
    public int Percent => (int)Stage * 100 / (int)StoryStage.Done;

    public bool Reached(StoryStage step) => step <= Stage;
}

/// <summary>
/// The stage of a story from what it has: Seed until a scene is written; Draft once one is; Illustration once every
/// written scene on the path has its picture; Narration once every one has been narrated too; Done when an ending is
/// reached (whatever is still missing, the story itself is finished). A step the exhibit switched off counts as passed.
/// </summary>
public static class StoryProgress
{
    public static StoryProgressReport Of(StoryFacts facts, bool illustrationsOn, bool narrationOn)
    {
        var skipped = new HashSet<StoryStage>();
        if (!illustrationsOn) skipped.Add(StoryStage.Illustration);
        if (!narrationOn) skipped.Add(StoryStage.Narration);
        return new StoryProgressReport(StageOf(facts, illustrationsOn, narrationOn), skipped);
    }

    private static StoryStage StageOf(StoryFacts facts, bool illustrationsOn, bool narrationOn)
    {
        if (facts.EndingReached) return StoryStage.Done;
        if (facts.ScenesWritten == 0) return StoryStage.Seed;
        var pictured = !illustrationsOn || facts.ScenesPictured >= facts.ScenesWritten;
        if (!pictured) return StoryStage.Draft;
        var narrated = !narrationOn || facts.ScenesNarrated >= facts.ScenesWritten;
        return narrated ? StoryStage.Narration : StoryStage.Illustration;
    }
}
