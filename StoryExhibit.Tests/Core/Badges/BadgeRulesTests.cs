using StoryExhibit.Core.Badges;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Badges;

public sealed class BadgeRulesTests
{
    private static IEnumerable<string> Earned(StoryFacts facts) => BadgeRules.EarnedBy(facts).Select(b => b.Id);

    [Fact]
    public void A_story_with_nothing_done_earns_nothing()
        => Assert.Empty(Earned(new StoryFacts { ScenesWritten = 1 }));

    [Theory]
    [InlineData("first-story")]
    [InlineData("branch-explorer")]
    [InlineData("plot-twister")]
    [InlineData("master-illustrator")]
    [InlineData("storytellers-ear")]
    [InlineData("epic-saga")]
    [InlineData("world-builder")]
    [InlineData("second-draft")]
    [InlineData("story-collector")]
    public void Each_badge_is_earned_by_what_it_names_and_by_nothing_else(string id)
    {
        var facts = id switch
        {
            "first-story" => new StoryFacts { ScenesWritten = 2, EndingReached = true },
            "branch-explorer" => new StoryFacts { ScenesWritten = 2, BranchPoints = 1 },
            "plot-twister" => new StoryFacts { ScenesWritten = 2, OwnChoicesTaken = 1 },
            "master-illustrator" => new StoryFacts { ScenesWritten = 3, ScenesPictured = 3 },
            "storytellers-ear" => new StoryFacts { ScenesWritten = 1, NarrationsHeard = 1 },
            "epic-saga" => new StoryFacts { ScenesWritten = 6 },
            "world-builder" => new StoryFacts { ScenesWritten = 1, SeedFullyFurnished = true },
            "second-draft" => new StoryFacts { ScenesWritten = 1, Rewrites = 1 },
            "story-collector" => new StoryFacts { ScenesWritten = 1, StoriesByVisitor = 3 },
            _ => throw new ArgumentOutOfRangeException(nameof(id)),
        };
        Assert.Equal([id], Earned(facts));
    }

    [Fact]
    public void The_illustrator_needs_every_scene_pictured_and_at_least_three_pictures()
    {
        Assert.DoesNotContain("master-illustrator", Earned(new StoryFacts { ScenesWritten = 4, ScenesPictured = 3 }));
        Assert.DoesNotContain("master-illustrator", Earned(new StoryFacts { ScenesWritten = 2, ScenesPictured = 2 }));
        Assert.Contains("master-illustrator", Earned(new StoryFacts { ScenesWritten = 4, ScenesPictured = 4 }));
    }

    [Fact]
    public void Badges_have_unique_ids_names_and_reasons_between_six_and_ten_of_them()
    {
        Assert.InRange(BadgeRules.All.Count, 6, 10);
        Assert.Equal(BadgeRules.All.Count, BadgeRules.All.Select(b => b.Id).Distinct().Count());
        Assert.Equal(BadgeRules.All.Count, BadgeRules.All.Select(b => b.Name).Distinct().Count());
        Assert.All(BadgeRules.All, b => Assert.False(string.IsNullOrWhiteSpace(b.Reason)));
    }
}
