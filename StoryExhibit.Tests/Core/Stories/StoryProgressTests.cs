using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

public sealed class StoryProgressTests
{
    private static StoryStage StageOf(StoryFacts facts, bool pictures = true, bool narration = true) => StoryProgress.Of(facts, pictures, narration).Stage;

    [Fact]
    public void A_story_climbs_from_seed_to_draft_illustration_narration_and_done_as_it_gains_what_each_step_needs()
    {
        Assert.Equal(StoryStage.Seed, StageOf(new StoryFacts()));
        Assert.Equal(StoryStage.Draft, StageOf(new StoryFacts { ScenesWritten = 2, ScenesPictured = 1, ScenesNarrated = 2 }));
        Assert.Equal(StoryStage.Illustration, StageOf(new StoryFacts { ScenesWritten = 2, ScenesPictured = 2, ScenesNarrated = 1 }));
        Assert.Equal(StoryStage.Narration, StageOf(new StoryFacts { ScenesWritten = 2, ScenesPictured = 2, ScenesNarrated = 2 }));
        Assert.Equal(StoryStage.Done, StageOf(new StoryFacts { ScenesWritten = 2, ScenesPictured = 2, ScenesNarrated = 2, EndingReached = true }));
    }

    [Fact]
    public void An_ending_finishes_the_story_even_with_pictures_or_narration_missing()
        => Assert.Equal(StoryStage.Done, StageOf(new StoryFacts { ScenesWritten = 3, EndingReached = true }));

    [Fact]
    public void A_step_the_exhibit_switched_off_is_passed_over_and_named_as_skipped()
    {
        var facts = new StoryFacts { ScenesWritten = 2, ScenesNarrated = 2 };
        Assert.Equal(StoryStage.Narration, StageOf(facts, pictures: false));
        Assert.Equal(StoryStage.Draft, StageOf(facts, pictures: true));
        var report = StoryProgress.Of(new StoryFacts { ScenesWritten = 1, ScenesPictured = 1 }, illustrationsOn: true, narrationOn: false);
        Assert.Equal(StoryStage.Narration, report.Stage);
        Assert.Equal([StoryStage.Narration], report.Skipped);
    }

    [Fact]
    public void The_bar_fills_by_quarters_from_seed_to_done()
    {
        Assert.Equal(0, StoryProgress.Of(new StoryFacts(), true, true).Percent);
        Assert.Equal(25, StoryProgress.Of(new StoryFacts { ScenesWritten = 1 }, true, true).Percent);
        Assert.Equal(100, StoryProgress.Of(new StoryFacts { EndingReached = true }, true, true).Percent);
        Assert.True(StoryProgress.Of(new StoryFacts { ScenesWritten = 1 }, true, true).Reached(StoryStage.Seed));
        Assert.False(StoryProgress.Of(new StoryFacts { ScenesWritten = 1 }, true, true).Reached(StoryStage.Illustration));
    }

    [Fact]
    public void Facts_count_the_path_being_read_its_pictures_of_the_current_version_and_every_branch_in_the_tree()
    {
        var scenes = TreeSamples.Branching(out var root, out var left, out var right);
        right.IsEnding = true;
        right.Variant = 1; // told again: a picture of version 0 no longer fits
        var own = new Choice { SceneId = root.Id, Position = 2, Text = "Fly away", IsCustom = true };
        root.Choices.Add(own);
        var flown = TreeSamples.Scene(2, "Flying.", root.CreatedUtc.AddMinutes(3));
        flown.ParentId = root.Id;
        flown.ViaChoiceId = own.Id;
        scenes.Add(flown);
        var story = new Story { Seed = new StorySeed { Prompt = "p", Genre = "Fantasy", Characters = ["Mira"], Place = "a market", StoryObject = "a key" } };

        var facts = StoryFactsReader.Count(story, new StoryTree(scenes, right.Id),
            pictured: new HashSet<(Guid, int)> { (root.Id, 0), (right.Id, 0), (left.Id, 0) },
            narrated: new HashSet<Guid> { root.Id, right.Id }, narrationsHeard: 2, storiesByVisitor: 0);

        Assert.Equal(2, facts.ScenesWritten);
        Assert.Equal(1, facts.ScenesPictured);
        Assert.Equal(2, facts.ScenesNarrated);
        Assert.True(facts.EndingReached);
        Assert.Equal(4, facts.ScenesInTree);
        Assert.Equal(1, facts.BranchPoints);
        Assert.Equal(1, facts.OwnChoicesTaken);
        Assert.Equal(1, facts.Rewrites);
        Assert.True(facts.SeedFullyFurnished);
        Assert.Equal(1, facts.StoriesByVisitor);
    }

    [Fact]
    public void An_ending_still_being_written_is_not_reached_yet()
    {
        var scenes = TreeSamples.Branching(out _, out var left, out _);
        left.IsEnding = true;
        left.State = SceneState.Writing;
        var facts = StoryFactsReader.Count(new Story { Seed = new StorySeed { Prompt = "p", Genre = "Fantasy" } }, new StoryTree(scenes, left.Id),
            new HashSet<(Guid, int)>(), new HashSet<Guid>(), 0, 1);
        Assert.False(facts.EndingReached);
        Assert.Equal(1, facts.ScenesWritten);
        Assert.False(facts.SeedFullyFurnished);
    }
}
