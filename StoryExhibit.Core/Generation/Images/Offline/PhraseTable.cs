namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>
/// Finds a table's phrases in normalised text (lower case, single spaces, a space at each end). Longer phrases are
/// looked for first and use up their words, so "space station" is never also a "station". A phrase's plural is found too.
/// </summary>
internal sealed class PhraseTable<T> where T : struct
{
    private readonly T[] _order;
    private readonly (T Key, string Needle)[] _phrases;

    public PhraseTable(IEnumerable<(T Key, string[] Words)> table)
    {
        var entries = table.ToArray();
        _order = entries.Select(e => e.Key).Distinct().ToArray();
        _phrases = entries
            .SelectMany(e => e.Words.SelectMany(Forms).Select(w => (e.Key, Needle: " " + w + " ")))
            .DistinctBy(p => p.Needle)
            .OrderByDescending(p => p.Needle.Length)
            .ToArray();
    }

    /// <summary>How often each key's phrases occur, after the <paramref name="usedUp"/> phrases have been taken out.</summary>
    public Dictionary<T, int> Score(string text, IEnumerable<string>? usedUp = null)
    {
        var scores = new Dictionary<T, int>();
        foreach (var (key, _) in Find(text, usedUp)) scores[key] = scores.GetValueOrDefault(key) + 1;
        return scores;
    }

    /// <summary>Each phrase found, in the order the text mentions them.</summary>
    public IEnumerable<(T Key, string Phrase)> Find(string text, IEnumerable<string>? usedUp = null)
    {
        foreach (var phrase in usedUp ?? []) text = text.Replace(" " + phrase + " ", " ~ ", StringComparison.Ordinal);
        var hits = new List<(int At, T Key, string Phrase)>();
        char[]? chars = null;
        foreach (var (key, needle) in _phrases)
        {
            var i = text.IndexOf(needle, StringComparison.Ordinal);
            if (i < 0) continue;
            chars ??= text.ToCharArray();
            for (; i >= 0; i = text.IndexOf(needle, i + needle.Length - 1, StringComparison.Ordinal))
            {
                hits.Add((i, key, needle.Trim()));
                // Blank the words (not the spaces around them) so neighbouring phrases still match.
                for (var k = i + 1; k < i + needle.Length - 1; k++) chars[k] = '~';
            }
            text = new string(chars);
        }
        return hits.OrderBy(h => h.At).Select(h => (h.Key, h.Phrase));
    }

    /// <summary>The key with the highest score; on a tie, the one listed first.</summary>
    public T? Best(Dictionary<T, int> scores)
    {
        T? best = null;
        var bestScore = 0;
        foreach (var key in _order)
            if (scores.GetValueOrDefault(key) > bestScore) (best, bestScore) = (key, scores[key]);
        return best;
    }

    private static IEnumerable<string> Forms(string phrase)
    {
        yield return phrase;
        if (phrase.EndsWith('s') || phrase.EndsWith('y')) yield break;
        yield return phrase + "s";
        if (phrase.EndsWith('x') || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal)) yield return phrase + "es";
    }
}
