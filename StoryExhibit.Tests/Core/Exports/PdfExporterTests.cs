using StoryExhibit.Core.Exports;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Core.Exports;

/// <summary>The PDF read back by poppler's pdftotext, pdffonts and pdfinfo, which know nothing of Skia.</summary>
public sealed class PdfExporterTests : IDisposable
{
    private readonly string _file = TempFile("pdf");

    private void Write(StoryBook book, PdfPageSize size = PdfPageSize.A5)
    {
        using var output = File.Create(_file);
        new PdfExporter().Write(book, output, size);
    }

    [Fact]
    public async Task The_text_is_real_text_in_reading_order_with_headings_page_numbers_and_credits()
    {
        Write(Book());
        var (code, text) = await RunAsync("pdftotext", "-layout", _file, "-");
        Assert.Equal(0, code);
        var flat = Flat(text);
        Assert.Contains("The Lighthouse of Lost Echoes", flat);
        Assert.Contains("A mystery story", flat);
        Assert.Contains("Chapter 1 begins where the keeper listens to the sea.", flat); // emphasis is style, not asterisks
        Assert.Contains("The waves carried echo 6 home along the cliffs, and Mira wrote each one down.", flat); // wrapped lines join up
        Assert.Contains("You chose: Follow the echo number 2", flat);
        Assert.True(flat.IndexOf("Chapter 2", StringComparison.Ordinal) < flat.IndexOf("Chapter 5", StringComparison.Ordinal));
        Assert.Contains("story code OTTER-LANTERN-MANGO-48213 · 30 November 2026", flat);

        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 7, $"{pages.Count} pages: a title page and a page at least per chapter");
        Assert.EndsWith("2", pages[1].TrimEnd()); // the first chapter's page is numbered, the title page is not
        Assert.DoesNotMatch(@"\n\s*\d+\s*$", pages[0]);
    }

    [Fact]
    public async Task Every_font_is_embedded_and_the_pictures_are_there()
    {
        Write(Book());
        var (code, fonts) = await RunAsync("pdffonts", _file);
        Assert.Equal(0, code);
        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList(); // two header lines
        Assert.NotEmpty(rows);
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right of the name and type.
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));
        Assert.Contains(rows, row => row.Contains("Serif", StringComparison.Ordinal));

        var (_, images) = await RunAsync("pdfimages", "-list", _file);
        Assert.Equal(6, images.Split('\n').Count(line => line.Contains(" jpeg ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_file_is_about_the_size_of_its_pictures_which_are_kept_as_they_were()
    {
        var book = Book();
        Write(book);
        var pictures = book.Chapters.Sum(c => c.Picture!.Jpeg.Length);
        var size = new FileInfo(_file).Length;
        // Text and fonts (only the glyphs used) add little; the JPEGs are passed through, never decoded and stored again.
        Assert.True(size < pictures + 150 * 1024, $"{size / 1024} KiB for {pictures / 1024} KiB of pictures");
        var (_, images) = await RunAsync("pdfimages", "-list", _file);
        Assert.Equal(6, images.Split('\n').Count(line => line.Contains(" 640   360 ", StringComparison.Ordinal) && line.Contains(" jpeg ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Characters_the_serif_lacks_are_drawn_with_a_fallback_font()
    {
        Write(Book(chapters: 1, firstProse: "Mira bowed and said 你好 to the dragon, who answered 谢谢."));
        var (_, fonts) = await RunAsync("pdffonts", _file);
        var names = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(row => row.Split(' ')[0]).Distinct().ToList();
        Assert.Contains(names, name => !name.Contains("Serif", StringComparison.Ordinal)); // the fallback (WenQuanYi on Debian), embedded
        Assert.All(fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2), row => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));
        var (_, text) = await RunAsync("pdftotext", _file, "-");
        Assert.Contains("said 你好 to the dragon, who answered 谢谢.", Flat(text));
    }

    [Fact]
    public async Task Hostile_text_is_printed_as_the_words_it_is()
    {
        Write(Book(title: HostileTitle, firstProse: HostileProse));
        var (_, text) = await RunAsync("pdftotext", _file, "-");
        var dense = Dense(text);
        Assert.Contains(Dense("<script>alert('title')</script> & the \"Tide\""), dense);
        Assert.Contains(Dense("<script>alert('prose')</script> <img src=x onerror=alert(1)>"), dense);
        Assert.Contains(Dense("Read x and y at https://evil.example/."), dense); // links and images keep only their words
        Assert.DoesNotContain("javascript:", dense);
    }

    [Theory]
    [InlineData(PdfPageSize.A5, 419.53, 595.28)]
    [InlineData(PdfPageSize.A4, 595.28, 841.89)]
    public async Task Pages_are_the_chosen_size(PdfPageSize size, double width, double height)
    {
        Write(Book(chapters: 1), size);
        var (code, info) = await RunAsync("pdfinfo", _file);
        Assert.Equal(0, code);
        var page = System.Text.RegularExpressions.Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+) pts");
        Assert.True(page.Success, info);
        Assert.Equal(width, double.Parse(page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(height, double.Parse(page.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 0.5);
        Assert.Matches(@"Title:\s+The Lighthouse of Lost Echoes", info);
    }

    public void Dispose() => File.Delete(_file);
}
