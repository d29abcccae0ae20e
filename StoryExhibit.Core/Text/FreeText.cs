using System.Globalization;
using System.Text;

namespace StoryExhibit.Core.Text;

/// <summary>What a box lets through: one line, several lines, or a name (compatibility forms folded as well).</summary>
public enum FreeTextKind { SingleLine, MultiLine, Name }

/// <summary>
/// The one normaliser for everything a person types (a visitor's idea, story elements, own choice and feedback; staff
/// names and prompts), applied on the server before any length check or use: broken UTF-16 (lone surrogates) replaced,
/// canonical composition (NFC; NFKC for names), control characters, bidirectional overrides and isolates and
/// zero-width characters removed, stacks of combining marks cut short, whitespace collapsed, ends trimmed. What is left
/// is what the text says; an empty result means nothing was typed. Emoji, including joined and flagged sequences, stay whole.
/// </summary>
public static class FreeText
{
    /// <summary>More combining marks than this on one letter is "Zalgo" noise, not a script's accents.</summary>
    public const int MaxMarksPerLetter = 4;

    public static string Normalize(string? text, FreeTextKind kind = FreeTextKind.SingleLine)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var composed = WellFormed(text).Normalize(kind == FreeTextKind.Name ? NormalizationForm.FormKC : NormalizationForm.FormC);
        var visible = WithoutInvisibles(composed, multiLine: kind == FreeTextKind.MultiLine);
        return CollapseWhitespace(visible);
    }

    /// <summary>True when nothing is left of <paramref name="text"/> once normalised.</summary>
    public static bool IsBlank(string? text, FreeTextKind kind = FreeTextKind.SingleLine) => Normalize(text, kind).Length == 0;

    /// <summary>The text with every lone surrogate replaced by U+FFFD (string.Normalize throws on them).</summary>
    public static string WellFormed(string text)
    {
        var index = FirstLoneSurrogate(text);
        if (index < 0) return text;
        var chars = text.ToCharArray();
        for (var i = index; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    private static string WithoutInvisibles(string text, bool multiLine)
    {
        var sb = new StringBuilder(text.Length);
        var marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                var rune = char.ConvertToUtf32(c, text[i + 1]);
                // Tag characters only spell out a subdivision flag (🏴 + tags); anywhere else they hide text.
                if (!IsTag(rune) || EndsInEmojiOrTag(sb)) sb.Append(c).Append(text[i + 1]);
                i++;
                marks = 0;
                continue;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                    if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f' || c == '\u0085') sb.Append(multiLine && c is '\n' or '\u0085' ? '\n' : ' ');
                    continue; // the rest (NUL, escape, bell...) is dropped
                case UnicodeCategory.Format:
                    // Zero-width joiners and non-joiners join letters and emoji; on their own, or at an edge, they hide text.
                    if (c is '\u200D' or '\u200C' && sb.Length > 0 && !char.IsWhiteSpace(sb[^1]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])
                        && CharUnicodeInfo.GetUnicodeCategory(text[i + 1]) is not UnicodeCategory.Format and not UnicodeCategory.Control)
                        sb.Append(c);
                    continue; // bidi overrides and isolates, marks, zero-width spaces, soft hyphens, BOMs
                case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    sb.Append(multiLine ? '\n' : ' ');
                    continue;
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark:
                    // A mark needs something to sit on; more than a handful on one letter is noise.
                    if (sb.Length == 0 || char.IsWhiteSpace(sb[^1]) || ++marks > MaxMarksPerLetter) continue;
                    sb.Append(c);
                    continue;
                case UnicodeCategory.OtherNotAssigned when c is '\uFFFE' or '\uFFFF':
                    continue;
            }
            marks = 0;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsTag(int rune) => rune is >= 0xE0000 and <= 0xE007F;

    private static bool EndsInEmojiOrTag(StringBuilder sb) => sb.Length >= 2 && char.IsLowSurrogate(sb[^1]) && char.IsHighSurrogate(sb[^2])
        && (IsTag(char.ConvertToUtf32(sb[^2], sb[^1])) || char.ConvertToUtf32(sb[^2], sb[^1]) >= 0x1F000);

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingLines = 0;
        foreach (var c in text)
        {
            if (c == '\n') { pendingLines++; pendingSpace = false; continue; }
            if (char.IsWhiteSpace(c)) { if (pendingLines == 0) pendingSpace = true; continue; }
            if (sb.Length > 0)
            {
                // Several lines keep one blank line at most between paragraphs; spaces at line ends go.
                if (pendingLines > 0) sb.Append('\n', Math.Min(pendingLines, 2));
                else if (pendingSpace) sb.Append(' ');
            }
            pendingSpace = false;
            pendingLines = 0;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
