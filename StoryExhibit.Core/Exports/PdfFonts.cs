using SkiaSharp;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// The typefaces of a PDF, found through fontconfig: Noto Serif (Debian's fonts-noto-core), else DejaVu Serif, else
/// whatever serif the machine has. Skia embeds the glyphs it uses, so the file reads the same everywhere.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private static readonly string[] Families = ["Noto Serif", "DejaVu Serif", "serif"];
    private readonly SKTypeface _regular = Find(SKFontStyle.Normal);
    private readonly SKTypeface _bold = Find(SKFontStyle.Bold);
    private readonly SKTypeface _italic = Find(SKFontStyle.Italic);

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
    }
}
