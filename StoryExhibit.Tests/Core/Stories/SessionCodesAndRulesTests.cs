using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

public sealed class SessionCodesAndRulesTests
{
    [Fact]
    public void Codes_are_a_short_word_and_four_digits_and_vary()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SessionCodes.Create()).ToList();
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3,4}-[0-9]{4}$", c));
        Assert.True(codes.Distinct().Count() > 190);
    }

    [Theory]
    [InlineData("fox-4821", "FOX-4821")]
    [InlineData(" Fox 4821 ", "FOX-4821")]
    [InlineData("FOX4821", "FOX-4821")]
    [InlineData("fox-482", null)]
    [InlineData("", null)]
    [InlineData("4821", null)]
    [InlineData("ABCDEFG-1234", null)]
    public void Typed_codes_are_tidied_or_refused(string typed, string? expected) => Assert.Equal(expected, SessionCodes.Normalize(typed));

    [Fact]
    public void Titles_come_from_the_first_clause_of_the_idea()
    {
        var seed = new StorySeed { Prompt = "a fox finds a key. Then more happens", Genre = "Fantasy" };
        Assert.Equal("A fox finds a key", StoryRules.TitleFor(seed));
        var long1 = StoryRules.TitleFor(seed with { Prompt = string.Join(' ', Enumerable.Repeat("lantern", 20)) });
        Assert.True(long1.Length <= 61 && long1.EndsWith("..."));
        Assert.True(StoryRules.TitleFor(seed with { Prompt = new string('x', 100) }).Length <= 61);
    }

    [Fact]
    public void A_good_seed_passes_and_each_bad_field_is_named()
    {
        var good = new StorySeed { Prompt = "A fox finds a key", Genre = "Fantasy" };
        Assert.Empty(StoryRules.Check(good));
        Assert.Equal("Characters", Assert.Single(StoryRules.Check(good with { Characters = ["a", "b", "c", "d", "e"] })).Field);
        Assert.Equal("Place", Assert.Single(StoryRules.Check(good with { Place = new string('p', 61) })).Field);
        Assert.Equal("Length", Assert.Single(StoryRules.Check(good with { Length = 40 })).Field);
        Assert.Equal("Prompt", Assert.Single(StoryRules.Check(good with { Prompt = "ab" })).Field);
    }
}
