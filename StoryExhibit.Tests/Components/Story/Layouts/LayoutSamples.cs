using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;

namespace StoryExhibit.Tests.Components.Story.Layouts;

/// <summary>A story three scenes deep (root, left, then one more), current at its last scene.</summary>
public static class LayoutSamples
{
    public static StoryTree ThreeScenes(out Scene root, out Scene left, out Scene third)
    {
        var scenes = TreeSamples.Branching(out root, out left, out _);
        third = TreeSamples.Scene(3, "The *third* scene.", left.CreatedUtc.AddMinutes(5), "Rest");
        third.ParentId = left.Id;
        third.ViaChoiceId = left.Choices[0].Id;
        scenes.Add(third);
        return new StoryTree(scenes, third.Id);
    }
}
