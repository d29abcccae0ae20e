using Bunit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Story.Layouts;

namespace StoryExhibit.Tests.Components.Story.Layouts;

public sealed class SlideDeckLayoutTests : ComponentTestContext
{
    public SlideDeckLayoutTests() => Services.AddStorySessionForTests();

    private static string Shown(IRenderedComponent<SlideDeckLayout> cut) => cut.Find("article.slide").GetAttribute("aria-label")!;
    private static AngleSharp.Dom.IElement Button(IRenderedComponent<SlideDeckLayout> cut, string name) =>
        cut.FindAll(".slide-nav button").Single(b => b.TextContent.Contains(name));

    [Fact]
    public void One_scene_per_slide_opening_on_the_current_one()
    {
        var tree = LayoutSamples.ThreeScenes(out _, out _, out _);
        var cut = Render<SlideDeckLayout>(p => p.Add(c => c.Tree, tree));

        Assert.Single(cut.FindAll("article.scene"));
        Assert.Equal("Scene 3", Shown(cut));
        Assert.Contains("current", cut.Find("article.slide").ClassList);
        Assert.Equal("Scene 3 of 3", cut.Find(".slide-position").TextContent);
        Assert.True(Button(cut, "Next").HasAttribute("disabled"));
    }

    [Fact]
    public void Previous_and_next_move_one_slide_and_stop_at_the_ends()
    {
        var tree = LayoutSamples.ThreeScenes(out _, out _, out _);
        var cut = Render<SlideDeckLayout>(p => p.Add(c => c.Tree, tree));

        Button(cut, "Previous").Click();
        Assert.Equal("Scene 2", Shown(cut));
        Assert.Contains("earlier", cut.Find("article.slide").ClassList);
        Button(cut, "Previous").Click();
        Assert.Equal("Scene 1", Shown(cut));
        Assert.True(Button(cut, "Previous").HasAttribute("disabled"));
        cut.InvokeAsync(() => cut.Instance.Step(-1)); // an arrow key at the first slide
        Assert.Equal("Scene 1", Shown(cut));
        cut.InvokeAsync(() => cut.Instance.Step(1)); // the right arrow key, or a swipe to the left
        Assert.Equal("Scene 2 of 3", cut.Find(".slide-position").TextContent);
        Button(cut, "Next").Click();
        Assert.Equal("Scene 3", Shown(cut));
    }

    [Fact]
    public void A_new_current_scene_brings_its_slide_forward()
    {
        var tree = LayoutSamples.ThreeScenes(out var root, out var left, out var third);
        var cut = Render<SlideDeckLayout>(p => p.Add(c => c.Tree, new StoryTree([root, left], left.Id)));
        Button(cut, "Previous").Click();
        Assert.Equal("Scene 1", Shown(cut));

        cut.Render(p => p.Add(c => c.Tree, new StoryTree([root, left, third], third.Id)).Add(c => c.Writing, true));

        Assert.Equal("Scene 3", Shown(cut));
        Assert.NotNull(cut.Find("article.slide .prose.streaming"));
    }
}
