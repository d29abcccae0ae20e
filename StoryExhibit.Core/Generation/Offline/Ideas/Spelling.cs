namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Repairs a misspelt word to the lexicon word one or two edits away ("dargon" → "dragon",
/// "mesage" → "message"). Short words and names are left alone: a wrong repair is worse than none.</summary>
internal static class Spelling
{
    private static readonly Lazy<(HashSet<string> Known, Dictionary<int, string[]> ByLength)> Dictionary = new(() =>
    {
        var known = new HashSet<string>(Lexicon.AllWords().Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        var byLength = known.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        return (known, byLength);
    });

    public static bool IsKnown(string lowerWord) => Dictionary.Value.Known.Contains(lowerWord);

    public static string Repair(string word)
    {
        if (word.Length < 5 || !char.IsLetter(word[0]) || char.IsUpper(word[0])) return word;
        var lower = word.ToLowerInvariant();
        var possessive = lower.EndsWith("'s") ? "'s" : "";
        var stem = possessive.Length > 0 ? lower[..^2] : lower;
        if (stem.Length < 5 || Lexicon.IsFunctionWord(stem) || Lexicon.IsKnownName(stem) || Known(stem)) return word;
        var best = Nearest(stem);
        if (best is null) return word;
        var repaired = best + possessive;
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(repaired[0]) + repaired[1..] : repaired;
    }

    private static bool Known(string stem)
    {
        if (IsKnown(stem)) return true;
        // plurals and possessive-less forms of known words
        return stem.EndsWith('s') && (IsKnown(stem[..^1]) || stem.EndsWith("es") && IsKnown(stem[..^2])
            || stem.EndsWith("ies") && IsKnown(stem[..^3] + "y"));
    }

    private static string? Nearest(string word)
    {
        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!Dictionary.Value.ByLength.TryGetValue(length, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                var d = Distance(word, candidate, bestDistance);
                if (d < bestDistance || d == bestDistance && best is not null && candidate[0] == word[0] && best[0] != word[0])
                {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance (edits and swaps of neighbours), giving up past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return d[a.Length, b.Length];
    }
}
