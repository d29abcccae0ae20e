using Bunit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Web.Components.Story;

namespace StoryExhibit.Tests.Components.Story;

public sealed class StoryTreeViewTests : ComponentTestContext
{
    public StoryTreeViewTests() => Services.AddStorySessionForTests();

    [Fact]
    public void Every_scene_is_a_node_and_the_current_path_is_highlighted()
    {
        var story = TreeSamples.Branching(out var root, out var left, out var right);
        var cut = Render<StoryTreeView>(p => p.Add(c => c.Tree, new StoryTree(story, right.Id)));

        var nodes = cut.FindAll("button.node");
        Assert.Equal(3, nodes.Count);
        Assert.Contains("on-path", nodes[0].ClassName);
        Assert.DoesNotContain("on-path", nodes[1].ClassName);
        Assert.Contains("current", nodes[2].ClassName);
        Assert.Equal("step", nodes[2].GetAttribute("aria-current"));
        Assert.Contains("Go right", nodes[2].TextContent);
        Assert.Contains("The beginning", nodes[0].TextContent);
        Assert.Single(cut.FindAll("ul.branches"));
    }

    [Fact]
    public void Nodes_cannot_be_picked_while_a_scene_is_being_written()
    {
        var story = TreeSamples.Branching(out _, out _, out var right);
        var cut = Render<StoryTreeView>(p => p.Add(c => c.Tree, new StoryTree(story, right.Id)).Add(c => c.Writing, true));
        Assert.All(cut.FindAll("button.node"), b => Assert.True(b.HasAttribute("disabled")));
    }
}
