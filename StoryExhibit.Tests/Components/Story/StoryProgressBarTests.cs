using Bunit;
using StoryExhibit.Core.Badges;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Story;
using StoryProgress = StoryExhibit.Core.Stories.StoryProgress;

namespace StoryExhibit.Tests.Components.Story;

/// <summary>The progress bar and the badge shelf as a visitor sees them.</summary>
public sealed class StoryProgressBarTests : ComponentTestContext
{
    [Fact]
    public void The_bar_names_every_step_marks_those_reached_and_the_current_one()
    {
        var report = StoryProgress.Of(new StoryFacts { ScenesWritten = 2, ScenesPictured = 2 }, illustrationsOn: true, narrationOn: true);
        var cut = Render<StoryProgressBar>(p => p.Add(c => c.Report, report));

        var steps = cut.FindAll("li.progress-step");
        Assert.Equal(["Seed", "Draft", "Illustration", "Narration", "Done"], steps.Select(s => s.TextContent.Trim()));
        Assert.Equal(["reached", "reached", "current", "ahead", "ahead"], steps.Select(s => s.ClassList.First(c => c is "reached" or "current" or "ahead")));
        Assert.Equal("step", steps[2].GetAttribute("aria-current"));
        Assert.Single(cut.FindAll("[aria-current]"));
        Assert.Contains("Illustration, 50%", cut.Find("[aria-valuetext]").GetAttribute("aria-valuetext"));
    }

    [Fact]
    public void A_step_switched_off_says_so()
    {
        var report = StoryProgress.Of(new StoryFacts { ScenesWritten = 1 }, illustrationsOn: false, narrationOn: true);
        var cut = Render<StoryProgressBar>(p => p.Add(c => c.Report, report));
        Assert.Equal("Illustration (off)", cut.Find("[data-step=Illustration]").TextContent.Trim());
        Assert.Contains("skipped", cut.Find("[data-step=Illustration]").ClassList);
    }

    [Fact]
    public void Earned_badges_show_with_their_icon_name_and_reason_and_none_earned_says_how_to_earn_some()
    {
        var earned = BadgeRules.EarnedBy(new StoryFacts { ScenesWritten = 3, EndingReached = true, BranchPoints = 1 });
        var cut = Render<BadgeShelf>(p => p.Add(c => c.Badges, earned));

        var badges = cut.FindAll("li.badge");
        Assert.Equal(["first-story", "branch-explorer"], badges.Select(b => b.GetAttribute("data-badge")));
        Assert.Contains("Branch explorer", badges[1].TextContent);
        Assert.Contains("tried another path", badges[1].TextContent);
        Assert.All(badges, b => Assert.NotNull(b.QuerySelector("svg")));

        var none = Render<BadgeShelf>(p => p.Add(c => c.Badges, []));
        Assert.Empty(none.FindAll("li.badge"));
        Assert.Contains("No badges this time", none.Markup);
    }
}
