using Bunit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Web.Components.Story;

namespace StoryExhibit.Tests.Components.Story;

public sealed class ChoicePanelTests : ComponentTestContext
{
    public ChoicePanelTests() => Services.AddStorySessionForTests();

    [Fact]
    public void A_finished_scene_offers_its_choices_marks_taken_ones_and_can_be_written_again()
    {
        var scenes = TreeSamples.Branching(out var root, out var left, out _);
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));
        Assert.Equal(["Climb", "Dig"], cut.FindAll("button.choice .choice-text").Select(e => e.TextContent));
        Assert.Contains(cut.FindAll("button"), b => b.TextContent.Contains("Write this scene again"));

        var atRoot = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, root.Id)));
        Assert.All(atRoot.FindAll("button.choice"), b => Assert.Contains("read before", b.TextContent));
        // The root has branches below it, so it cannot be rewritten in place.
        Assert.DoesNotContain(atRoot.FindAll("button"), b => b.TextContent.Contains("Write this scene again"));
    }

    [Fact]
    public void While_writing_only_the_stop_button_is_offered()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)).Add(c => c.Writing, true));
        Assert.Empty(cut.FindAll("button.choice"));
        Assert.NotNull(cut.Find("button[aria-label='Stop writing']"));
    }

    [Fact]
    public void An_ending_says_the_end_and_offers_a_new_story()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        left.IsEnding = true;
        left.Choices.Clear();
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));
        Assert.Equal("The End", cut.Find(".end-mark").TextContent);
        var newStory = cut.Find(".the-end a");
        Assert.Equal("/", newStory.GetAttribute("href"));
        Assert.Contains("Start a new story", newStory.TextContent);
        Assert.Empty(cut.FindAll("button.choice"));
    }

    [Fact]
    public void A_stopped_scene_says_so_and_still_offers_ways_on()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        left.State = SceneState.Stopped;
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));
        Assert.Contains("stopped before it was finished", cut.Find(".note").TextContent);
        Assert.Equal(2, cut.FindAll("button.choice").Count);
    }

    [Fact]
    public async Task Words_spoken_with_press_to_talk_fill_the_own_choice_box_for_the_visitor_to_check()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));
        var talk = cut.FindComponent<StoryExhibit.Web.Components.SpeechInput.PressToTalk>();

        await cut.InvokeAsync(() => talk.Instance.ReplyAsync(new StoryExhibit.Web.SpeechInput.SpeechInputReply("the owl opens the gate", null, null)));

        Assert.Equal("the owl opens the gate", cut.Find("#own-choice").GetAttribute("value"));
        Assert.Contains(cut.FindAll(".own-row button"), b => b.TextContent.Contains("Press to talk"));
    }
}
