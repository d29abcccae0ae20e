namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Hands out templates so that no template is used twice in one story. Each category is shuffled once
/// per story, and every scene (and every variant of it) reads its own window of that shuffled list.
/// Windows depend only on the scene's position, so this holds without knowing earlier scenes' text.
/// A window can reserve more slots than a scene uses; which of them it uses follows which choice led
/// here, so sibling scenes (different choices from the same scene) take different sentences.
/// </summary>
internal sealed class SentenceDeck(ulong storySeed, int defaultWindow, int branch, int positions)
{
    /// <summary>Up to three offered choices and the visitor's own: the scenes that can follow one scene.</summary>
    public const int Siblings = 4;

    private readonly Dictionary<string, int> _used = [];

    public string? Draw(string category, IReadOnlyList<string> templates, int perScene, int? window = null, int reserve = 0,
        int? windows = null, bool ownSlotOnly = false)
    {
        if (templates.Count == 0) return null;
        // A window never reserves more than its share of the category, or windows of one story would overlap.
        reserve = Math.Max(perScene, Math.Min(reserve, templates.Count / Math.Max(1, windows ?? positions)));
        var used = _used.GetValueOrDefault(category);
        if (used >= perScene) return null;
        var shuffle = new StoryRandom(StoryRandom.Hash(storySeed, category));
        var order = shuffle.Permutation(templates.Count);
        // When a window is too small to give each sibling its own slot, which siblings share differs by category.
        var slots = shuffle.Permutation(Siblings);
        if (ownSlotOnly && SharesSlot(slots, branch % Siblings, reserve / perScene)) return null;
        _used[category] = used + 1;
        var branchSlot = slots[branch % Siblings] + Siblings * (branch / Siblings);
        var pick = (branchSlot * perScene + used) % reserve;
        return templates[order[((window ?? defaultWindow) * reserve + pick) % templates.Count]];
    }

    /// <summary>True when an earlier sibling would draw the same templates as this one from a window of this size.</summary>
    private static bool SharesSlot(int[] slots, int sibling, int groups) =>
        groups < Siblings && Enumerable.Range(0, sibling).Any(earlier => slots[earlier] % groups == slots[sibling] % groups);
}
