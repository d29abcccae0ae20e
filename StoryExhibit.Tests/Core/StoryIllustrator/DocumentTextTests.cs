using System.Text;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

public sealed class DocumentTextTests
{
    private const long Limit = 1024 * 1024;

    [Fact]
    public void A_docx_written_with_OpenXml_reads_back_as_its_paragraphs()
    {
        var text = DocumentText.Read("story.docx", StoryFiles.Docx(StoryFiles.FirstParagraph, StoryFiles.SecondParagraph), Limit);

        Assert.Equal(StoryFiles.FirstParagraph + "\n\n" + StoryFiles.SecondParagraph, text);
    }

    [Fact]
    public void A_pdf_written_with_PdfPig_reads_back_with_its_words()
    {
        var text = DocumentText.Read("story.PDF", StoryFiles.Pdf(StoryFiles.FirstParagraph, StoryFiles.SecondParagraph), Limit);

        Assert.Contains(StoryFiles.FirstParagraph, text);
        Assert.Contains(StoryFiles.SecondParagraph, text);
        Assert.True(text.IndexOf("fox", StringComparison.Ordinal) < text.IndexOf("Mira", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_loses_its_markup()
    {
        var markdown = "# The Tower\n\nMira **climbed** the [tower](https://example.com) and saw *the sea*.\n\n- a lantern\n- a map\n";

        var text = DocumentText.Read("story.md", Encoding.UTF8.GetBytes(markdown), Limit);

        Assert.Contains("Mira climbed the tower and saw the sea.", text);
        Assert.Contains("The Tower", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("#", text);
        Assert.DoesNotContain("https://", text);
        Assert.DoesNotContain("](", text);
    }

    [Fact]
    public void Plain_text_keeps_its_paragraphs_and_loses_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("One.\r\n\r\n\r\nTwo.  \r\n")).ToArray();

        Assert.Equal("One.\n\nTwo.", DocumentText.Read("story.txt", bytes, Limit));
    }

    [Theory]
    [InlineData("story.exe")]
    [InlineData("story.doc")]
    [InlineData("story")]
    public void Other_types_are_refused_naming_the_types_we_read(string name)
    {
        var refused = Assert.Throws<JobInputException>(() => DocumentText.Read(name, Encoding.UTF8.GetBytes("text"), Limit));

        Assert.Contains(".txt, .md, .docx or .pdf", refused.Message);
        Assert.Contains(name, refused.Message);
    }

    [Fact]
    public void An_oversized_file_is_refused_with_the_limit()
    {
        var refused = Assert.Throws<JobInputException>(() => DocumentText.Read("story.txt", new byte[Limit + 1], Limit));

        Assert.Equal("That file is too large: at most 1 MB, please.", refused.Message);
    }

    [Theory]
    [InlineData("story.docx")]
    [InlineData("story.pdf")]
    public void A_broken_file_is_refused_as_damaged(string name)
    {
        var refused = Assert.Throws<JobInputException>(() => DocumentText.Read(name, Encoding.UTF8.GetBytes("PK this is no document at all"), Limit));

        Assert.Contains("could not be read: it may be damaged", refused.Message);
    }

    [Fact]
    public void A_binary_file_named_txt_is_refused_as_damaged()
    {
        var refused = Assert.Throws<JobInputException>(() => DocumentText.Read("story.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], Limit));

        Assert.Contains("could not be read", refused.Message);
    }
}
