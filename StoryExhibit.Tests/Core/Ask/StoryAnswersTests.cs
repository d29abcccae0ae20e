using StoryExhibit.Core.Ask;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Ask;

public class StoryAnswersTests
{
    private static AskStory Story(params string[] scenes) =>
        new("The Lost Spring", new StorySeed { Prompt = "A fox who is searching for the lost spring", Genre = "Fantasy" }, scenes);

    [Fact]
    public void Without_a_chosen_cast_the_characters_are_the_names_the_scenes_use()
    {
        var story = Story("Wherever Talia went, Tansy followed. Then one grey morning Talia searched for the lost spring.",
            "Tansy flew ahead while Talia climbed into the Whispering Woods.");
        var answer = StoryAnswers.Answer(story, "who are the characters?", "");
        Assert.Contains("Talia", answer);
        Assert.Contains("Tansy", answer);
        Assert.Contains("A fox who is searching for the lost spring", answer);
        Assert.Contains("Whispering Woods", answer);
        Assert.DoesNotContain("Then", answer);
    }

    [Fact]
    public void What_happened_so_far_follows_the_scenes_in_order()
    {
        var story = Story("The fox woke early. She was thirsty.", "The spring was dry. A crow laughed at her.");
        var answer = StoryAnswers.Answer(story, "what happend so far", "");
        Assert.True(answer.IndexOf("The fox woke early.", StringComparison.Ordinal) < answer.IndexOf("The spring was dry.", StringComparison.Ordinal));
        Assert.Contains("Most recently: ", answer);
        Assert.EndsWith("A crow laughed at her.", answer);
    }
}
