using Bunit;
using StoryExhibit.Web.Components.Story.Layouts;

namespace StoryExhibit.Tests.Components.Story.Layouts;

public sealed class LayoutPickerTests : ComponentTestContext
{
    [Fact]
    public void Offers_the_three_layouts_and_reports_the_one_picked()
    {
        var picked = ReadingLayout.Novella;
        var cut = Render<LayoutPicker>(p => p.Add(c => c.Value, ReadingLayout.Novella).Add(c => c.ValueChanged, layout => picked = layout));

        var items = cut.FindAll(".mud-toggle-item");
        Assert.Equal(["Novella", "Slides", "Comic strip"], items.Select(i => i.TextContent.Trim()));
        items[2].Click();
        Assert.Equal(ReadingLayout.ComicStrip, picked);
    }

    [Theory]
    [InlineData(ReadingLayout.Novella, "/story/OWL-4242")]
    [InlineData(ReadingLayout.SlideDeck, "/story/OWL-4242?layout=slides")]
    [InlineData(ReadingLayout.ComicStrip, "/story/OWL-4242?layout=comic")]
    public void The_story_address_carries_the_layout_and_reads_back_the_same(ReadingLayout layout, string address)
    {
        Assert.Equal(address, ReadingLayouts.StoryAddress("OWL-4242", layout));
        Assert.Equal(layout, ReadingLayouts.Parse(layout.QueryName()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<script>")]
    public void An_unknown_layout_reads_as_a_novella(string? name) => Assert.Equal(ReadingLayout.Novella, ReadingLayouts.Parse(name));
}
