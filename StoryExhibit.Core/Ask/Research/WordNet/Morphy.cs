namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>
/// WordNet's own lemmatiser ("morphy"): a word's base forms from the exception lists (mice, geese, ran, better), else
/// by its suffix rules (-ies to -y, -ches to -ch, -ing to -e...). Every candidate still has to be found in the index.
/// </summary>
internal sealed class Morphy(Func<WordClass, IReadOnlyDictionary<string, string[]>> exceptions)
{
    private static readonly Dictionary<WordClass, (string Suffix, string Ending)[]> Rules = new()
    {
        [WordClass.Noun] = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [WordClass.Verb] = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [WordClass.Adjective] = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [WordClass.Adverb] = [],
    };

    /// <summary>The forms to look up for <paramref name="word"/> (lower case, words joined by '_'), the word itself first.</summary>
    public IEnumerable<string> Candidates(string word, WordClass wordClass)
    {
        yield return word;
        if (exceptions(wordClass).TryGetValue(word, out var bases))
            foreach (var b in bases) yield return b;
        // For a collocation ("black holes"), the last word takes the ending.
        var split = word.LastIndexOf('_');
        var (head, last) = split < 0 ? ("", word) : (word[..(split + 1)], word[(split + 1)..]);
        if (wordClass == WordClass.Noun && (last.EndsWith("ss", StringComparison.Ordinal) || last.Length <= 2)) yield break;
        foreach (var (suffix, ending) in Rules[wordClass])
            if (last.Length > suffix.Length + 1 && last.EndsWith(suffix, StringComparison.Ordinal))
                yield return head + last[..^suffix.Length] + ending;
    }

    /// <summary>Reads an exception file: "inflected base [base...]" per line.</summary>
    public static IReadOnlyDictionary<string, string[]> ReadExceptions(string path)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!File.Exists(path)) return map;
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2) map[f[0]] = f[1..];
        }
        return map;
    }
}
