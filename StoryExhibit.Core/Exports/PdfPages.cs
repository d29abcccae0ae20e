using SkiaSharp;

namespace StoryExhibit.Core.Exports;

public enum PdfPageSize { A5, A4 }

/// <summary>
/// Lays text and pictures down the pages of a PDF: a cursor that wraps words to the page's width, starts a new page
/// when one is full and numbers the pages it starts.
/// </summary>
internal sealed class PdfPages(SKDocument document, PdfPageSize size, PdfFonts fonts) : IDisposable
{
    public const float Margin = 48;
    private readonly SKSize _page = size == PdfPageSize.A4 ? new SKSize(595.28f, 841.89f) : new SKSize(419.53f, 595.28f);
    private readonly SKPaint _ink = new() { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
    private SKCanvas? _canvas;
    private float _y;
    private int _number;

    public float Width => _page.Width - 2 * Margin;
    private float Bottom => _page.Height - Margin - 20; // room for the page number

    /// <summary>Starts a page; <paramref name="numbered"/> false for the title page.</summary>
    public void NewPage(bool numbered = true)
    {
        EndPage();
        _canvas = document.BeginPage(_page.Width, _page.Height);
        _number++;
        _y = Margin;
        if (!numbered) return;
        using var font = fonts.Body(9);
        _canvas.DrawText(_number.ToString(System.Globalization.CultureInfo.InvariantCulture), _page.Width / 2, _page.Height - Margin / 2, SKTextAlign.Center, font, _ink);
    }

    public void Space(float points) => _y += points;

    /// <summary>Moves the cursor to a point down the page (a fraction of its height), for a title page.</summary>
    public void MoveTo(float fraction) => _y = _page.Height * fraction;

    /// <summary>Writes a paragraph wrapped to the page's width, breaking onto new pages as needed.</summary>
    public void Paragraph(string text, SKFont font, SKTextAlign align = SKTextAlign.Left, float after = 0)
    {
        var lineHeight = font.Size * 1.45f;
        foreach (var line in Wrap(text, font))
        {
            if (_y + lineHeight > Bottom) NewPage();
            _y += font.Size;
            var width = Measure(line, font);
            var x = align switch { SKTextAlign.Center => (_page.Width - width) / 2, SKTextAlign.Right => _page.Width - Margin - width, _ => Margin };
            foreach (var (run, runFont) in PdfTextRuns.Split(line, font, fonts))
            {
                _canvas!.DrawText(run, x, _y, SKTextAlign.Left, runFont, _ink);
                x += runFont.MeasureText(run);
                if (PdfTextRuns.IsOwn(runFont, font)) runFont.Dispose();
            }
            _y += lineHeight - font.Size;
        }
        _y += after;
    }

    /// <summary>Draws a picture across the text's width, at most <paramref name="maxHeightFraction"/> of the page high.</summary>
    public void Picture(byte[] encoded, float maxHeightFraction = 0.4f)
    {
        using var image = SKImage.FromEncodedData(encoded);
        if (image is null) return; // not a picture after all: the chapter goes on without it
        var scale = Math.Min(Width / image.Width, _page.Height * maxHeightFraction / image.Height);
        var (w, h) = (image.Width * scale, image.Height * scale);
        if (_y + h > Bottom) NewPage();
        var left = Margin + (Width - w) / 2;
        _canvas!.DrawImage(image, new SKRect(left, _y, left + w, _y + h), new SKSamplingOptions(SKFilterMode.Linear));
        _y += h + 14;
    }

    /// <summary>The width of a line as drawn, fallback fonts included.</summary>
    private float Measure(string text, SKFont font)
    {
        var width = 0f;
        foreach (var (run, runFont) in PdfTextRuns.Split(text, font, fonts))
        {
            width += runFont.MeasureText(run);
            if (PdfTextRuns.IsOwn(runFont, font)) runFont.Dispose();
        }
        return width;
    }

    private IEnumerable<string> Wrap(string text, SKFont font)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Measure(candidate, font) <= Width || line.Length == 0 && Measure(word, font) <= Width) { line = candidate; continue; }
            if (line.Length > 0) yield return line;
            // A word wider than the page (a long address, a run of letters) is cut where it must be.
            line = word;
            while (Measure(line, font) > Width && line.Length > 1)
            {
                var fit = line.Length - 1;
                while (fit > 1 && Measure(line[..fit], font) > Width) fit--;
                yield return line[..fit];
                line = line[fit..];
            }
        }
        if (line.Length > 0) yield return line;
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        document.EndPage();
        _canvas = null;
    }

    public void Dispose()
    {
        EndPage();
        _ink.Dispose();
    }
}
