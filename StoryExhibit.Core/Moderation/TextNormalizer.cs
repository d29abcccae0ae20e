using System.Globalization;
using System.Text;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Moderation;

/// <summary>One word of a text as the classifier sees it: every spelling it may stand for, and whether a clause ends before it.</summary>
public sealed record NormalizedToken(IReadOnlyList<string> Forms, bool BreakBefore);

/// <summary>
/// Undoes the usual tricks before words are matched: Unicode compatibility forms and accents (NFKC, then marks
/// dropped), invisible format characters (zero-width spaces and joiners), Cyrillic and Greek look-alikes, case,
/// leetspeak inside words ("k1ll", "d4mn", "@ss", "sh*t"), apostrophes ("don't" is "dont") and words spelled out
/// a letter at a time ("s t a b", "k.i.l.l"). Repeated letters are left to the matcher ("bloooood").
/// </summary>
public static class TextNormalizer
{
    private const string ClauseBreaks = ".,;:!?\n\r—–()\"“”";
    private const string InnerLeet = "!|+*";

    public static IReadOnlyList<NormalizedToken> Tokenize(string text)
    {
        var clean = Clean(text);
        var raw = SplitRaw(clean);
        var joined = JoinSpelledOut(raw);
        var tokens = new List<NormalizedToken>(joined.Count);
        foreach (var (word, separator) in joined)
        {
            var forms = Forms(word);
            if (forms.Count > 0) tokens.Add(new NormalizedToken(forms, separator.IndexOfAny(ClauseBreaks.ToCharArray()) >= 0));
        }
        return tokens;
    }

    /// <summary>
    /// The text as typed text is kept (<see cref="FreeText"/>: invisible and control characters gone, whitespace collapsed),
    /// then compatibility forms folded, marks and remaining format characters dropped, look-alikes mapped, lower case, apostrophes gone.
    /// </summary>
    public static string Clean(string text)
    {
        var decomposed = FreeText.Normalize(text, FreeTextKind.MultiLine).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format) continue;
            if (c is '\'' or '’' or 'ʼ' or '`' or '´') continue;
            var lower = char.ToLowerInvariant(c);
            sb.Append(Homoglyphs.Map(lower));
        }
        return sb.ToString();
    }

    private static List<(string Word, string Separator)> SplitRaw(string text)
    {
        var result = new List<(string, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && !IsWordChar(text[i])) i++;
            var separator = text[start..i];
            var wordStart = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i > wordStart) result.Add((text[wordStart..i], separator));
        }
        return result;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$' || InnerLeet.Contains(c);

    /// <summary>Three or more one-letter words in a row, a few characters apart, are one word spelled out ("k.i.l.l").</summary>
    private static List<(string Word, string Separator)> JoinSpelledOut(List<(string Word, string Separator)> raw)
    {
        var result = new List<(string, string)>();
        var i = 0;
        while (i < raw.Count)
        {
            var end = i;
            while (end < raw.Count && IsSingle(raw[end].Word) && (end == i || IsShortGap(raw[end].Separator))) end++;
            if (end - i >= 3)
            {
                // "A k i l l e r": an article or "I" before a spelled-out word stays a word of its own.
                if (end - i >= 5 && raw[i].Word is "a" or "i")
                {
                    result.Add(raw[i]);
                    i++;
                }
                result.Add((string.Concat(raw.Skip(i).Take(end - i).Select(r => r.Word)), raw[i].Separator));
                i = end;
            }
            else
            {
                result.Add(raw[i]);
                i++;
            }
        }
        return result;
    }

    private static bool IsSingle(string word) => word.Length == 1;
    private static bool IsShortGap(string separator) => separator.Length is >= 1 and <= 3 && !separator.Contains('\n');

    /// <summary>The spellings a raw word may stand for: leetspeak read as letters (1 as i or l, * as any vowel); none for a bare number.</summary>
    private static IReadOnlyList<string> Forms(string word)
    {
        word = word.Trim('!', '|', '+', '*');
        if (word.Length == 0 || !word.Any(char.IsLetter)) return [];
        var asI = new StringBuilder(word.Length);
        var asL = new StringBuilder(word.Length);
        var starAt = -1;
        foreach (var c in word)
        {
            var (i, l) = c switch
            {
                '0' => ('o', 'o'), '1' => ('i', 'l'), '3' => ('e', 'e'), '4' => ('a', 'a'), '5' => ('s', 's'), '7' => ('t', 't'),
                '8' => ('b', 'b'), '9' => ('g', 'g'), '@' => ('a', 'a'), '$' => ('s', 's'), '!' => ('i', 'i'), '|' => ('l', 'l'),
                '+' => ('t', 't'), _ => (c, c),
            };
            if (c == '*' && starAt < 0) starAt = asI.Length;
            asI.Append(i);
            asL.Append(l);
        }
        var forms = new List<string> { asI.ToString() };
        if (!forms.Contains(asL.ToString())) forms.Add(asL.ToString());
        if (starAt < 0) return forms;
        // "sh*t", "f**k": a masked vowel, any of them.
        return [.. forms.SelectMany(f => "aeiou".Select(v => MaskedAs(f, v))).Distinct()];
    }

    private static string MaskedAs(string form, char vowel)
    {
        var sb = new StringBuilder(form.Length);
        var previousStar = false;
        foreach (var c in form)
        {
            if (c == '*') { if (!previousStar) sb.Append(vowel); previousStar = true; continue; }
            previousStar = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
