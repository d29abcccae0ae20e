using StoryExhibit.Core.Text;
namespace StoryExhibit.Core.Stories;

/// <summary>Made-up continuations for a scene whose answer had too few usable choices.</summary>
internal static class SceneFallbackChoices
{
    private static readonly Dictionary<string, string[]> ByGenre = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fantasy"] = ["Trust the old magic and step forward", "Seek out the wise one who might know more"],
        ["Science fiction"] = ["Ask the ship's computer what it knows", "Scan the area for strange signals"],
        ["Mystery"] = ["Look for the clue everyone else missed", "Question the most nervous person nearby"],
        ["Adventure"] = ["Climb higher to get a better view", "Pack up and head for the unknown path"],
        ["Fairy tale"] = ["Ask the talking animals for advice", "Follow the trail of shining pebbles"],
        ["Ghost story"] = ["Follow the cold whisper down the hall", "Light a candle and call out into the dark"],
        ["Comedy"] = ["Try a ridiculous plan that just might work", "Pretend nothing strange is happening"],
        ["Myth and legend"] = ["Pray to the old gods for a sign", "Seek the hero's trial waiting ahead"],
    };

    private static readonly string[] Generic =
    [
        "Look more closely at what just happened",
        "Press on and see where the path leads",
        "Turn back and look for another way",
        "Ask a friend for help",
        "Wait quietly and watch what happens next",
    ];

    /// <summary>Adds continuations to <paramref name="choices"/> until it holds <paramref name="target"/>, never repeating one.</summary>
    public static void FillUp(List<string> choices, int target, string prose, string? genre)
    {
        var candidates = new List<string>();
        var about = LastSentenceSubject(prose);
        if (about is not null) candidates.Add($"Find out more about {about}");
        if (genre is not null && ByGenre.TryGetValue(genre.Trim(), out var genreChoices)) candidates.AddRange(genreChoices);
        // rotate the generic pool by the prose so consecutive repaired scenes do not all read the same
        var offset = StableHash.Seed(prose) % Generic.Length;
        candidates.AddRange(Generic.Skip(offset).Concat(Generic.Take(offset)));

        var keys = choices.Select(SceneLines.Key).ToHashSet();
        foreach (var candidate in candidates)
        {
            if (choices.Count >= target) break;
            if (keys.Add(SceneLines.Key(candidate))) choices.Add(candidate);
        }
    }

    /// <summary>"the lighthouse" from a last sentence like "... toward the old lighthouse." when it ends in "the/a X".</summary>
    private static string? LastSentenceSubject(string prose)
    {
        var text = prose.TrimEnd().TrimEnd('.', '!', '?', '"', '”', '\'', '’', ')', '*', '_');
        if (text.Length == 0) return null;
        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 2; i >= Math.Max(0, words.Length - 4); i--)
        {
            if (words[i].EndsWith(',') || words[i].EndsWith('.') || words[i].EndsWith(';')) break;
            if (words[i] is "the" or "The")
            {
                var phrase = string.Join(' ', words[(i + 1)..]);
                if (phrase.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'')) return "the " + phrase;
            }
        }
        return null;
    }

}
