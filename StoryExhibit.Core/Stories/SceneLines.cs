using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Stories;

/// <summary>Classifies single lines of a storyteller's answer: headings, choice lines, end markers, titles.</summary>
internal static partial class SceneLines
{
    /// <summary>Headings as <see cref="SceneFormat"/> asks, normalized; used to spot a heading cut off mid-word.</summary>
    private static readonly string[] CanonicalHeadings =
    [
        "what happens next?", "what will you do?", "what do you do?", "what would you like to do?",
        "choices:", "options:", "your choices:", "choose your path:", "the end",
    ];

    [GeneratedRegex(@"^\s*(?:[*_]{2})?\s*(?:(?:option|choice)\s*(?:\d{1,2}|[A-Da-d])\b\s*(?:[*_]{2})?\s*[:.)\-–—]?|\(\d{1,2}\)|\d{1,2}[.):]|\d{1,2}\s+[-–—]|\([A-Da-d]\)|[A-Da-d][.)]|[-*•+])(?:[*_]{2})?\s+(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChoiceLine();

    [GeneratedRegex(@"^(?:(?:your |the |possible )?(?:choices|options|decisions?|next steps)(?: are)?|what happens (?:next|now)|what (?:now|next)|what (?:will|would|should|do|does|can|could|might|shall) .{1,40}? (?:do|choose|try|decide|pick)(?: next| now| first)?|what would you like to do(?: next| now)?|choose(?: one| wisely| your (?:path|next step|adventure|fate|move))?|make (?:a|your) choice|the choice is yours|it'?s your choice|where (?:will|should|do|does) .{1,30}? go(?: next| now)?)$")]
    private static partial Regex KeywordHeading();

    [GeneratedRegex(@"^[*_#\s]*(?:scene|chapter|part|episode)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b\s*[:.\-–—]?[*_]*\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^(?<body>.*[.!?""”'’)])\s+[*_]*(?:THE END|The End)[.!]*[*_]*$")]
    private static partial Regex InlineEnd();

    [GeneratedRegex(@"(?<=[.!?""”'’)])\s+[*_]*(?:T(?:H(?:E(?: (?:E(?:N(?:D)?)?)?)?)?)?|The(?: (?:E(?:n(?:d)?)?)?)?)$")]
    private static partial Regex PartialInlineEnd();

    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The text of a numbered or bulleted choice line, or null when the line is not one.</summary>
    public static string? ChoiceText(string line)
    {
        if (IsHorizontalRule(line)) return null;
        var m = ChoiceLine().Match(line);
        if (!m.Success) return null;
        // "**Bold prose**" and "*italic prose*" are not bullets: a bullet star is followed by a space.
        return m.Groups["text"].Value;
    }

    public static bool IsChoice(string line) => ChoiceText(line) is not null;

    /// <summary>Lowercased text with markdown decoration, quotes and surrounding spaces removed.</summary>
    public static string Plain(string line) =>
        Spaces().Replace(line.Trim().Trim('#', '*', '_', '"', '“', '”', '>', ' ', '\t', '[', ']', '~', '='), " ").ToLowerInvariant();

    public static bool IsKeywordHeading(string line)
    {
        var plain = Plain(line).TrimEnd(':', '?', '.', '!', ' ', '*', '_');
        if (plain.Length == 0 || plain.Length > 80) return false;
        return KeywordHeading().IsMatch(plain)
            || (WordCount(plain) <= 10 && KeywordHeadingStart().IsMatch(plain));
    }

    [GeneratedRegex(@"^(?:what happens next|choose (?:what|where|how|your|one|between)|your (?:choices|options)|pick (?:one|your)|decide what)\b")]
    private static partial Regex KeywordHeadingStart();

    [GeneratedRegex(@"^(?:sure|certainly|of course|okay|ok|absolutely|alright|here'?s|here is|here are)\b.*[:!]$", RegexOptions.IgnoreCase)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^(?:sure|certainly|of course|okay|ok|absolutely|alright|here'?s|here is|here are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreambleStart();

    /// <summary>"Sure! Here is the next scene:" and the like.</summary>
    public static bool IsPreamble(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return WordCount(t) <= 15 && Preamble().IsMatch(t);
    }

    /// <summary>A line shaped like a heading: markdown heading, a line that is all bold, or a short line ending with a colon.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || IsChoice(t)) return false;
        if (t.StartsWith('#')) return true;
        if (t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal)
            && t.IndexOf("**", 2, StringComparison.Ordinal) == t.Length - 2) return true;
        return t.TrimEnd('*', '_').EndsWith(':') && WordCount(t) <= 8;
    }

    /// <summary>
    /// A short line of story ending with a colon ("An unexpected thought came to Isolde:"): it is the choices' heading
    /// only when choices follow it. While streaming it stays shown, since any line may end so and it was shown already.
    /// </summary>
    public static bool IsPlainLabel(string line)
    {
        var t = line.Trim();
        return LooksLikeHeading(t) && !t.StartsWith('#') && !t.StartsWith("**", StringComparison.Ordinal) && !IsKeywordHeading(t);
    }

    public static bool IsEndMarker(string line)
    {
        var plain = Plain(line).Trim('(', ')', '-', '—', '–', ' ').TrimEnd('.', '!', ' ');
        return plain == "the end" || plain == "fin";
    }

    /// <summary>The line without a trailing "THE END" / "The End." sentence, or null when it has none.</summary>
    public static string? WithoutInlineEnd(string line)
    {
        var m = InlineEnd().Match(line.Trim());
        return m.Success ? m.Groups["body"].Value.TrimEnd() : null;
    }

    /// <summary>An unfinished line without a trailing start of "THE END" after a finished sentence.</summary>
    public static string WithoutPartialInlineEnd(string line) => PartialInlineEnd().Replace(line, "");

    public static bool IsHorizontalRule(string line) => HorizontalRule().IsMatch(line);

    /// <summary>
    /// For a title line such as "# Scene 3", "Scene 3:" or "**Chapter two: The Well**": null to drop it.
    /// For "Scene 3: The lantern flickered." the prose after the label. Otherwise the line unchanged.
    /// </summary>
    public static string? WithoutTitle(string line, bool firstLine)
    {
        var t = line.Trim();
        var m = TitlePrefix().Match(t);
        if (m.Success)
        {
            var rest = t[m.Length..].Trim().Trim('*', '_').Trim();
            return IsShortTitle(rest) ? null : rest;
        }
        if (!firstLine) return line;
        if (t.StartsWith('#') && !IsKeywordHeading(t)) return null;
        if (t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal)
            && IsShortTitle(t.Trim('*'))) return null;
        return line;
    }

    private static bool IsShortTitle(string s) =>
        s.Length == 0 || (WordCount(s) <= 8 && !".!?\"”".Contains(s[^1]));

    /// <summary>True when an unfinished last line could still grow into a heading, a choice or the end marker.</summary>
    public static bool MayBecomeStructure(string line, bool openingLine = false)
    {
        var t = line.Trim();
        if (t.Length == 0) return false;
        if (t[0] is '#' or '*' or '-' or '•' or '+' or '(' or '_' or '>' || char.IsDigit(t[0])) return true;
        if (t.Length <= 2 && t[0] is (>= 'A' and <= 'D') or (>= 'a' and <= 'd') && (t.Length == 1 || t[1] is '.' or ')'))
            return !openingLine; // "A." / "a)" in the making; choices never open a scene, and "A" so often does
        if (t.StartsWith("option", StringComparison.OrdinalIgnoreCase) || t.StartsWith("choice", StringComparison.OrdinalIgnoreCase)) return true;
        if (PreambleStart().IsMatch(t) || TitlePrefix().IsMatch(t)) return true; // "Sure! Here is the" / "Scene 3"
        // The choices' heading and "The End" only follow prose: a scene's opening "The" or "What" shows at once.
        if (openingLine) return false;
        var plain = Plain(t);
        return CanonicalHeadings.Any(h => h.StartsWith(plain, StringComparison.Ordinal)) || IsKeywordHeading(t) || MayBecomeKeywordHeading(plain)
            || (LooksLikeHeading(t) && !IsPlainLabel(t));
    }

    /// <summary>
    /// The first words of the headings <see cref="KeywordHeading"/> knows, each word a set of alternatives; any words may
    /// follow them. A line beginning so ("What should they") may still become one.
    /// </summary>
    private static readonly string[][][] KeywordHeadingStarts =
    [
        Words("what happens|now|next|will|would|should|do|does|can|could|might|shall"),
        Words("where will|should|do|does"),
        Words("your|the|possible choice|choices|options|decision|decisions"),
        Words("your|the|possible next steps"),
        Words("choices|options|decision|decisions"),
        Words("next steps"),
        Words("choose"),
        Words("make a|your choice"),
        Words("it's|its your choice"),
        Words("pick one|your"),
        Words("decide what"),
    ];

    private static string[][] Words(string start) => [.. start.Split(' ').Select(word => word.Split('|'))];

    /// <summary>
    /// True when a line being written could still grow into a keyword heading: it begins as one does (its last word
    /// perhaps cut short) and no sentence has ended inside it yet.
    /// </summary>
    private static bool MayBecomeKeywordHeading(string plain)
    {
        var line = plain.TrimEnd('?', '!', '.', ':');
        if (plain.Length > 60 || line.IndexOfAny(['.', '!', '?']) >= 0) return false;
        var words = line.Split(' ');
        return KeywordHeadingStarts.Any(start => words.Select((word, i) => i >= start.Length
            || (i == words.Length - 1 ? start[i].Any(w => w.StartsWith(word, StringComparison.Ordinal)) : start[i].Contains(word))).All(fits => fits));
    }

    /// <summary>True when a final line is the start of a heading cut off by the end of the stream.</summary>
    public static bool IsCutHeading(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('#')) return true;
        var plain = Plain(t);
        return plain.Length >= 4 && CanonicalHeadings.Any(h => h.StartsWith(plain, StringComparison.Ordinal) && h != plain);
    }

    /// <summary>Choice text with markup, wrapping quotes and label punctuation removed.</summary>
    public static string CleanChoice(string text)
    {
        var s = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Trim();
        // a nested marker such as "1. Option 1: ..." or "- 1) ..."
        if (ChoiceText(s) is { } inner && !s.StartsWith('*') && !s.StartsWith('-')) s = inner.Trim();
        for (var changed = true; changed && s.Length >= 2;)
        {
            changed = false;
            foreach (var (open, close) in Wrappers)
            {
                if (s.Length >= 2 && s[0] == open && s[^1] == close)
                {
                    s = s[1..^1].Trim();
                    changed = true;
                }
            }
        }
        if (s.Length > 0 && s[0] is '"' or '“' && s.Count(c => c is '"' or '“' or '”') == 1) s = s[1..].Trim(); // cut-off quote
        s = s.Trim().TrimStart(':', '-', '–', '—', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    private static readonly (char, char)[] Wrappers = [('"', '"'), ('“', '”'), ('\'', '\''), ('‘', '’'), ('*', '*'), ('_', '_'), ('[', ']'), ('(', ')')];

    /// <summary>Case- and punctuation-insensitive identity of a choice.</summary>
    public static string Key(string choice)
    {
        var sb = new StringBuilder(choice.Length);
        foreach (var c in choice)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    public static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    public static bool EndsLikeSentence(string s) => s.Length > 0 && ".!?\"”'’)".Contains(s[^1]);
}
