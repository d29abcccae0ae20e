using SkiaSharp;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A story as a PDF book drawn by Skia: a title page, each chapter on a new page with its heading, the choice that led
/// there, its picture and its prose, then the credits. Text is real text (searchable, fonts embedded), never a picture.
/// </summary>
public sealed class PdfExporter
{
    public const string MediaType = "application/pdf";

    public void Write(StoryBook book, Stream output, PdfPageSize size = PdfPageSize.A5)
    {
        var metadata = new SKDocumentPdfMetadata
        {
            Title = book.Title,
            Creator = "StoryExhibit",
            Producer = "StoryExhibit",
            Creation = book.CreatedUtc,
            Modified = book.CreatedUtc,
            // Pictures are JPEG copies, passed through as they are; anything Skia must encode itself is stored as a JPEG
            // too rather than losslessly (its default), which made pictures several times their size.
            EncodingQuality = 90,
        };
        using var document = SKDocument.CreatePdf(output, metadata);
        using var fonts = new PdfFonts(PdfFonts.CharactersOf(
            [book.Title, book.Genre, book.Code, book.Credits, .. book.Chapters.SelectMany(c => new[] { c.Heading, c.ChosenToGetHere, c.Prose })]));
        using (var pages = new PdfPages(document, size, fonts))
        {
            WriteTitlePage(book, pages, fonts);
            foreach (var chapter in book.Chapters) WriteChapter(chapter, pages, fonts);
            using var small = fonts.Italic(9);
            pages.Space(24);
            pages.Paragraph(book.Credits, small, SKTextAlign.Center);
        }
        document.Close();
    }

    private static void WriteTitlePage(StoryBook book, PdfPages pages, PdfFonts fonts)
    {
        pages.NewPage(numbered: false);
        pages.MoveTo(0.3f);
        using var title = fonts.Heading(24);
        pages.Paragraph(book.Title, title, SKTextAlign.Center, after: 16);
        using var subtitle = fonts.Italic(12);
        pages.Paragraph($"A {book.Genre.ToLowerInvariant()} story", subtitle, SKTextAlign.Center, after: 6);
        using var small = fonts.Body(10);
        pages.Paragraph($"Story code {book.Code}", small, SKTextAlign.Center);
    }

    private static void WriteChapter(BookChapter chapter, PdfPages pages, PdfFonts fonts)
    {
        pages.NewPage();
        using var heading = fonts.Heading(16);
        pages.Paragraph(chapter.Heading, heading, after: 4);
        if (chapter.ChosenToGetHere is { Length: > 0 } choice)
        {
            using var italic = fonts.Italic(10);
            pages.Paragraph($"You chose: {FreeText.Normalize(choice)}", italic, after: 4);
        }
        pages.Space(6);
        if (chapter.Picture is { } picture) pages.Picture(picture.Jpeg);
        using var body = fonts.Body(11);
        foreach (var paragraph in ProseText.Paragraphs(chapter.Prose)) pages.Paragraph(paragraph, body, after: 6);
    }
}
