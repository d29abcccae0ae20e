using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

internal enum ArcStage { Opening, Rising, Climax, Resolution }

internal static class ArcPlanner
{
    public static ArcStage StageOf(StoryBrief brief) => StageOf(brief.SceneNumber, brief.Seed.Length, brief.FinalScene);

    public static ArcStage StageOf(int sceneNumber, int plannedLength, bool final)
    {
        var length = Math.Max(1, plannedLength);
        if (final || sceneNumber >= length) return ArcStage.Resolution;
        if (sceneNumber <= 1) return ArcStage.Opening;
        return sceneNumber == length - 1 ? ArcStage.Climax : ArcStage.Rising;
    }
}
