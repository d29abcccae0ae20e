using Bunit;
using StoryExhibit.Web.Components.Story.Layouts;

namespace StoryExhibit.Tests.Components.Story.Layouts;

public sealed class ComicStripLayoutTests : ComponentTestContext
{
    public ComicStripLayoutTests() => Services.AddStorySessionForTests();

    [Fact]
    public void Each_scene_is_a_panel_in_order_with_its_words_as_the_caption()
    {
        var tree = LayoutSamples.ThreeScenes(out _, out _, out var third);
        var cut = Render<ComicStripLayout>(p => p.Add(c => c.Tree, tree));

        var panels = cut.FindAll("ol.comic-strip > li > article.comic-panel");
        Assert.Equal(["Scene 1", "Scene 2", "Scene 3"], panels.Select(s => s.GetAttribute("aria-label")));
        Assert.Equal("Scene 3", cut.Find("article.comic-panel.current").GetAttribute("aria-label"));
        Assert.Equal(["Once upon a time.", "The left path.", "The third scene."], cut.FindAll(".comic-panel .caption-box .prose").Select(c => c.TextContent.Trim()));
        // A scene without a picture (yet) still fills its panel's frame.
        Assert.Equal(3, cut.FindAll(".comic-panel .panel-blank").Count);
        Assert.Equal("-1", cut.Find($"#{SceneHeading.IdFor(third)}").GetAttribute("tabindex"));
    }

    [Fact]
    public void While_writing_the_last_panel_streams()
    {
        var tree = LayoutSamples.ThreeScenes(out _, out _, out _);
        var cut = Render<ComicStripLayout>(p => p.Add(c => c.Tree, tree).Add(c => c.Writing, true));
        Assert.NotNull(cut.Find("article.comic-panel.current .caption-box .prose.streaming"));
        Assert.Single(cut.FindAll(".prose.streaming"));
    }
}
