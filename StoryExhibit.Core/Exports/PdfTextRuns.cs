using System.Text;
using SkiaSharp;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A line of text as runs, each drawn by a typeface that has its characters: the book's font where it can, else the
/// fallback fontconfig finds (a visitor's 你好 in a CJK font), so no character prints as an empty box.
/// </summary>
internal static class PdfTextRuns
{
    public static IEnumerable<(string Text, SKFont Font)> Split(string text, SKFont font, PdfFonts fonts)
    {
        var run = new StringBuilder();
        SKTypeface? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var typeface = Rune.IsWhiteSpace(rune) ? current ?? font.Typeface
                : font.ContainsGlyph(rune.Value) ? font.Typeface
                : fonts.FallbackFor(font.Typeface, rune.Value) ?? font.Typeface;
            if (current is not null && typeface != current)
            {
                yield return (run.ToString(), FontOf(current, font));
                run.Clear();
            }
            current = typeface;
            run.Append(rune.ToString());
        }
        if (current is not null && run.Length > 0) yield return (run.ToString(), FontOf(current, font));
    }

    /// <summary>The run's font: the line's own, or a new one the caller disposes (<see cref="IsOwn"/> tells which).</summary>
    private static SKFont FontOf(SKTypeface typeface, SKFont font) => typeface == font.Typeface ? font : new SKFont(typeface, font.Size);

    public static bool IsOwn(SKFont run, SKFont line) => !ReferenceEquals(run, line);
}
