using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Web.Components.Feedback;
using StoryExhibit.Web.Components.Pages;
using StoryExhibit.Web.Components.Story;

namespace StoryExhibit.Tests.Components.TextInput;

/// <summary>
/// A box's counter shows the limit the box enforces: the browser stops typing at the number under the counter, and that
/// number is the one the server checks.
/// </summary>
public sealed class CounterLimitTests : ComponentTestContext
{
    public CounterLimitTests() => Services.AddStorySessionForTests();

    /// <summary>The box with <paramref name="id"/> and the limit its counter names ("0 / 500" names 500).</summary>
    private static (int MaxLength, int Counted) Limits(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string id)
    {
        var box = cut.Find($"#{id}");
        var counter = box.Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")!.TextContent;
        return (int.Parse(box.GetAttribute("maxlength")!), int.Parse(counter.Split('/')[^1].Trim()));
    }

    [Fact]
    public void The_idea_box_stops_at_the_limit_its_counter_shows()
    {
        var cut = Render<Home>();
        Assert.Equal((StoryLimits.PromptMax, StoryLimits.PromptMax), Limits(cut, "prompt"));
        Assert.Equal((StoryLimits.ElementMax, StoryLimits.ElementMax), Limits(cut, "place"));
        Assert.Equal((StoryLimits.ElementMax, StoryLimits.ElementMax), Limits(cut, "object"));
    }

    [Fact]
    public void The_own_choice_box_stops_at_the_limit_its_counter_shows()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(scenes, left.Id)));
        Assert.Equal((StoryLimits.ChoiceMax, StoryLimits.ChoiceMax), Limits(cut, "own-choice"));
    }

    [Fact]
    public async Task The_feedback_box_stops_at_the_limit_its_counter_shows()
    {
        await Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
        var story = new StoryExhibit.Core.Stories.Story { SessionCode = "OWL-4243", Title = "The Owl", Seed = new StorySeed { Prompt = "An owl", Genre = "Fantasy" } };
        var cut = Render<FeedbackForm>(p => p.Add(c => c.Story, story));
        cut.WaitForElement("#feedback-comment");
        Assert.Equal((FeedbackLimits.CommentMax, FeedbackLimits.CommentMax), Limits(cut, "feedback-comment"));
    }
}
