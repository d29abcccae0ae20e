using System.Globalization;
using System.Text;

namespace StoryExhibit.Tests.Quality;

/// <summary>The figures the storyteller's prose is judged by (issue 10's goals in brackets where there is one).</summary>
internal sealed record QualityFigures
{
    public int Ideas { get; init; }
    public int Scenes { get; init; }
    public int Sentences { get; init; }
    /// <summary>Share of sentences (each played scene once) link-grammar parses fully [>= 95%].</summary>
    public double ParsedShare { get; init; }
    public IReadOnlyList<string> UnparsedSamples { get; init; } = [];
    /// <summary>Sentences with "a" before a vowel sound or "an" before a consonant sound, and examples.</summary>
    public int ArticleErrors { get; init; }
    public IReadOnlyList<string> ArticleErrorSamples { get; init; } = [];
    /// <summary>Share of ideas naming a hero, place or object whose first scene names all of them [100%].</summary>
    public double NamedShare { get; init; }
    public IReadOnlyList<string> NamingMisses { get; init; } = [];
    /// <summary>Sentences two sibling scenes share, of the shorter one's sentences: mean and max over sibling pairs [<= 10%].</summary>
    public double SiblingShareMean { get; init; }
    public double SiblingShareMax { get; init; }
    /// <summary>The longest phrase occurring more than twice in one story path.</summary>
    public RepeatedPhrase? LongestRepeatedPhrase { get; init; }
    public int PathsMeasured { get; init; }
    /// <summary>Sentences repeated word for word within one path, summed over paths, and the paths that have any.</summary>
    public int RepeatedSentences { get; init; }
    public int PathsWithRepeatedSentence { get; init; }
    public string? RepeatedSentenceSample { get; init; }
    /// <summary>Mentions of the hero's name per third-person pronoun, averaged over paths.</summary>
    public double NameToPronounRatio { get; init; }
    /// <summary>Share of own-choice scenes that are about the typed action (its key word) without quoting the typed text.</summary>
    public double OwnChoiceActedShare { get; init; }
    public IReadOnlyList<string> OwnChoiceMisses { get; init; } = [];
    /// <summary>The engine's own CPU time per scene [< 20 ms].</summary>
    public double CpuMsP50 { get; init; }
    public double CpuMsP95 { get; init; }
}

/// <summary>Plays ideas through the offline storyteller and measures the prose.</summary>
internal static class StoryQualityReport
{
    public static async Task<QualityFigures> Measure(IReadOnlyList<VisitorIdea> ideas, CancellationToken cancellationToken = default) =>
        await Measure(await QualityPlayer.PlayAll(ideas, cancellationToken), cancellationToken);

    public static async Task<QualityFigures> Measure(IReadOnlyList<PlayedIdea> played, CancellationToken cancellationToken = default)
    {
        var scenes = played.SelectMany(p => p.DistinctScenes()).ToList();
        var sentences = scenes.SelectMany(s => s.Sentences).ToList();
        var distinct = sentences.Distinct(StringComparer.Ordinal).ToList();
        var verdicts = await LinkGrammarJudge.JudgeAsync(distinct, cancellationToken);
        var parses = distinct.Zip(verdicts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        var articleErrors = sentences.Where(s => ProseMeasures.ArticleErrors(s).Any()).ToList();
        var labelled = played.Where(p => p.Idea.Labels().Any()).ToList();

        var siblingShares = played.SelectMany(p => p.SiblingGroups()).SelectMany(Pairs)
            .Select(pair => ProseMeasures.SharedSentenceShare(pair.A.Sentences, pair.B.Sentences)).ToList();

        var paths = played.SelectMany(p => p.Paths().Select(path => (p.Idea, Sentences: path.SelectMany(s => s.Sentences).ToList()))).ToList();
        var repeated = paths.Select(p => ProseMeasures.RepeatedSentences(p.Sentences)).ToList();
        var ratios = played.SelectMany(p => RatiosFor(p)).ToList();

        var ownMisses = played.Where(p => !ActsOnOwnChoice(p)).Select(p => $"'{p.Idea.OwnChoice}': {Opening(p.OwnChoiceScene.Prose)}").ToList();
        var cpu = played.SelectMany(p => p.EngineCpuPerScene).Select(t => t.TotalMilliseconds).ToList();

        return new QualityFigures
        {
            Ideas = played.Count,
            Scenes = scenes.Count,
            Sentences = sentences.Count,
            ParsedShare = Share(sentences.Count(s => parses[s]), sentences.Count),
            UnparsedSamples = [.. distinct.Where(s => !parses[s]).Take(40)],
            ArticleErrors = articleErrors.Count,
            ArticleErrorSamples = [.. articleErrors.Distinct().Take(20)],
            NamedShare = Share(labelled.Count(p => p.Idea.Labels().All(l => ProseMeasures.Mentions(p.Opening.Scene.Prose, l.Word))), labelled.Count),
            NamingMisses = NamingMisses(played),
            SiblingShareMean = siblingShares.Count == 0 ? 0 : siblingShares.Average(),
            SiblingShareMax = siblingShares.Count == 0 ? 0 : siblingShares.Max(),
            LongestRepeatedPhrase = paths.Select(p => ProseMeasures.LongestRepeatedPhrase(p.Sentences)).OfType<RepeatedPhrase>()
                .OrderByDescending(r => r.Words).ThenByDescending(r => r.Count).FirstOrDefault(),
            PathsMeasured = paths.Count,
            RepeatedSentences = repeated.Sum(r => r.Count),
            PathsWithRepeatedSentence = repeated.Count(r => r.Count > 0),
            RepeatedSentenceSample = repeated.SelectMany(r => r).FirstOrDefault(),
            NameToPronounRatio = ratios.Count == 0 ? 0 : ratios.Average(),
            OwnChoiceActedShare = Share(played.Count - ownMisses.Count, played.Count),
            OwnChoiceMisses = ownMisses,
            CpuMsP50 = Percentile(cpu, 50),
            CpuMsP95 = Percentile(cpu, 95),
        };
    }

    /// <summary>Each hero, place or object an idea names that its first scene does not.</summary>
    public static IReadOnlyList<string> NamingMisses(IEnumerable<PlayedIdea> played) =>
    [
        .. played.SelectMany(p => p.Idea.Labels().Where(l => !ProseMeasures.Mentions(p.Opening.Scene.Prose, l.Word))
            .Select(l => $"{l.Role} '{l.Word}' missing: {p.Idea.Seed.Prompt}")),
    ];

    /// <summary>The own-choice scene uses the typed action's key word and does not merely quote what was typed.</summary>
    public static bool ActsOnOwnChoice(PlayedIdea played)
    {
        var prose = played.OwnChoiceScene.Prose;
        var quoted = string.Join(' ', ProseMeasures.Words(prose)).Contains(string.Join(' ', ProseMeasures.Words(played.Idea.OwnChoice)), StringComparison.Ordinal);
        return ProseMeasures.Mentions(prose, played.Idea.OwnChoiceKey) && !quoted;
    }

    public static string Format(QualityFigures f)
    {
        var c = CultureInfo.InvariantCulture;
        var phrase = f.LongestRepeatedPhrase is { } p ? $"{p.Words} words, {p.Count}x: \"{p.Phrase}\"" : "none";
        var table = new StringBuilder()
            .AppendLine(c, $"Offline storyteller prose quality: {f.Ideas} ideas, {f.Scenes} scenes, {f.Sentences} sentences, {f.PathsMeasured} paths")
            .AppendLine("| Measure                                         | Value        | Goal     |")
            .AppendLine("|-------------------------------------------------|--------------|----------|")
            .AppendLine(c, $"| Sentences link-grammar parses fully             | {f.ParsedShare,11:P1}  | >= 95%   |")
            .AppendLine(c, $"| Sentences with a/an before the wrong sound      | {f.ArticleErrors,11}  | 0        |")
            .AppendLine(c, $"| First scene names the idea's hero/place/object  | {f.NamedShare,11:P1}  | 100%     |")
            .AppendLine(c, $"| Sentences sibling scenes share (mean)           | {f.SiblingShareMean,11:P1}  | <= 10%   |")
            .AppendLine(c, $"| Sentences sibling scenes share (max)            | {f.SiblingShareMax,11:P1}  |          |")
            .AppendLine(c, $"| Longest phrase repeated > 2x in a path (words)  | {f.LongestRepeatedPhrase?.Words ?? 0,11}  | < 4      |")
            .AppendLine(c, $"| Sentences repeated within a path (sum)          | {f.RepeatedSentences,11}  | 0        |")
            .AppendLine(c, $"| Paths with a repeated sentence                  | {f.PathsWithRepeatedSentence,4} of {f.PathsMeasured,3}  | 0        |")
            .AppendLine(c, $"| Hero name mentions per pronoun (mean)           | {f.NameToPronounRatio,11:F2}  |          |")
            .AppendLine(c, $"| Own-choice scenes about the typed action        | {f.OwnChoiceActedShare,11:P1}  | 100%     |")
            .AppendLine(c, $"| Engine CPU per scene, p50                       | {f.CpuMsP50,8:F2} ms  | < 20 ms  |")
            .AppendLine(c, $"| Engine CPU per scene, p95                       | {f.CpuMsP95,8:F2} ms  | < 20 ms  |")
            .AppendLine(c, $"Longest repeated phrase: {phrase}");
        if (f.RepeatedSentenceSample is { } repeatedSentence) table.AppendLine(c, $"A repeated sentence: \"{repeatedSentence}\"");
        Section(table, "Sentences with a/an before the wrong sound", f.ArticleErrorSamples, 8);
        Section(table, "Naming misses", f.NamingMisses, 12);
        Section(table, "Own choices not acted on", f.OwnChoiceMisses, 8);
        Section(table, "Sentences link-grammar does not parse fully", f.UnparsedSamples, 25);
        return table.ToString();
    }

    private static void Section(StringBuilder into, string title, IReadOnlyList<string> lines, int max)
    {
        if (lines.Count == 0) return;
        into.AppendLine(CultureInfo.InvariantCulture, $"{title} ({lines.Count}{(lines.Count > max ? $", first {max}" : "")}):");
        foreach (var line in lines.Take(max)) into.AppendLine("  " + line);
    }

    private static IEnumerable<double> RatiosFor(PlayedIdea played)
    {
        if (ProseMeasures.HeroName(played.Idea, played.Opening.Scene.Sentences) is not { } name) yield break;
        foreach (var path in played.Paths())
        {
            var (names, pronouns) = ProseMeasures.NamesAndPronouns(path.SelectMany(s => s.Sentences), name);
            if (pronouns > 0) yield return (double)names / pronouns;
        }
    }

    private static IEnumerable<(QualityScene A, QualityScene B)> Pairs(IReadOnlyList<QualityScene> group)
    {
        for (var i = 0; i < group.Count; i++)
            for (var j = i + 1; j < group.Count; j++) yield return (group[i], group[j]);
    }

    private static string Opening(string prose) => prose.Length <= 160 ? prose.ReplaceLineEndings(" ") : prose[..160].ReplaceLineEndings(" ") + "...";

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = p / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
