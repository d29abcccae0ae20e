using SkiaSharp;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// The typefaces of a PDF, found through fontconfig: Noto Serif (Debian's fonts-noto-core), else DejaVu Serif, else
/// whatever serif the machine has; each cut down to the characters of the book (<see cref="PdfFontSubset"/>), as Skia
/// embeds whatever font it is given whole, so the file reads the same everywhere and stays small.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private static readonly string[] Families = ["Noto Serif", "DejaVu Serif", "serif"];
    private readonly SKTypeface _regular, _bold, _italic;
    private readonly IReadOnlySet<int> _characters;
    private readonly Dictionary<(string Family, int Weight, SKFontStyleSlant Slant), SKTypeface> _fallbacks = [];
    private readonly Dictionary<(SKTypeface Font, int Character), SKTypeface?> _fallbackFor = [];

    /// <param name="characters">Every character the book may draw (<see cref="CharactersOf"/>).</param>
    public PdfFonts(IReadOnlySet<int> characters)
    {
        _characters = characters;
        _regular = Cut(Find(SKFontStyle.Normal), characters);
        _bold = Cut(Find(SKFontStyle.Bold), characters);
        _italic = Cut(Find(SKFontStyle.Italic), characters);
    }

    /// <summary>The characters of a book's texts (as typed and composed), with printable ASCII for numbers and labels.</summary>
    public static IReadOnlySet<int> CharactersOf(IEnumerable<string?> texts)
    {
        var characters = Enumerable.Range(0x20, 0x7F - 0x20).ToHashSet();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var form in new[] { text, text.Normalize(System.Text.NormalizationForm.FormC) })
                foreach (var rune in form.EnumerateRunes()) characters.Add(rune.Value);
        }
        return characters;
    }

    /// <summary>
    /// The typeface that draws a character <paramref name="font"/> lacks (a visitor's 你好), as fontconfig finds it for
    /// that character and cut to the book's characters like the others; null when the machine has none.
    /// </summary>
    public SKTypeface? FallbackFor(SKTypeface font, int character)
    {
        if (_fallbackFor.TryGetValue((font, character), out var known)) return known;
        SKTypeface? fallback = null;
        if (SKFontManager.Default.MatchCharacter(Families[0], font.FontStyle, null, character) is { } matched)
        {
            var key = (matched.FamilyName, matched.FontStyle.Weight, matched.FontStyle.Slant);
            if (_fallbacks.TryGetValue(key, out var cut)) matched.Dispose();
            else _fallbacks[key] = cut = Cut(matched, _characters);
            using var probe = new SKFont(cut);
            fallback = probe.ContainsGlyph(character) ? cut : null;
        }
        return _fallbackFor[(font, character)] = fallback;
    }

    private static SKTypeface Cut(SKTypeface whole, IReadOnlySet<int> characters)
    {
        if (PdfFontSubset.Of(whole, characters) is not { } subset) return whole;
        whole.Dispose();
        return subset;
    }

    public SKFont Body(float size) => new(_regular, size);
    public SKFont Heading(float size) => new(_bold, size);
    public SKFont Italic(float size) => new(_italic, size);

    private static SKTypeface Find(SKFontStyle style)
    {
        foreach (var family in Families)
            if (SKFontManager.Default.MatchFamily(family, style) is { } typeface) return typeface;
        return SKTypeface.Default;
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
        _italic.Dispose();
        foreach (var fallback in _fallbacks.Values) fallback.Dispose();
    }
}
