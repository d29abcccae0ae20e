using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Moderation;

public sealed class ContentClassifierTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1234 5678")]
    public void Empty_or_wordless_text_has_no_findings(string? text) => Assert.Empty(ContentClassifier.Classify(text).Findings);

    [Fact]
    public void The_issue_example_is_violence_gore_fear_and_profanity()
    {
        var findings = ContentClassifier.Classify("The monster stabs Hugo with a knife and there is blood everywhere, damn it");
        Assert.Equal(2, findings.SeverityOf(ModerationCategory.Violence));
        Assert.Equal(2, findings.SeverityOf(ModerationCategory.Gore));
        Assert.Equal(2, findings.SeverityOf(ModerationCategory.Fear));
        Assert.Equal(1, findings.SeverityOf(ModerationCategory.Profanity));
    }

    [Theory]
    [InlineData("s t a b", "stab")]
    [InlineData("k.i.l.l", "kill")]
    [InlineData("ki\u200Bll", "kill")]
    [InlineData("K\u0406LL", "kill")]
    [InlineData("ｋｉｌｌ", "kill")]
    [InlineData("d4mn", "damn")]
    [InlineData("don't", "dont")]
    public void Tricks_are_undone_before_matching(string text, string word) =>
        Assert.Contains(TextNormalizer.Tokenize(text), t => t.Forms.Contains(word));

    [Fact]
    public void Leetspeak_one_is_read_as_i_and_as_l() =>
        Assert.Equal(["kiii", "kill"], TextNormalizer.Tokenize("ki11").Single().Forms);

    [Fact]
    public void A_clause_break_is_seen_between_words()
    {
        var tokens = TextNormalizer.Tokenize("no swords. kill");
        Assert.False(tokens[1].BreakBefore);
        Assert.True(tokens[2].BreakBefore);
    }

    [Theory]
    [InlineData("no blood")]
    [InlineData("not scary at all")]
    [InlineData("there was not any fighting")]
    [InlineData("a friendly monster")]
    [InlineData("a monster who is never mean")]
    public void Negation_and_kind_words_undo_fear_violence_and_gore(string text) => Assert.Empty(ContentClassifier.Classify(text).Findings);

    [Theory]
    [InlineData("no blood. Then blood everywhere", ModerationCategory.Gore)]
    [InlineData("no fucking way", ModerationCategory.Profanity)]
    [InlineData("not sexy", ModerationCategory.Sexual)]
    [InlineData("a friendly monster, then a monster", ModerationCategory.Fear)]
    public void Negation_stops_at_a_clause_and_never_undoes_offensive_words(string text, ModerationCategory category) =>
        Assert.True(ContentClassifier.Classify(text).SeverityOf(category) > 0);

    [Theory]
    [InlineData("class")] [InlineData("grape")] [InlineData("skill")] [InlineData("therapist")] [InlineData("Scunthorpe")]
    [InlineData("assassin bug")] [InlineData("Dick Whittington")] [InlineData("cocktail")] [InlineData("passion")] [InlineData("shiitake")]
    [InlineData("Sussex")] [InlineData("sextant")] [InlineData("Bob")] [InlineData("hello")] [InlineData("as")] [InlineData("Niger")]
    [InlineData("bloodhound")] [InlineData("stable")] [InlineData("spicy")] [InlineData("cumin")] [InlineData("rapper")]
    public void Innocent_words_are_not_flagged(string text) => Assert.Empty(ContentClassifier.Classify(text).Findings);

    [Fact]
    public void Verdict_takes_the_lower_of_the_ratings_and_the_audiences_level()
    {
        var kill = ContentClassifier.Classify("the knight kills the troll");
        var levels = new ModerationOptions();
        Assert.True(ModerationVerdict.Judge(kill, ContentRating.Thrilling, Audience.Teens, levels).Allowed);
        Assert.False(ModerationVerdict.Judge(kill, ContentRating.Thrilling, Audience.Children, levels).Allowed);
        levels.Children.Violence = 2;
        Assert.True(ModerationVerdict.Judge(kill, ContentRating.Thrilling, Audience.Children, levels).Allowed);
        levels.Thrilling.Violence = 1;
        var refused = ModerationVerdict.Judge(kill, ContentRating.Thrilling, Audience.Children, levels);
        Assert.False(refused.Allowed);
        Assert.Equal(ModerationCategory.Violence, refused.Category);
    }

    [Fact]
    public void Fits_judges_a_sentence_for_the_offline_storyteller_with_the_default_levels()
    {
        Assert.True(ContentClassifier.Fits("Ember found a lantern in the wood.", ContentRating.Gentle, Audience.Children));
        Assert.False(ContentClassifier.Fits("The troll drew his sword and attacked.", ContentRating.Gentle, Audience.Children));
        Assert.True(ContentClassifier.Fits("The troll drew his sword and attacked.", ContentRating.Mild, Audience.Children));
        var strict = new ModerationOptions();
        strict.Mild.Violence = 0;
        Assert.False(ContentClassifier.Fits("The troll drew his sword and attacked.", ContentRating.Mild, Audience.Children, strict));
    }

    [Fact]
    public void Surprise_ideas_fit_the_gentlest_story_for_children()
    {
        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var seed = SurpriseSeeds.Create(random);
            foreach (var text in new[] { seed.Prompt, seed.Place, seed.StoryObject })
                Assert.True(ContentClassifier.Fits(text, ContentRating.Gentle, Audience.Children), text);
        }
    }

    [Fact]
    public void The_refusal_for_an_own_choice_in_a_gentle_story_is_the_issues_message() =>
        Assert.Equal("Let's keep this story gentle: try another idea for what happens next.",
            RefusalMessages.For(ModerationCategory.Gore, ContentRating.Gentle, VisitorTextField.OwnChoice));

    [Fact]
    public void Refusals_name_the_box_and_never_quote_the_text()
    {
        var message = RefusalMessages.For(ModerationCategory.Profanity, ContentRating.Mild, VisitorTextField.Place);
        Assert.Equal("Let's keep the words in this story friendly: try another place.", message);
    }
}
