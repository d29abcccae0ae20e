namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>
/// The index word a misspelling most likely meant: among the words sharing its first two letters, the closest by
/// edits (one for short words, two from seven letters on; a swap of two letters counts as one), the more common on a tie.
/// </summary>
internal static class SpellingNeighbours
{
    private const int MaxScanned = 20_000;

    public static IndexEntry? Closest(WordNetFile index, WordClass wordClass, string word)
    {
        if (word.Length < 4 || word.Contains('_')) return null;
        var allowed = word.Length >= 7 ? 2 : 1;
        IndexEntry? best = null;
        var bestDistance = int.MaxValue;
        foreach (var line in index.StartingWith(word[..2], MaxScanned))
        {
            var lemma = line[..line.IndexOf(' ')];
            if (lemma.Contains('_') || Math.Abs(lemma.Length - word.Length) > allowed) continue;
            var distance = Distance(word, lemma, allowed);
            if (distance > allowed || distance > bestDistance) continue;
            var entry = IndexEntry.Parse(line, wordClass);
            if (distance < bestDistance || entry.TaggedSenses > best!.TaggedSenses)
                (best, bestDistance) = (entry, distance);
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, stopping early above <paramref name="limit"/> (then returns limit + 1).</summary>
    internal static int Distance(string a, string b, int limit)
    {
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
