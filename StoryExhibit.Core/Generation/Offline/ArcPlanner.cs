using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

internal enum ArcStage { Opening, Rising, Climax, Resolution }

internal static class ArcPlanner
{
    public static ArcStage StageOf(StoryBrief brief)
    {
        var length = Math.Max(1, brief.Seed.Length);
        if (brief.FinalScene || brief.SceneNumber >= length) return ArcStage.Resolution;
        if (brief.SceneNumber <= 1) return ArcStage.Opening;
        return brief.SceneNumber == length - 1 ? ArcStage.Climax : ArcStage.Rising;
    }
}
