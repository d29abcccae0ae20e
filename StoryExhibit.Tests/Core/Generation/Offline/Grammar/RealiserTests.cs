using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Grammar;

namespace StoryExhibit.Tests.Core.Generation.Offline.Grammar;

public class RealiserTests
{
    private static readonly Character Ada = Character.Named("Captain Ada Reyes", Pronouns.She);
    private static readonly Character Mira = Character.Named("Mira", Pronouns.She);
    private static readonly Character Engineer = Character.Described("tired engineer", Pronouns.He);

    [Theory]
    [InlineData("hour", "an")]
    [InlineData("honest", "an")]
    [InlineData("unicorn", "a")]
    [InlineData("old", "an")]
    [InlineData("one-eyed", "a")]
    [InlineData("umbrella", "an")]
    [InlineData("European", "a")]
    [InlineData("odd", "an")]
    [InlineData("notion", "a")]
    [InlineData("plan", "a")]
    public void Articles_follow_the_sound_of_the_next_word(string word, string article) =>
        Assert.Equal(article, Articles.For(word));

    [Fact]
    public void Articles_are_corrected_in_a_finished_sentence()
    {
        Assert.Equal("An odd place, a notion and an hour.", Articles.Fix("A odd place, an notion and a hour."));
        Assert.Equal("She found an unusual key.", Articles.Fix("She found a unusual key."));
    }

    [Fact]
    public void A_name_is_said_in_full_once_then_shortly_or_as_a_pronoun()
    {
        var r = new Realiser(firstScene: true);
        Assert.Equal("Captain Ada Reyes", r.Mention(Ada, sentenceStart: true, possessive: false));
        r.NextSentence();
        Assert.Equal("she", r.Mention(Ada, sentenceStart: true, possessive: false));
        r.NextSentence();
        Assert.Equal("her", r.Mention(Ada, sentenceStart: true, possessive: true));
        Assert.Equal("Ada", r.Mention(Ada, sentenceStart: false, possessive: false));
        r.NextParagraph();
        Assert.Equal("Ada’s", r.Mention(Ada, sentenceStart: true, possessive: true));
    }

    [Fact]
    public void A_pronoun_is_not_used_when_someone_else_could_be_meant()
    {
        var r = new Realiser(firstScene: false);
        r.Mention(Ada, sentenceStart: true, possessive: false);
        r.Mention(Mira, sentenceStart: false, possessive: false);
        r.NextSentence();
        Assert.Equal("Ada", r.Mention(Ada, sentenceStart: true, possessive: false));
        r.NextSentence();
        r.NextSentence();
        Assert.Equal("Mira", r.Mention(Mira, sentenceStart: true, possessive: false));
    }

    [Fact]
    public void A_described_character_is_introduced_with_an_article_then_named_by_their_role()
    {
        var r = new Realiser(firstScene: true);
        Assert.Equal("a tired engineer", r.Mention(Engineer, sentenceStart: false, possessive: false));
        Assert.Equal("the engineer’s", r.Mention(Engineer, sentenceStart: false, possessive: true));
        Assert.Equal("the engineer", new Realiser(firstScene: false).Mention(Engineer, sentenceStart: false, possessive: false));
    }

    [Theory]
    [InlineData("jealous queen", "her")]
    [InlineData("goblin king", "his")]
    [InlineData("runaway cleaning robot", "its")]
    [InlineData("slippery thief", "their")]
    public void A_foe_takes_the_possessive_that_fits(string foe, string possessive) =>
        Assert.Equal(possessive, FoeWords.Possessive(foe));

    [Theory]
    [InlineData("the valley of Emberdale", "Emberdale")]
    [InlineData("the space station Halcyon", "Halcyon")]
    [InlineData("an old lighthouse", "the lighthouse")]
    [InlineData("Lanternfall Harbour", "Lanternfall Harbour")]
    public void Places_have_a_short_form(string place, string shortForm) =>
        Assert.Equal(shortForm, Phrases.ShortPlace(place));
}
