using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A story as an EPUB 3 book: the <c>mimetype</c> entry first and stored, the container, a package document with its
/// metadata, a navigation document, one XHTML file per chapter, the pictures and a style sheet.
/// </summary>
public sealed class EpubExporter
{
    public const string MediaType = "application/epub+zip";
    private const string Head = """<?xml version="1.0" encoding="utf-8"?>""" + "\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\">\n";

    public void Write(StoryBook book, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "mimetype", MediaType, CompressionLevel.NoCompression);
        Add(zip, "META-INF/container.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>
            """);
        Add(zip, "OEBPS/style.css", BookMarkup.Css);
        Add(zip, "OEBPS/title.xhtml", Page(book.Title, BookMarkup.TitleBlock(book) + $"<p>Story code {BookMarkup.Escape(book.Code)}</p>\n"));
        foreach (var chapter in book.Chapters)
        {
            var picture = chapter.Picture is null ? null : PictureName(chapter);
            if (chapter.Picture is { } jpeg)
            {
                var entry = zip.CreateEntry($"OEBPS/{picture}", CompressionLevel.NoCompression); // JPEG does not deflate
                using var stream = entry.Open();
                stream.Write(jpeg.Jpeg);
            }
            var body = $"<section epub:type=\"chapter\">\n{BookMarkup.Chapter(chapter, picture)}</section>\n";
            if (chapter == book.Chapters[^1]) body += BookMarkup.CreditsBlock(book);
            Add(zip, $"OEBPS/{ChapterName(chapter)}", Page(chapter.Heading, body));
        }
        Add(zip, "OEBPS/nav.xhtml", Navigation(book));
        Add(zip, "OEBPS/content.opf", Package(book));
    }

    private static string ChapterName(BookChapter chapter) => $"chapter-{chapter.Number}.xhtml";
    private static string PictureName(BookChapter chapter) => $"images/chapter-{chapter.Number}.jpg";

    private static string Page(string title, string body)
        => $"{Head}<head>\n<meta charset=\"utf-8\"/>\n<title>{BookMarkup.Escape(title)}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body>\n{body}</body>\n</html>\n";

    private static string Navigation(StoryBook book)
    {
        var items = new StringBuilder();
        items.Append("<li><a href=\"title.xhtml\">").Append(BookMarkup.Escape(book.Title)).Append("</a></li>\n");
        foreach (var chapter in book.Chapters)
            items.Append("<li><a href=\"").Append(ChapterName(chapter)).Append("\">").Append(BookMarkup.Escape(chapter.Heading)).Append("</a></li>\n");
        return Page("Contents", $"<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n{items}</ol>\n</nav>\n");
    }

    private static string Package(StoryBook book)
    {
        var manifest = new StringBuilder();
        var spine = new StringBuilder("<itemref idref=\"title\"/>\n");
        manifest.Append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
            .Append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n")
            .Append("<item id=\"title\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        foreach (var chapter in book.Chapters)
        {
            manifest.Append(CultureInfo.InvariantCulture, $"<item id=\"chapter-{chapter.Number}\" href=\"{ChapterName(chapter)}\" media-type=\"application/xhtml+xml\"/>\n");
            if (chapter.Picture is not null)
                manifest.Append(CultureInfo.InvariantCulture, $"<item id=\"picture-{chapter.Number}\" href=\"{PictureName(chapter)}\" media-type=\"{BookPicture.MediaType}\"/>\n");
            spine.Append(CultureInfo.InvariantCulture, $"<itemref idref=\"chapter-{chapter.Number}\"/>\n");
        }
        var modified = book.CreatedUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">urn:storyexhibit:{BookMarkup.Escape(book.Code)}</dc:identifier>
            <dc:title>{BookMarkup.Escape(book.Title)}</dc:title>
            <dc:language>en</dc:language>
            <dc:creator>StoryExhibit</dc:creator>
            <dc:subject>{BookMarkup.Escape(book.Genre)}</dc:subject>
            <meta property="dcterms:modified">{modified}</meta>
            </metadata>
            <manifest>
            {manifest}</manifest>
            <spine>
            {spine}</spine>
            </package>
            """;
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, level);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(text)); // no byte-order mark: the mimetype entry must be exactly its text
    }
}
