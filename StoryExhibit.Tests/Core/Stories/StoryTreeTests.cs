using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

public sealed class StoryTreeTests
{
    [Fact]
    public void The_path_to_a_scene_runs_from_the_root_and_names_the_choices_taken()
    {
        var scenes = TreeSamples.Branching(out var root, out _, out var right);
        var tree = new StoryTree(scenes, right.Id);
        Assert.Equal([root.Id, right.Id], tree.CurrentPath.Select(s => s.Id));
        Assert.Equal(["Go right"], tree.ChoicesTo(right.Id));
        Assert.Same(right, tree.ChildVia(root.Choices[1].Id));
    }

    [Fact]
    public void Branches_are_children_in_the_order_they_were_written_and_only_the_current_path_is_marked()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out var right);
        var tree = new StoryTree(scenes, right.Id);
        var root = Assert.Single(tree.Roots);
        Assert.Equal([left.Id, right.Id], root.Children.Select(c => c.Scene.Id));
        Assert.True(root.OnCurrentPath);
        Assert.False(root.Children[0].OnCurrentPath);
        Assert.True(root.Children[1].IsCurrent);
        Assert.Equal("Go left", root.Children[0].ViaChoice);
    }

    [Fact]
    public void Without_a_current_scene_the_first_path_down_is_current()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        Assert.Equal(left.Id, new StoryTree(scenes, null).Current?.Id);
        Assert.Null(new StoryTree([], null).Current);
        Assert.Empty(new StoryTree([], null).CurrentPath);
    }

    [Fact]
    public void A_cycle_in_stored_data_is_reported_rather_than_looping_forever()
    {
        var scenes = TreeSamples.Branching(out var root, out var left, out _);
        root.ParentId = left.Id;
        Assert.Throws<InvalidOperationException>(() => new StoryTree(scenes, left.Id).PathTo(left.Id));
    }
}
