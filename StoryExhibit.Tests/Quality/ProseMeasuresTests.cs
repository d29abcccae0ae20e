namespace StoryExhibit.Tests.Quality;

/// <summary>The measures the storyteller is judged by find what they claim to, on prose written for them.</summary>
public class ProseMeasuresTests
{
    [Fact]
    public void The_longest_phrase_repeated_more_than_twice_is_found_without_its_function_words_at_the_edges()
    {
        string[] sentences =
        [
            "Then the rainstorm washing the clues away said sorry.",
            "Everyone laughed at the rainstorm washing the clues away.",
            "Nobody trusted the rainstorm washing the clues away.",
            "The old door creaked twice.",
            "The old door creaked again.",
        ];
        var phrase = ProseMeasures.LongestRepeatedPhrase(sentences);
        Assert.Equal(new RepeatedPhrase("rainstorm washing the clues away", 5, 3), phrase);
        Assert.Null(ProseMeasures.LongestRepeatedPhrase(sentences[3..]));
    }

    [Fact]
    public void Repeated_sentences_and_shared_sentences_are_counted()
    {
        string[] path = ["The wind rose.", "She ran.", "The wind rose!", "He stayed."];
        Assert.Equal(["The wind rose!"], ProseMeasures.RepeatedSentences(path));
        Assert.Equal(2.0 / 3, ProseMeasures.SharedSentenceShare(["A.", "B.", "C."], ["A.", "B.", "D.", "E."]), 3);
        Assert.Equal(0, ProseMeasures.SharedSentenceShare(["A."], ["B."]));
    }

    [Fact]
    public void A_and_an_before_the_wrong_sound_are_found_and_the_usual_exceptions_are_not()
    {
        Assert.Equal(["a odd", "an plan"], ProseMeasures.ArticleErrors("It was a odd place and an plan."));
        Assert.Equal(["an notion", "a amazing"], ProseMeasures.ArticleErrors("An notion came: a amazing one."));
        Assert.Empty(ProseMeasures.ArticleErrors("A unicorn, an hour, an honest elf, a one-eyed cat, an owl and a house."));
    }

    [Fact]
    public void A_key_word_is_found_at_a_word_start_in_any_case()
    {
        Assert.True(ProseMeasures.Mentions("Two Bottles lay on the sand.", "bottle"));
        Assert.True(ProseMeasures.Mentions("The daughter’s lamp was lit.", "daughter"));
        Assert.False(ProseMeasures.Mentions("A mottled bottleneck.", "ottle"));
        Assert.False(ProseMeasures.Mentions("The keeper slept.", "bottle"));
    }

    [Fact]
    public void The_heros_name_and_pronouns_are_counted()
    {
        var idea = VisitorIdeas.All.First(i => i.Hero == "Pip");
        string[] opening = ["Pip looked up.", "Then Pip saw Hugo, and Pip waved.", "She smiled at him."];
        Assert.Equal("Pip", ProseMeasures.HeroName(idea, opening));
        Assert.Equal((3, 2), ProseMeasures.NamesAndPronouns(opening, "Pip"));
        var unnamed = VisitorIdeas.All[0];
        Assert.Equal("Hugo", ProseMeasures.HeroName(unnamed, ["Hugo woke.", "Then Hugo and Ada ran.", "At last Hugo slept."]));
    }

    [Fact]
    public async Task The_player_plays_every_branch_of_the_first_two_choices_an_own_choice_and_a_path_to_the_ending()
    {
        var idea = VisitorIdeas.Small[1];
        var played = await QualityPlayer.Play(idea);

        Assert.NotEmpty(played.Opening.Scene.Choices);
        Assert.Equal(played.Opening.Scene.Choices.Count, played.Opening.Children.Count);
        Assert.All(played.Opening.Children, c => Assert.Equal(c.Scene.Choices.Count, c.Children.Count));
        Assert.NotEmpty(played.OwnChoiceScene.Sentences);
        Assert.True(played.ToEnding[^1].IsEnding);
        Assert.Equal(played.Opening.Scene, played.ToEnding[0]);
        Assert.Equal(1 + played.Opening.Children.Sum(c => 1 + c.Children.Count) + 1 + played.ToEnding.Count - 1, played.EngineCpuPerScene.Count);
    }

    [Fact]
    public void A_quoted_own_choice_is_not_acted_on()
    {
        var idea = VisitorIdeas.All[0];
        SceneNode opening = new(new QualityScene("", [], false, []), []);
        PlayedIdea With(string prose) => new(idea, opening, new QualityScene(prose, [], false, [prose]), [], []);

        Assert.False(StoryQualityReport.ActsOnOwnChoice(With("“She opens the bottle and reads the glowing message out loud,” Hugo announced.")));
        Assert.False(StoryQualityReport.ActsOnOwnChoice(With("She walked along the shore.")));
        Assert.True(StoryQualityReport.ActsOnOwnChoice(With("She pulled the cork free and read the message aloud. It glowed on her fingers.")));
    }
}
