using System.Text;

namespace StoryExhibit.Core.Stories;

/// <summary>
/// Reads a storyteller's answer for one scene into a <see cref="SceneOutput"/>. Follows <see cref="SceneFormat"/>
/// but accepts what models really write: other headings ("Choices:", "**What will you do?**"), other numbering
/// ("1)", "(1)", "A.", "-", "Option 1:"), quoted or bold choices, titles, JSON answers, and answers cut off mid-way.
/// </summary>
public static class SceneOutputParser
{
    public const int MaxChoices = 3;
    public const int MinChoices = 2;
    /// <summary>A last choice cut off by the end of the stream is kept only with at least this many words.</summary>
    public const int MinWordsInCutChoice = 3;

    /// <param name="text">The whole answer.</param>
    /// <param name="genre">Flavours made-up choices.</param>
    /// <param name="cutOff">True when the stream ended early (stopped or failed), so its last choice may be unfinished.</param>
    public static SceneOutput Parse(string text, string? genre = null, bool cutOff = false)
    {
        text ??= "";
        if (string.IsNullOrWhiteSpace(text)) return Finish("", [], isEnding: false, repaired: true, lastMayBeCut: false, genre);
        text = Normalize(text);

        if (SceneJson.Payload(text) is { } payload && SceneJson.Read(payload) is { } json)
        {
            var jsonProse = Lines(json.Prose).ToList();
            var ending = json.IsEnding | (json.Choices.Count == 0 && StripEnd(jsonProse));
            return Finish(TidyProse(jsonProse), json.Choices, ending, repaired: false, lastMayBeCut: cutOff || !json.Complete, genre);
        }

        var lines = WithoutTitle(Lines(text).ToList());
        var isEnding = false;
        var stop = lines.FindIndex(SceneLines.IsEndMarker);
        if (stop >= 0) isEnding = true; // anything after the marker is the model's chatter
        else stop = lines.Count;
        var body = lines.GetRange(0, stop);

        var (proseLines, choiceLines) = Split(body);
        var choices = ChoicesIn(choiceLines);
        if (!isEnding && choices.Count == 0) isEnding = StripEnd(proseLines);
        // the last choice may be cut mid-sentence only when it is the very end of the answer
        var lastMayBeCut = cutOff && stop == lines.Count && LastNonBlank(choiceLines) is var lc and >= 0
            && (SceneLines.IsChoice(choiceLines[lc]) || !choiceLines.Any(SceneLines.IsChoice));
        return Finish(TidyProse(proseLines), choices, isEnding, repaired: false, lastMayBeCut, genre);
    }

    /// <summary>
    /// The part of a still-streaming answer that is prose: everything before a choices heading, the first choice
    /// line or the end marker; an unfinished last line is held back while it could still become one of those.
    /// </summary>
    public static string ProseSoFar(string partialText)
    {
        if (string.IsNullOrWhiteSpace(partialText)) return "";
        var text = Normalize(partialText);
        if (SceneJson.Payload(text) is { } payload)
        {
            var jsonProse = Lines(SceneJson.PartialProse(payload)).ToList();
            if (!StripEnd(jsonProse) && jsonProse.Count > 0) jsonProse[^1] = SceneLines.WithoutPartialInlineEnd(jsonProse[^1]);
            return TidyProse(jsonProse);
        }

        var lineComplete = text.EndsWith('\n');
        var lines = Lines(text).ToList();
        if (!lineComplete && lines.Count > 0
            && SceneLines.MayBecomeStructure(lines[^1], openingLine: !WithoutTitle(lines.GetRange(0, lines.Count - 1)).Exists(l => l.Length > 0)))
            lines.RemoveAt(lines.Count - 1);
        lines = WithoutTitle(lines);

        var stop = lines.FindIndex(SceneLines.IsEndMarker);
        if (stop >= 0) lines = lines.GetRange(0, stop);
        var (proseLines, _) = Split(lines);
        // a trailing heading-shaped line with nothing after it yet may still be the choices heading (a plain label was shown
        // while it was written, so it stays until choices do follow it: hiding it now and showing it again would flicker)
        if (LastNonBlank(proseLines) is var last and >= 0 && SceneLines.LooksLikeHeading(proseLines[last]) && !SceneLines.IsPlainLabel(proseLines[last]))
            proseLines.RemoveAt(last);
        if (LastNonBlank(proseLines) is var end and >= 0)
        {
            var line = SceneLines.WithoutInlineEnd(proseLines[end]) ?? proseLines[end];
            proseLines[end] = !lineComplete && end == proseLines.Count - 1 ? SceneLines.WithoutPartialInlineEnd(line) : line;
        }
        return TidyProse(proseLines);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd());

    private static List<string> WithoutTitle(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Length > 0);
        if (first < 0) return lines;
        if (SceneLines.IsPreamble(lines[first]))
        {
            lines.RemoveAt(first);
            first = lines.FindIndex(l => l.Length > 0);
            if (first < 0) return lines;
        }
        var replaced = SceneLines.WithoutTitle(lines[first], firstLine: true);
        if (replaced is null) lines.RemoveAt(first);
        else lines[first] = replaced;
        return lines;
    }

    /// <summary>Splits the answer (without end marker) into prose lines and the lines holding choices.</summary>
    private static (List<string> Prose, List<string> Choices) Split(List<string> lines)
    {
        var heading = FindHeading(lines);
        if (heading >= 0) return (lines.GetRange(0, heading), lines.GetRange(heading + 1, lines.Count - heading - 1));

        // no heading: a block of choice lines closing the answer
        var start = lines.Count;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Length == 0 && start == lines.Count) continue;
            if (lines[i].Length == 0 || SceneLines.IsChoice(lines[i])) start = i;
            else break;
        }
        while (start < lines.Count && lines[start].Length == 0) start++;
        if (start >= lines.Count) return (lines, []);
        var prose = lines.GetRange(0, start);
        // a short question or label just before the list is its heading
        if (LastNonBlank(prose) is var q and >= 0 && (SceneLines.LooksLikeHeading(prose[q]) && !SceneLines.EndsLikeSentence(prose[q].TrimEnd('*', '_'))
            || SceneLines.IsKeywordHeading(prose[q])))
            prose = prose.GetRange(0, q);
        return (prose, lines.GetRange(start, lines.Count - start));
    }

    private static int FindHeading(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || SceneLines.IsChoice(line)) continue;
            var next = NextNonBlank(lines, i + 1);
            var choiceFollows = next >= 0 && SceneLines.IsChoice(lines[next]);
            if (SceneLines.IsKeywordHeading(line) && (choiceFollows || LooksLikeChoiceBlock(lines, i + 1))) return i;
            // a label before a list inside the story ("She read the rules:") is not the choices heading
            if (SceneLines.LooksLikeHeading(line) && choiceFollows && OnlyChoicesFrom(lines, next)) return i;
        }
        // a heading cut off at the very end ("### What happ", "**What will you do?**" with nothing after); only prose
        // comes before a heading, so an opening "What a night" is not one
        var last = LastNonBlank(lines);
        if (last >= 0 && ((last > NextNonBlank(lines, 0) && SceneLines.IsCutHeading(lines[last])) || SceneLines.IsKeywordHeading(lines[last]))) return last;
        return -1;
    }

    private static bool OnlyChoicesFrom(List<string> lines, int from) =>
        lines.Skip(from).All(l => l.Trim().Length == 0 || SceneLines.IsChoice(l) || SceneLines.IsHorizontalRule(l));

    /// <summary>Unnumbered choices: a few short lines, not more paragraphs of story.</summary>
    private static bool LooksLikeChoiceBlock(List<string> lines, int from)
    {
        var rest = lines.Skip(from).Where(l => l.Length > 0).ToList();
        return rest.Count is > 0 and <= 5 && rest.All(l => SceneLines.WordCount(l) <= 25);
    }

    private static List<string> ChoicesIn(List<string> lines)
    {
        var marked = lines.Select(SceneLines.ChoiceText).OfType<string>().ToList();
        if (marked.Count > 0) return marked;
        return lines.Where(l => l.Length > 0 && !SceneLines.IsHorizontalRule(l) && !SceneLines.LooksLikeHeading(l)).ToList();
    }

    private static SceneOutput Finish(string prose, List<string> raw, bool isEnding, bool repaired, bool lastMayBeCut, string? genre)
    {
        var choices = new List<string>();
        var keys = new HashSet<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            var choice = SceneLines.CleanChoice(raw[i]);
            var cut = lastMayBeCut && i == raw.Count - 1 && !SceneLines.EndsLikeSentence(choice)
                && SceneLines.WordCount(choice) < MinWordsInCutChoice;
            var key = SceneLines.Key(choice);
            if (cut || key.Length == 0 || !keys.Add(key)) { repaired = true; continue; }
            choices.Add(choice);
        }
        if (choices.Count > MaxChoices)
        {
            choices.RemoveRange(MaxChoices, choices.Count - MaxChoices);
            repaired = true;
        }
        if (isEnding)
        {
            if (choices.Count > 0) repaired = true;
            return new SceneOutput(prose, [], true, repaired);
        }
        if (choices.Count < MinChoices)
        {
            SceneFallbackChoices.FillUp(choices, MinChoices, prose, genre);
            repaired = true;
        }
        return new SceneOutput(prose, choices, false, repaired);
    }

    /// <summary>Prose lines joined, with blank-line runs collapsed and stray rules and headings at the end removed.</summary>
    private static string TidyProse(List<string> lines)
    {
        while (LastNonBlank(lines) is var last and >= 0
               && (SceneLines.IsHorizontalRule(lines[last]) || (last > NextNonBlank(lines, 0) && SceneLines.IsCutHeading(lines[last]))))
            lines.RemoveRange(last, lines.Count - last);
        var sb = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) { blank = sb.Length > 0; continue; }
            if (sb.Length > 0) sb.Append(blank ? "\n\n" : "\n");
            sb.Append(line.TrimStart());
            blank = false;
        }
        return sb.ToString();
    }

    /// <summary>Removes a closing "THE END" line or sentence from prose lines; true when there was one.</summary>
    private static bool StripEnd(List<string> lines)
    {
        if (LastNonBlank(lines) is not (var last and >= 0)) return false;
        if (SceneLines.IsEndMarker(lines[last]))
        {
            lines.RemoveRange(last, lines.Count - last);
            return true;
        }
        if (SceneLines.WithoutInlineEnd(lines[last]) is not { } without) return false;
        lines[last] = without;
        return true;
    }

    private static int LastNonBlank(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--) if (lines[i].Trim().Length > 0) return i;
        return -1;
    }

    private static int NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++) if (lines[i].Trim().Length > 0) return i;
        return -1;
    }
}
