using System.Text.RegularExpressions;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>A passage worth a picture: where it is in the story, what the painter is told, and the caption beside it.</summary>
public sealed record IllustratedScene(int Number, int Paragraph, string Prompt, string Caption, IReadOnlyList<string> Characters, double Score);

/// <summary>
/// Cuts a story into the passages worth a picture: the text is split at scene breaks ("***", "Chapter 2") into parts and
/// paragraphs; each paragraph is scored by its visual sentences (people, places, actions, colour and light; thoughts and
/// talk count against); the best paragraph of each part is taken first, then the next best overall (side by side only
/// when nothing else is left), up to the maximum, in story order.
/// </summary>
public static partial class SceneCutter
{
    public const int MaxPromptCharacters = 600;
    public const int MaxCaptionCharacters = 220;
    /// <summary>A paragraph scoring less than this has too little to see to be drawn.</summary>
    public const double MinScore = 2;

    public static IReadOnlyList<IllustratedScene> Cut(string text, int maxPictures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPictures, 1);
        var paragraphs = Paragraphs(text);
        var names = NamesIn(text);
        var scored = paragraphs.Select((p, i) => (Index: i, p.Part, p.Text, Score: Score(p.Text, names))).ToList();
        var worth = scored.Where(p => p.Score >= MinScore).ToList();
        if (worth.Count == 0 && scored.Count > 0) worth = [scored.MaxBy(p => p.Score)];

        var chosen = worth.GroupBy(p => p.Part).Select(g => g.MaxBy(p => p.Score)).OrderByDescending(p => p.Score).Take(maxPictures).ToList();
        // Then the next best where no picture is yet beside it, and only then the passages beside one.
        foreach (var besideAllowed in new[] { false, true })
        {
            foreach (var candidate in worth.OrderByDescending(p => p.Score))
            {
                if (chosen.Count >= maxPictures) break;
                if (chosen.Any(c => c.Index == candidate.Index || (!besideAllowed && Math.Abs(c.Index - candidate.Index) <= 1))) continue;
                chosen.Add(candidate);
            }
        }
        return chosen.OrderBy(p => p.Index)
            .Select((p, n) => new IllustratedScene(n + 1, p.Index, Prompt(p.Text, names), Caption(p.Text, names),
                names.Where(name => Regex.IsMatch(p.Text, $@"\b{Regex.Escape(name)}\b")).Take(4).ToList(), p.Score))
            .ToList();
    }

    private static List<(int Part, string Text)> Paragraphs(string text)
    {
        var result = new List<(int, string)>();
        var part = 0;
        foreach (var block in BlankLines().Split(text.Replace("\r\n", "\n")))
        {
            var paragraph = Whitespace().Replace(block, " ").Trim();
            if (paragraph.Length == 0) continue;
            if (SceneBreak().IsMatch(paragraph)) { part++; continue; }
            result.Add((part, paragraph));
        }
        return result;
    }

    /// <summary>Sums the visual words of each sentence; spoken lines and thoughts count less, a long paragraph no more than a rich one.</summary>
    private static double Score(string paragraph, IReadOnlySet<string> names)
    {
        var total = 0.0;
        foreach (var sentence in Sentences(paragraph))
        {
            var words = Words().Matches(sentence).Select(m => m.Value).ToList();
            var seen = words.Count(w => VisualWords.People.Contains(w) || names.Contains(w)) * 1.0
                + words.Count(VisualWords.Places.Contains) * 1.5
                + words.Count(VisualWords.Actions.Contains) * 1.2
                + words.Count(VisualWords.Colours.Contains) * 0.8
                - words.Count(VisualWords.Inner.Contains) * 1.0;
            if (sentence.Contains('"') || sentence.Contains('\u201C')) seen *= 0.5;
            total += Math.Max(0, seen);
        }
        return Math.Round(total / Math.Sqrt(Math.Max(1, Sentences(paragraph).Count / 3.0)), 2);
    }

    private static string Prompt(string paragraph, IReadOnlySet<string> names)
    {
        var prompt = "";
        foreach (var sentence in Sentences(paragraph).OrderByDescending(s => Score(s, names)).Take(3).OrderBy(paragraph.IndexOf))
        {
            if (prompt.Length + sentence.Length + 1 > MaxPromptCharacters) break;
            prompt = prompt.Length == 0 ? sentence : prompt + " " + sentence;
        }
        return prompt.Length > 0 ? prompt : Shorten(paragraph, MaxPromptCharacters);
    }

    private static string Caption(string paragraph, IReadOnlySet<string> names) =>
        Shorten(Sentences(paragraph).MaxBy(s => Score(s, names)) ?? paragraph, MaxCaptionCharacters);

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    private static List<string> Sentences(string paragraph) =>
        SentenceEnd().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>Capitalised words met at least twice away from a sentence's start: the story's people and places by name.</summary>
    private static HashSet<string> NamesIn(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in SentenceEnd().Split(text))
        {
            var words = Words().Matches(sentence).Select(m => m.Value).Skip(1);
            foreach (var word in words.Where(w => char.IsUpper(w[0]) && w.Length > 1 && !VisualWords.NotNames.Contains(w)))
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\n\s*\n")] private static partial Regex BlankLines();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"^([\*\-#~=_•·]\s*){1,}$|^(chapter|part|scene|book)\s+([0-9]+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)\b.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex SceneBreak();
    [GeneratedRegex(@"(?<=[.!?\u2026])[\""\u201D']?\s+")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"\p{L}[\p{L}'\-]*")] private static partial Regex Words();
}
