using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

public sealed class SessionCodesAndRulesTests
{
    [Fact]
    public void Codes_are_three_words_and_five_digits_and_vary()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SessionCodes.Create()).ToList();
        Assert.All(codes, c =>
        {
            Assert.Matches("^[A-Z]{3,7}-[A-Z]{3,7}-[A-Z]{3,7}-[1-9][0-9]{4}$", c);
            Assert.All(c.Split('-')[..3], w => Assert.Contains(w, SessionCodes.Words));
            Assert.Equal(c, SessionCodes.Normalize(c));
            Assert.True(c.Length <= SessionCodes.MaxLength);
        });
        Assert.Equal(200, codes.Distinct().Count());
    }

    [Fact]
    public void There_are_far_too_many_codes_to_find_one_by_guessing()
    {
        Assert.True(SessionCodes.Bits >= 40, $"{SessionCodes.Bits:F1} bits");
        // At the most the wrong-code limit lets one network try (30 a minute, day and night), finding any one of
        // 100,000 live stories takes on average this many years:
        var years = SessionCodes.Combinations / 100_000 / (30.0 * 60 * 24 * 365);
        Assert.True(years > 5, $"{years:F1} years");
    }

    [Fact]
    public void The_words_are_short_distinct_and_split_one_way_only()
    {
        var words = SessionCodes.Words;
        Assert.True(words.Count >= 512, $"{words.Count} words");
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, w => Assert.Matches("^[A-Z]{3,7}$", w));
        Assert.Empty(from a in words from b in words where a != b && b.StartsWith(a, StringComparison.Ordinal) select (a, b));
        Assert.Empty(from a in words from b in words where string.CompareOrdinal(a, b) < 0 && OneEditApart(a, b) select (a, b));
        // A few that sound like another word, or spell two ways, which a visitor told the code aloud could type wrongly.
        Assert.Empty(words.Intersect(["BEAR", "HARE", "DEER", "SUN", "SEA", "ROSE", "FLOWER", "KNIGHT", "PEAR", "TAIL", "STORY", "DIARY", "GREY", "COLOUR"]));
        Assert.Equal(SessionCodes.Example, SessionCodes.Normalize(SessionCodes.Example));
    }

    [Theory]
    [InlineData("otter-lantern-mango-48213", "OTTER-LANTERN-MANGO-48213")]
    [InlineData(" Otter Lantern  Mango 48213 ", "OTTER-LANTERN-MANGO-48213")]
    [InlineData("OtterLanternMango48213", "OTTER-LANTERN-MANGO-48213")]
    [InlineData("otter_lantern.mango - 482 13", "OTTER-LANTERN-MANGO-48213")]
    [InlineData("otter lantern mango", null)]
    [InlineData("otter lantern mango 4821", null)] // new words need five digits
    [InlineData("fox 48213", null)]
    [InlineData("otter lantern 48213", null)]
    [InlineData("otter lantern mango mango 48213", null)]
    [InlineData("otter lantern mangoo 48213", null)]
    [InlineData("fox-4821", "FOX-4821")] // codes from before still open
    [InlineData(" Fox 4821 ", "FOX-4821")]
    [InlineData("FOX4821", "FOX-4821")]
    [InlineData("fox-482", null)]
    [InlineData("", null)]
    [InlineData("4821", null)]
    [InlineData("ABCDEFG-1234", null)]
    public void Typed_codes_are_tidied_or_refused(string typed, string? expected)
    {
        Assert.Equal(expected, SessionCodes.Normalize(typed));
        Assert.Equal(expected?.Split('-').Length == 2, SessionCodes.IsShort(typed));
    }

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        if (a.Length == b.Length) return a.Zip(b).Count(p => p.First != p.Second) == 1;
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return Enumerable.Range(0, longer.Length).Any(i => longer.Remove(i, 1) == shorter);
    }

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
        var tooLong = Assert.Single(StoryRules.Check(good with { Prompt = new string('a', StoryLimits.PromptMax + 1) }));
        Assert.Equal(("Prompt", "That is a lot! Keep the idea under 500 characters (now 501)."), tooLong);
        Assert.Empty(StoryRules.Check(good with { Prompt = new string('a', StoryLimits.PromptMax) }));
    }
}
