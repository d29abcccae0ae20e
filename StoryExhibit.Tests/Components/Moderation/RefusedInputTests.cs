using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Feedback;
using StoryExhibit.Web.Components.Pages;
using StoryExhibit.Web.Components.Story;
using StoryExhibit.Web.Stories;

namespace StoryExhibit.Tests.Components.Moderation;

/// <summary>Each page that takes free text, refusing what does not fit the story: the message at the box, the text kept, nothing used.</summary>
public sealed class RefusedInputTests : ComponentTestContext
{
    private const string IssueChoice = "The monster stabs Hugo with a knife and there is blood everywhere, damn it";

    public RefusedInputTests() => Services.AddStorySessionForTests();

    public override Task InitializeAsync() => Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);

    private async Task<int> StoriesAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        return await db.Stories.CountAsync();
    }

    private readonly List<ExhibitEvent> _recorded = [];

    /// <summary>The refusals recorded so far (the event writer is not running here, so they wait in the recorder's queue).</summary>
    private List<ExhibitEvent> Refusals()
    {
        while (Services.GetRequiredService<EventRecorder>().Pending.TryRead(out var e)) _recorded.Add(e);
        return [.. _recorded.Where(e => e.Kind == ExhibitEventKind.InputRefused)];
    }

    [Fact]
    public async Task The_start_page_keeps_a_refused_idea_in_its_box_with_the_reason_and_starts_nothing()
    {
        var cut = Render<Home>();
        const string idea = "The hero kills everyone and there is blood everywhere";
        cut.Find("#prompt").Input(idea);
        await cut.Find("form.seed-form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("Let's keep this story only a little scary: try another idea for your story.",
            cut.Find("#prompt-error").TextContent.Trim()));
        Assert.Equal(idea, cut.Find("#prompt").GetAttribute("value"));
        Assert.DoesNotContain("/story/", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal(0, await StoriesAsync());
        var counted = Assert.Single(Refusals());
        Assert.Equal("Gore/Idea", counted.Detail);
    }

    [Fact]
    public async Task A_refused_story_element_opens_the_elements_and_says_which_box()
    {
        var cut = Render<Home>();
        cut.Find("#prompt").Input("A lighthouse keeper finds a glowing bottle");
        cut.Find("#characters").Change("Sir Damn-it, Hugo");
        await cut.Find("form.seed-form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Let's keep the words in this story friendly: try other characters.", cut.Markup));
        Assert.Equal("Sir Damn-it, Hugo", cut.Find("#characters").GetAttribute("value"));
        Assert.Equal(0, await StoriesAsync());
    }

    /// <summary>A gentle children's story with its first scene written, open in the visitor's session.</summary>
    private async Task<(StoryEngine Engine, StoryExhibit.Core.Stories.Story Story, StorySession Session)> GentleChildrensStoryAsync()
    {
        var engine = Services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed
        {
            Prompt = "Hugo the hedgehog looks for his lost scarf", Genre = "Fairy tale", Audience = Audience.Children, Rating = ContentRating.Gentle,
        }, default);
        await foreach (var _ in engine.ContinueAsync(story, null, null, default)) { }
        var session = Services.GetRequiredService<StorySession>();
        Assert.True(await session.OpenAsync(story.SessionCode));
        return (engine, story, session);
    }

    [Fact]
    public async Task An_own_choice_beyond_a_gentle_childrens_story_stays_in_its_box_and_never_reaches_the_tree()
    {
        var (engine, story, session) = await GentleChildrensStoryAsync();

        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, session.Tree));
        cut.Find("#own-choice").Input(IssueChoice);
        await cut.Find("form.own-choice").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("Let's keep this story gentle: try another idea for what happens next.",
            cut.Find("#own-choice-error").TextContent.Trim()));
        Assert.Equal(IssueChoice, cut.Find("#own-choice").GetAttribute("value"));
        Assert.False(session.IsWriting);
        var saved = await engine.GetAsync(story.Id, default);
        Assert.DoesNotContain(saved!.Scenes.SelectMany(s => s.Choices), c => c.Text.Contains("stabs", StringComparison.OrdinalIgnoreCase));
        Assert.Single(saved.Scenes);
        Assert.Contains(Refusals(), e => e.Detail == "Gore/OwnChoice" && e.SessionCode == story.SessionCode);
    }

    [Fact]
    public async Task A_refused_own_choice_costs_the_visitor_none_of_their_scene_allowance()
    {
        var (_, _, session) = await GentleChildrensStoryAsync();
        var first = session.Tree.Roots.Single().Scene;

        var allowance = Services.GetRequiredService<IOptionsMonitor<ExhibitOptions>>().CurrentValue.VisitorLimits.ScenesPerMinute;
        for (var i = 0; i < allowance; i++)
        {
            await session.ChooseOwnAsync(first.Id, IssueChoice);
            Assert.NotNull(session.OwnChoiceProblem);
        }

        session.Choose(first.Id, first.Choices[0].Id);
        Assert.Null(session.Problem);
        Assert.True(session.IsWriting);
    }

    [Fact]
    public async Task A_refused_feedback_comment_stays_with_its_reason_and_nothing_is_saved()
    {
        var story = new StoryExhibit.Core.Stories.Story { SessionCode = "OWL-4243", Title = "The Owl", Seed = new StorySeed { Prompt = "An owl", Genre = "Fantasy" } };
        await using (var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
        {
            db.Stories.Add(story);
            await db.SaveChangesAsync();
        }
        var cut = Render<FeedbackForm>(p => p.Add(c => c.Story, story));
        cut.WaitForElement("form");
        cut.Find("input[type=radio][name=feedback-rating][value='4']").Change(true);
        cut.Find("#feedback-comment").Input("This story was shit");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Let's keep the words in this story friendly: try saying it another way.", cut.Find("#comment-error").TextContent));
        Assert.Equal("This story was shit", cut.Find("#feedback-comment").GetAttribute("value"));
        await using var check = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        Assert.Empty(await check.Feedback.ToListAsync());
        Assert.Contains(Refusals(), e => e.Detail == "Profanity/FeedbackComment");
    }
}
