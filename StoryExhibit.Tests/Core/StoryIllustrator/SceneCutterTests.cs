using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

public sealed class SceneCutterTests
{
    private const string Story = """
        Mira had always wondered whether she believed in luck. She thought about it often, and perhaps she knew the answer.

        Mira climbed the crumbling tower in the storm and held up her golden lantern over the dark sea.

        She remembered what her grandmother had said, and decided it meant something she could not explain.

        * * *

        "Do you think we will make it?" asked Tom. "I hope so," she replied, because she believed it.

        At dawn Mira and Tom sailed the little boat past the misty island, where a huge white whale rose from the waves.

        Chapter 3

        In the forest the red fox ran between the tall trees while snow fell on the sleeping village below the mountains.

        Later Tom and Mira walked home across the old stone bridge under the bright moon and the first stars.
        """;

    [Fact]
    public void The_visual_passages_are_picked_in_story_order()
    {
        var scenes = SceneCutter.Cut(Story, 3);

        Assert.Equal(3, scenes.Count);
        Assert.Equal([1, 2, 3], scenes.Select(s => s.Number));
        Assert.Contains("crumbling tower", scenes[0].Prompt);
        Assert.Contains("white whale", scenes[1].Prompt);
        Assert.Contains("red fox", scenes[2].Prompt);
        Assert.All(scenes, s => Assert.DoesNotContain("wondered", s.Prompt));
        Assert.All(scenes, s => Assert.DoesNotContain("Do you think", s.Prompt));
    }

    [Fact]
    public void Each_part_gets_a_picture_before_a_part_gets_a_second()
    {
        var scenes = SceneCutter.Cut(Story, 3);

        Assert.Equal(3, scenes.Select(s => s.Paragraph).Distinct().Count());
        Assert.Equal(scenes.Select(s => s.Paragraph).Order(), scenes.Select(s => s.Paragraph));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_maximum_is_respected(int max)
    {
        var scenes = SceneCutter.Cut(Story, max);

        Assert.Equal(max, scenes.Count);
    }

    [Fact]
    public void Passages_with_nothing_to_see_are_not_painted_even_under_the_maximum()
    {
        var scenes = SceneCutter.Cut(Story, 20);

        Assert.InRange(scenes.Count, 4, 5);
        Assert.DoesNotContain(scenes, s => s.Prompt.Contains("wondered") || s.Prompt.Contains("remembered what"));
    }

    [Fact]
    public void Names_met_more_than_once_are_the_scene_characters()
    {
        var scenes = SceneCutter.Cut(Story, 4);

        var whale = Assert.Single(scenes, s => s.Prompt.Contains("whale"));
        Assert.Contains("Mira", whale.Characters);
        Assert.Contains("Tom", whale.Characters);
        Assert.DoesNotContain("At", whale.Characters);
    }

    [Fact]
    public void A_long_paragraph_gives_a_short_prompt_and_a_caption_of_one_sentence()
    {
        var sentence = "The knight rode through the dark forest past the ruined castle and the misty lake. ";
        var scenes = SceneCutter.Cut(string.Concat(Enumerable.Repeat(sentence, 30)), 1);

        var scene = Assert.Single(scenes);
        Assert.True(scene.Prompt.Length <= SceneCutter.MaxPromptCharacters);
        Assert.Equal(sentence.Trim(), scene.Caption);
    }

    [Fact]
    public void A_story_with_nothing_visual_still_gets_its_best_passage()
    {
        var scenes = SceneCutter.Cut("She thought about it. He wondered why.\n\nThey decided to wait.", 3);

        Assert.Single(scenes);
    }
}
