using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Feedback;

namespace StoryExhibit.Tests.Components.Feedback;

/// <summary>The end-of-story feedback form on the real feedback service and a throwaway database.</summary>
public sealed class FeedbackFormTests : ComponentTestContext
{
    private readonly StoryExhibit.Core.Stories.Story _story = new() { SessionCode = "OWL-4242", Title = "The Owl", Seed = new StorySeed { Prompt = "An owl", Genre = "Fantasy" } };

    public FeedbackFormTests() => Services.AddStorySessionForTests();

    public override async Task InitializeAsync()
    {
        await Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        db.Stories.Add(_story);
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<FeedbackForm> RenderForm() => Render<FeedbackForm>(p => p.Add(c => c.Story, _story));

    /// <summary>The comment's helper line: its counter, and its error when there is one.</summary>
    private static string Counter(IRenderedComponent<FeedbackForm> cut) => cut.Find(".feedback-comment .mud-input-helper-text").TextContent;

    private async Task<List<VisitorFeedback>> SavedAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        return await db.Feedback.ToListAsync();
    }

    [Fact]
    public void Five_labelled_star_radios_and_an_optional_comment_with_a_counter()
    {
        var cut = RenderForm();
        cut.WaitForElement("form");
        var radios = cut.FindAll("input[type=radio][name=feedback-rating]");
        Assert.Equal(["1 star: Not for me", "2 stars: So-so", "3 stars: Good", "4 stars: Great", "5 stars: Loved it"], radios.Select(r => r.GetAttribute("aria-label")));
        Assert.Equal("Your rating", cut.Find("legend").TextContent);
        Assert.Equal("feedback-comment", cut.Find("label[for=feedback-comment]").GetAttribute("for"));
        Assert.Contains($"0 / {FeedbackLimits.CommentMax}", Counter(cut));
        cut.Find("#feedback-comment").Input("Lovely");
        Assert.Contains($"6 / {FeedbackLimits.CommentMax}", Counter(cut));
    }

    [Fact]
    public async Task Sending_without_stars_asks_for_them_and_saves_nothing()
    {
        var cut = RenderForm();
        cut.WaitForElement("form");
        cut.Find("#feedback-comment").Input("Nice");
        await cut.Find("form").SubmitAsync();
        Assert.Equal("Please pick from 1 to 5 stars.", cut.Find("#rating-error").TextContent.Trim());
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task A_comment_that_is_too_long_gets_a_clear_message_and_is_kept()
    {
        var cut = RenderForm();
        cut.WaitForElement("form");
        var tooLong = new string('x', FeedbackLimits.CommentMax + 5);
        cut.FindAll("input[type=radio]")[3].Change(true);
        cut.Find("#feedback-comment").Input(tooLong);
        await cut.Find("form").SubmitAsync();
        Assert.Contains($"please shorten it to {FeedbackLimits.CommentMax} or fewer", cut.Find("#comment-error").TextContent);
        Assert.Equal(tooLong, cut.Find("#feedback-comment").GetAttribute("value"));
        Assert.Equal("true", cut.Find("#feedback-comment").GetAttribute("aria-invalid"));
        Assert.Empty(await SavedAsync());
    }

    [Fact]
    public async Task Sending_saves_the_rating_and_comment_and_says_thank_you()
    {
        var cut = RenderForm();
        cut.WaitForElement("form");
        cut.FindAll("input[type=radio]")[4].Change(true);
        Assert.Contains("chosen", cut.FindAll("label.feedback-star")[4].ClassList);
        cut.Find("#feedback-comment").Input("  The pictures were magical  ");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal("Thank you!", cut.Find(".feedback-thanks h2").TextContent));
        Assert.Equal("status", cut.Find(".feedback-thanks").GetAttribute("role"));
        var saved = Assert.Single(await SavedAsync());
        Assert.Equal((_story.Id, "OWL-4242", 5, "The pictures were magical"), (saved.StoryId, saved.SessionCode, saved.Rating, saved.Comment));

        // Coming back to the story later: already thanked, not asked again.
        var again = RenderForm();
        again.WaitForAssertion(() => Assert.Contains("already told us", again.Find(".feedback-thanks").TextContent));
    }

    [Fact]
    public async Task An_empty_comment_is_fine()
    {
        var cut = RenderForm();
        cut.WaitForElement("form");
        cut.FindAll("input[type=radio]")[1].Change(true);
        await cut.Find("form").SubmitAsync();
        cut.WaitForElement(".feedback-thanks");
        Assert.Equal(("", 2), (Assert.Single(await SavedAsync()).Comment, (await SavedAsync())[0].Rating));
    }
}
