using Bunit;
using StoryExhibit.Web.Components.Story.Layouts;

namespace StoryExhibit.Tests.Components.Story.Layouts;

public sealed class NovellaLayoutTests : ComponentTestContext
{
    public NovellaLayoutTests() => Services.AddStorySessionForTests();

    [Fact]
    public void Every_scene_on_the_path_follows_the_last_with_a_focusable_heading()
    {
        var tree = LayoutSamples.ThreeScenes(out var root, out _, out var third);
        var cut = Render<NovellaLayout>(p => p.Add(c => c.Tree, tree));

        var scenes = cut.FindAll("article.scene");
        Assert.Equal(["Scene 1", "Scene 2", "Scene 3"], scenes.Select(s => s.GetAttribute("aria-label")));
        Assert.Equal("Scene 3", cut.Find("article.scene.current").GetAttribute("aria-label"));
        Assert.Equal(2, cut.FindAll("article.scene.earlier").Count);
        var heading = cut.Find($"#{SceneHeading.IdFor(third)}");
        Assert.Equal("-1", heading.GetAttribute("tabindex"));
        Assert.Contains("You chose: “Climb”", heading.TextContent);
        Assert.Equal("third", cut.Find("article.scene.current .prose em").TextContent);
        Assert.Contains("Once upon a time.", cut.Find($"#scene-{root.Id} .prose").TextContent);
    }

    [Fact]
    public void While_writing_the_current_scene_streams_from_its_live_address_and_the_earlier_ones_stay_finished()
    {
        var module = JSInterop.SetupModule("./Components/Story/StreamingProse.razor.js");
        module.SetupModule("follow", _ => true);
        var tree = LayoutSamples.ThreeScenes(out _, out _, out var third);
        var cut = Render<NovellaLayout>(p => p.Add(c => c.Tree, tree).Add(c => c.Writing, true));

        Assert.Single(cut.FindAll(".prose.streaming"));
        Assert.NotNull(cut.Find("article.scene.current .prose.streaming"));
        Assert.Empty(cut.FindAll("article.scene.earlier .prose.streaming"));
        // Its words after the first come over HTTP, read by the page's script from the scene's own address.
        var follow = Assert.Single(module.Invocations["follow"]);
        Assert.Equal($"/stories/live/{third.Id}", follow.Arguments[1]);
    }
}
