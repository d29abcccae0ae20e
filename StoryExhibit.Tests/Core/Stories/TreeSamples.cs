using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>Small story trees built by hand for tests.</summary>
internal static class TreeSamples
{
    /// <summary>A root scene with two choices, each taken once: root → left ("Go left"), root → right ("Go right").</summary>
    public static List<Scene> Branching(out Scene root, out Scene left, out Scene right)
    {
        var t0 = new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc);
        root = Scene(1, "Once upon a time.", t0, "Go left", "Go right");
        left = Scene(2, "The left path.", t0.AddMinutes(1), "Climb", "Dig");
        right = Scene(2, "The right path.", t0.AddMinutes(2), "Swim", "Sail");
        left.ParentId = right.ParentId = root.Id;
        left.ViaChoiceId = root.Choices[0].Id;
        right.ViaChoiceId = root.Choices[1].Id;
        return [root, left, right];
    }

    public static Scene Scene(int number, string prose, DateTime created, params string[] choices)
    {
        var scene = new Scene { Number = number, Prose = prose, CreatedUtc = created, State = SceneState.Complete };
        scene.Choices = choices.Select((text, i) => new Choice { SceneId = scene.Id, Position = i, Text = text }).ToList();
        return scene;
    }
}
