using StoryExhibit.Core.Analytics;

namespace StoryExhibit.Tests.Core.Analytics;

public sealed class SentimentTests
{
    [Theory]
    [InlineData("I loved it, the pictures were beautiful!")]
    [InlineData("Great fun, my kids enjoyed every scene")]
    [InlineData("not bad at all")]
    [InlineData("It was slow but the story was wonderful")]
    public void Positive_comments_score_above_neutral(string comment) => Assert.True(LexiconSentiment.Score(comment) > SentimentBands.Neutral, $"{comment}: {LexiconSentiment.Score(comment)}");

    [Theory]
    [InlineData("Boring and far too slow")]
    [InlineData("The voice was awful and robotic")]
    [InlineData("not good")]
    [InlineData("I didn't enjoy it")]
    [InlineData("Nice pictures but the waiting was terrible")]
    public void Negative_comments_score_below_neutral(string comment) => Assert.True(LexiconSentiment.Score(comment) < -SentimentBands.Neutral, $"{comment}: {LexiconSentiment.Score(comment)}");

    [Fact]
    public void Negation_turns_a_word_around()
    {
        Assert.True(LexiconSentiment.Score("good") > 0);
        Assert.True(LexiconSentiment.Score("not good") < 0);
        Assert.True(LexiconSentiment.Score("never boring") > 0);
    }

    [Fact]
    public void Intensifiers_strengthen_and_softeners_weaken()
    {
        Assert.True(LexiconSentiment.Score("very good") > LexiconSentiment.Score("good"));
        Assert.True(LexiconSentiment.Score("extremely bad") < LexiconSentiment.Score("bad"));
        Assert.True(LexiconSentiment.Score("a bit slow") > LexiconSentiment.Score("slow"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("We came on Tuesday with my grandmother")]
    public void Empty_or_neutral_text_scores_zero(string? comment) => Assert.Equal(0, LexiconSentiment.Score(comment));

    [Fact]
    public void Scores_stay_between_minus_one_and_one()
    {
        var gushing = string.Join(" ", Enumerable.Repeat("absolutely amazing wonderful brilliant", 40)) + "!!!!!";
        var furious = string.Join(" ", Enumerable.Repeat("extremely awful terrible horrible", 40));
        Assert.InRange(LexiconSentiment.Score(gushing), 0.9, 1);
        Assert.InRange(LexiconSentiment.Score(furious), -1, -0.9);
    }

    [Theory]
    [InlineData("The narrator's voice was lovely to listen to", CommentThemes.Narration)]
    [InlineData("The pictures and the art style were beautiful", CommentThemes.Pictures)]
    [InlineData("It took too long, we had to wait for every scene to load", CommentThemes.Speed)]
    [InlineData("The buttons on the screen were confusing", CommentThemes.EaseOfUse)]
    [InlineData("What a twist in the ending, great characters", CommentThemes.Story)]
    [InlineData("Thanks!", CommentThemes.Other)]
    [InlineData("", CommentThemes.Other)]
    public void Comments_are_grouped_by_keyword_themes(string comment, string theme) => Assert.Equal(theme, CommentThemes.Classify(comment));

    [Theory]
    [InlineData("Narration/voice", CommentThemes.Narration)]
    [InlineData("pictures", CommentThemes.Pictures)]
    [InlineData("Speed/waiting", CommentThemes.Speed)]
    [InlineData("EASE OF USE", CommentThemes.EaseOfUse)]
    [InlineData("weather", null)]
    public void A_models_theme_is_mapped_onto_the_known_themes(string answer, string? theme) => Assert.Equal(theme, CommentThemes.Normalize(answer));
}
