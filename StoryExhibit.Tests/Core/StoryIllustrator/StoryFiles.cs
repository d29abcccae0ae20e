using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

/// <summary>Real .docx and .pdf files written in the test, for the readers to read back.</summary>
public static class StoryFiles
{
    public const string FirstParagraph = "The red fox ran across the frozen river under a golden moon.";
    public const string SecondParagraph = "Mira climbed the crumbling tower and held up her lantern.";

    public static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static byte[] Pdf(params string[] paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var paragraph in paragraphs)
        {
            page.AddText(paragraph, 11, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
            y -= 40;
        }
        return builder.Build();
    }
}
