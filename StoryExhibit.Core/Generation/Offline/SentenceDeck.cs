namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Hands out templates so that no template is used twice in one story. Each category is shuffled once
/// per story, and every scene (and every variant of it) reads its own window of that shuffled list.
/// Windows depend only on the scene's position, so this holds without knowing earlier scenes' text.
/// A window can reserve more slots than a scene uses; which of them it uses then follows the path,
/// so different choices lead to different sentences at the same position.
/// </summary>
internal sealed class SentenceDeck(ulong storySeed, int defaultWindow, StoryRandom pathRandom)
{
    private readonly Dictionary<string, (int Used, int[] Picks)> _drawn = [];

    public string? Draw(string category, IReadOnlyList<string> templates, int perScene, int? window = null, int reserve = 0)
    {
        if (templates.Count == 0) return null;
        reserve = Math.Max(reserve, perScene);
        if (!_drawn.TryGetValue(category, out var state)) state = (0, pathRandom.Permutation(reserve));
        if (state.Used >= perScene) return null;
        _drawn[category] = (state.Used + 1, state.Picks);
        var order = new StoryRandom(StoryRandom.Hash(storySeed, category)).Permutation(templates.Count);
        return templates[order[((window ?? defaultWindow) * reserve + state.Picks[state.Used]) % templates.Count]];
    }
}
