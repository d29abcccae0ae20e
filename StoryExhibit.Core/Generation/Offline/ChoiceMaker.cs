namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Offers 2 or 3 choices of different kinds, favouring kinds the story has not tried yet.</summary>
internal static class ChoiceMaker
{
    private static readonly ChoiceKind[] Early =
        [ChoiceKind.Explore, ChoiceKind.Talk, ChoiceKind.Follow, ChoiceKind.UseObject, ChoiceKind.Watch, ChoiceKind.Help];
    private static readonly ChoiceKind[] Middle =
        [ChoiceKind.Explore, ChoiceKind.Talk, ChoiceKind.Follow, ChoiceKind.UseObject, ChoiceKind.Watch, ChoiceKind.Help, ChoiceKind.Trick, ChoiceKind.Confront];
    private static readonly ChoiceKind[] Decisive =
        [ChoiceKind.Confront, ChoiceKind.Trick, ChoiceKind.UseObject, ChoiceKind.Talk, ChoiceKind.Help];

    /// <summary>The choices a scene offers. They depend on the world, the path before the scene and its
    /// variant only, never on the scene's own sentences, so the next scene can tell which of them was taken.</summary>
    public static IReadOnlyList<string> Make(StoryWorld world, IReadOnlyList<PathStep> steps, int sceneNumber, ArcStage stage,
        AudienceVoice voice, int variant)
    {
        var rng = StoryRandom.From(world.StorySeedHash, "choices", sceneNumber, variant, string.Join("\n", steps.Select(s => s.Text)));
        var pool = stage switch { ArcStage.Opening => Early, ArcStage.Climax => Decisive, _ => Middle };
        var last = steps.Count > 0 ? steps[^1].Kind : (ChoiceKind?)null;
        var taken = steps.Select(s => s.Kind).ToHashSet();
        var candidates = pool.Where(k => k != last)
            .OrderBy(k => taken.Contains(k) ? 1 : 0)
            .ThenBy(_ => rng.Next(1000))
            .ToList();
        var count = rng.Chance(0.5) ? 3 : 2;

        var slots = new Dictionary<string, string>
        {
            ["nextLandmark"] = world.LandmarkFor(sceneNumber + 1, ChoiceKind.Explore),
            ["stranger"] = world.Stranger,
            ["object"] = world.ObjectShort,
            ["companion"] = world.Companion,
            ["foe"] = world.FoeShort,
        };
        return candidates.Take(count)
            .Select(kind => Template.Render(rng.Pick(ChoiceTemplates.Wordings(kind)), slots, voice, rng))
            .ToList();
    }

    /// <summary>Which of its parent scene's choices the last step was (0, 1, 2; 3 for the visitor's own), so sibling scenes can
    /// tell themselves apart; a visitor's own choice (or a choice of a regenerated parent) is the last sibling.</summary>
    public static int OrdinalOfLastStep(StoryWorld world, IReadOnlyList<PathStep> steps, AudienceVoice voice)
    {
        if (steps.Count == 0) return 0;
        var parentSteps = steps.Take(steps.Count - 1).ToList();
        var parentScene = steps.Count;
        var stage = ArcPlanner.StageOf(parentScene, world.Seed.Length, final: false);
        var offered = Make(world, parentSteps, parentScene, stage, voice, variant: 0);
        for (var i = 0; i < offered.Count; i++)
            if (string.Equals(offered[i], steps[^1].Text, StringComparison.OrdinalIgnoreCase)) return i;
        return SentenceDeck.Siblings - 1;
    }
}
