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

    public static IReadOnlyList<string> Make(StoryWorld world, IReadOnlyList<PathStep> steps, int sceneNumber, ArcStage stage,
        AudienceVoice voice, StoryRandom rng)
    {
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
            ["object"] = world.Object,
            ["companion"] = world.Companion,
            ["foe"] = world.Foe,
        };
        return candidates.Take(count)
            .Select(kind => Template.Render(rng.Pick(ChoiceTemplates.Wordings(kind)), slots, voice, rng))
            .ToList();
    }
}
