namespace StoryExhibit.Core.Analytics;

/// <summary>
/// A compact English lexicon for visitors' comments about an interactive story exhibit: word weights from -3 to 3,
/// the words that negate what follows, and the ones that strengthen or soften it.
/// </summary>
internal static class SentimentLexicon
{
    public static readonly IReadOnlyDictionary<string, double> Words = Build(
        (3, "love loved loves amazing awesome brilliant excellent fantastic wonderful magical magic incredible outstanding superb perfect masterpiece best adore adored stunning breathtaking"),
        (2, "great good lovely beautiful fun enjoyed enjoy enjoyable happy delightful creative clever cool impressive charming engaging immersive gorgeous pretty nice like liked likes exciting excited favourite favorite recommend glad smooth intuitive imaginative inspiring captivating"),
        (1, "interesting easy clear ok okay fine decent cute pleasant helpful fast quick simple calm friendly funny original works worked thanks thank"),
        (-1, "odd strange repetitive slow long confusing confused meh hard difficult unclear wait waiting waited lag laggy quiet glitch glitchy bland generic"),
        (-2, "bad boring bored poor annoying annoyed disappointing disappointed frustrating frustrated broken wrong ugly weird creepy robotic dull silly stuck crash crashed crashes sad hate hated useless buggy error failed fail nonsense"),
        (-3, "awful terrible horrible worst rubbish garbage pathetic dreadful scary scared unusable disgusting"));

    /// <summary>Words that turn what follows around ("not good").</summary>
    public static readonly IReadOnlySet<string> Negators = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nothing", "neither", "nor", "hardly", "barely", "without", "cannot", "cant", "dont", "didnt",
        "doesnt", "isnt", "wasnt", "werent", "arent", "wont", "wouldnt", "couldnt", "shouldnt", "aint",
    };

    /// <summary>Words that make what follows stronger (above 1) or weaker (below 1).</summary>
    public static readonly IReadOnlyDictionary<string, double> Intensifiers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["very"] = 1.5, ["really"] = 1.4, ["so"] = 1.3, ["extremely"] = 1.8, ["super"] = 1.5, ["absolutely"] = 1.6, ["totally"] = 1.4,
        ["incredibly"] = 1.7, ["truly"] = 1.4, ["most"] = 1.3, ["too"] = 1.3, ["utterly"] = 1.7, ["completely"] = 1.5, ["such"] = 1.3,
        ["quite"] = 1.1, ["slightly"] = 0.5, ["somewhat"] = 0.6, ["little"] = 0.6, ["bit"] = 0.6, ["kinda"] = 0.7, ["fairly"] = 0.8,
        ["rather"] = 0.9, ["mostly"] = 0.8,
    };

    private static Dictionary<string, double> Build(params (double Weight, string Words)[] groups)
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (weight, list) in groups)
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words[word] = weight;
        return words;
    }
}
