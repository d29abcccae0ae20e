using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using StoryExhibit.Core.Exports;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Core.Exports;

/// <summary>The EPUB checked by Debian's epubcheck (the W3C's validator) and read back as a ZIP of XML.</summary>
public sealed class EpubExporterTests : IDisposable
{
    private readonly string _file = TempFile("epub");

    private byte[] Write(StoryBook book)
    {
        using (var output = File.Create(_file)) new EpubExporter().Write(book, output);
        return File.ReadAllBytes(_file);
    }

    [Fact]
    public async Task Epubcheck_finds_no_error_or_warning()
    {
        Write(Book());
        var (code, report) = await EpubcheckAsync(_file);
        Assert.True(code == 0, report);
        Assert.Contains("No errors or warnings detected", report);
    }

    [Fact]
    public async Task A_hostile_title_and_prose_stay_words_and_the_book_stays_valid()
    {
        Write(Book(title: HostileTitle + "\u0001", firstProse: HostileProse + "\u0007"));
        var (code, report) = await EpubcheckAsync(_file);
        Assert.True(code == 0, report);

        using var zip = ZipFile.OpenRead(_file);
        var chapter = XDocument.Load(zip.GetEntry("OEBPS/chapter-1.xhtml")!.Open());
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var body = chapter.Root!.Element(x + "body")!;
        Assert.Empty(body.Descendants(x + "script"));
        Assert.Empty(body.Descendants(x + "a"));
        Assert.Single(body.Descendants(x + "img")); // the chapter's own picture, not the prose's
        Assert.DoesNotContain(body.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Contains("<script>alert('prose')</script> <img src=x onerror=alert(1)>", body.Value);
        var package = XDocument.Load(zip.GetEntry("OEBPS/content.opf")!.Open());
        Assert.Equal("<script>alert('title')</script> & the \"Tide\"", package.Descendants(XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value);
    }

    [Fact]
    public void The_mimetype_comes_first_stored_and_every_chapter_and_picture_is_listed()
    {
        var bytes = Write(Book());
        // The first local file header: its signature, the compression method at 8 (0: stored), the name's length at 26 and
        // the extra field's at 28 (none), then the name and the content, uncompressed.
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(bytes, 0));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8));
        Assert.Equal((8, 0), (BitConverter.ToUInt16(bytes, 26), BitConverter.ToUInt16(bytes, 28)));
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));

        using var zip = ZipFile.OpenRead(_file);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("META-INF/container.xml", names);
        Assert.Contains("OEBPS/nav.xhtml", names);
        Assert.Equal(6, names.Count(n => n.StartsWith("OEBPS/chapter-", StringComparison.Ordinal)));
        Assert.Equal(6, names.Count(n => n.StartsWith("OEBPS/images/", StringComparison.Ordinal)));
        var nav = XDocument.Load(zip.GetEntry("OEBPS/nav.xhtml")!.Open());
        Assert.Equal(7, nav.Descendants(XName.Get("li", "http://www.w3.org/1999/xhtml")).Count());
    }

    public void Dispose() => File.Delete(_file);
}
