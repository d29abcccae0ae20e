using StoryExhibit.Core.Exports;

namespace StoryExhibit.Tests.Core.Exports;

public sealed class ExportFileNamesTests
{
    [Theory]
    [InlineData("The Lighthouse of Lost Echoes", "The-Lighthouse-of-Lost-Echoes.pdf")]
    [InlineData("../../etc/passwd", "etc-passwd.pdf")]
    [InlineData("A \"quoted\"\r\nname; filename=evil.exe", "A-quoted-name-filename-evil-exe.pdf")]
    [InlineData("<script>!!!</script>", "script-script.pdf")]
    [InlineData("Ünïcode Café 海の灯台", "Ünïcode-Café-海の灯台.pdf")]
    [InlineData("!!! ???", "story-OTTER-LANTERN-MANGO-48213.pdf")]
    public void A_title_becomes_a_safe_file_name(string title, string expected)
        => Assert.Equal(expected, ExportFileNames.For(title, "OTTER-LANTERN-MANGO-48213", "pdf"));

    [Fact]
    public void A_long_title_is_cut_and_the_ascii_fallback_keeps_the_extension()
    {
        var name = ExportFileNames.For(new string('a', 300), "X", "epub");
        Assert.Equal(ExportFileNames.MaxLength + ".epub".Length, name.Length);
        Assert.Equal("Unicode-Cafe.epub", ExportFileNames.Ascii("Ünïcode-Café-海の灯台.epub"));
        Assert.Equal("story.pdf", ExportFileNames.Ascii("海の灯台.pdf"));
    }
}
