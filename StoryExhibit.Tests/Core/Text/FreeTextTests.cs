using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Tests.Core.Text;

/// <summary>The one normaliser of typed text, and the checks that use it.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u200D\u200C\u2060\uFEFF")]
    [InlineData(" \u200B \t\u00A0\u3000 ")]
    [InlineData("\u202E\u2066\u2069\u200F")]
    [InlineData("\u0000\u0007\u001B")]
    [InlineData("\u0301\u0308")]
    public void Invisible_only_text_is_empty(string text)
    {
        Assert.Equal("", FreeText.Normalize(text));
        Assert.True(FreeText.IsBlank(text, FreeTextKind.MultiLine));
    }

    [Fact]
    public void Bidi_overrides_and_isolates_are_removed()
    {
        Assert.Equal("A dragon gnirts", FreeText.Normalize("A dragon \u202Egnirts\u202C"));
        Assert.Equal("a fox who hides", FreeText.Normalize("a \u2067fox\u2069 who \u200Ehides"));
    }

    [Fact]
    public void Control_characters_go_and_only_a_multi_line_box_keeps_its_lines()
    {
        Assert.Equal("A bell rings then stops", FreeText.Normalize("A bell\u0007 rings\r\nthen\tstops\u001B[31m".Replace("[31m", "")));
        Assert.Equal("One\nTwo\n\nThree", FreeText.Normalize("One\r\nTwo\n\n\n\n  Three  ", FreeTextKind.MultiLine));
        Assert.Equal("One Two Three", FreeText.Normalize("One\r\nTwo\n\n\n\n  Three  "));
        Assert.Equal("Line one\nline two", FreeText.Normalize("Line one\u2028line two", FreeTextKind.MultiLine));
    }

    [Fact]
    public void Lone_surrogates_are_replaced_and_pairs_kept()
    {
        Assert.Equal("A fox \uFFFD and a lantern", FreeText.Normalize("A fox \uD800 and a lantern"));
        Assert.Equal("\uFFFDend", FreeText.Normalize("\uDC00end"));
        Assert.Equal("end\uFFFD", FreeText.Normalize("end\uD83D"));
        Assert.Equal("a 🦊 fox", FreeText.Normalize("a 🦊 fox"));
    }

    [Fact]
    public void Combining_marks_are_composed_and_stacks_of_them_cut_short()
    {
        Assert.Equal("caf\u00E9", FreeText.Normalize("cafe\u0301"));
        Assert.Equal("Ti\u1EBFng Vi\u1EC7t", FreeText.Normalize("Tie\u0302\u0301ng Vie\u0323\u0302t"));
        var zalgo = "Z" + new string('\u0336', 40) + "a" + string.Concat(Enumerable.Repeat("\u0310\u0311\u0312", 10));
        var cleaned = FreeText.Normalize(zalgo);
        Assert.Equal(2 + 2 * FreeText.MaxMarksPerLetter, cleaned.Length);
        Assert.Equal("Z" + new string('\u0336', FreeText.MaxMarksPerLetter) + "a", cleaned[..(2 + FreeText.MaxMarksPerLetter)]);
    }

    [Theory]
    [InlineData("👨‍👩‍👧 a family")]
    [InlineData("👍🏽 thumbs")]
    [InlineData("🇫🇷 and 🇯🇵")]
    [InlineData("❤️ love")]
    [InlineData("1️⃣ first")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("می‌خواهم")] // a Persian zero-width non-joiner between letters stays
    public void Emoji_and_scripts_stay_intact(string text) => Assert.Equal(text, FreeText.Normalize(text));

    [Fact]
    public void Tag_characters_outside_a_flag_are_removed()
        => Assert.Equal("hi", FreeText.Normalize("h\U000E0069\U000E0067i"));

    [Fact]
    public void Names_fold_compatibility_forms()
    {
        Assert.Equal("Admin", FreeText.Normalize("Ａｄｍｉｎ", FreeTextKind.Name));
        Assert.Equal("Ａｄｍｉｎ", FreeText.Normalize("Ａｄｍｉｎ"));
    }

    [Fact]
    public void A_seed_is_normalised_before_it_is_checked_and_its_title_made()
    {
        var seed = new StorySeed
        {
            Prompt = "\u202Ea shy dragon\u0007 who\u200B  sings",
            Genre = "Fantasy",
            Characters = ["  \u200B ", "Mira\u202E", ""],
            Place = "\u2066\u2069",
            StoryObject = " a lantern ",
        };
        var normal = StoryRules.Normalize(seed);
        Assert.Equal("a shy dragon who sings", normal.Prompt);
        Assert.Equal(["Mira"], normal.Characters);
        Assert.Null(normal.Place);
        Assert.Equal("a lantern", normal.StoryObject);
        Assert.Equal("A shy dragon who sings", StoryRules.TitleFor(normal));
        Assert.Empty(StoryRules.Check(seed));

        var invisible = seed with { Prompt = "\u200B\u200D\u2060\u202E" };
        Assert.Contains(StoryRules.Check(invisible), p => p.Field == nameof(StorySeed.Prompt) && p.Message == "Tell the storyteller what your story is about.");
    }

    [Fact]
    public void Own_choices_and_comments_are_measured_once_normalised()
    {
        Assert.Equal("Write what should happen next (a few words).", StoryRules.CheckCustomChoice("\u200B\u200B\u200B\u200B"));
        Assert.Null(StoryRules.CheckCustomChoice("  Open   the\u200B door  "));
        Assert.Equal("Open the door", StoryRules.NormalizeChoice("  Open   the\u200B door\u202E  "));
        Assert.Empty(FeedbackService.Check(4, new string('\u200B', FeedbackLimits.CommentMax + 50) + "Great"));
        Assert.NotEmpty(FeedbackService.Check(4, new string('a', FeedbackLimits.CommentMax + 1)));
    }

    [Fact]
    public void The_classifier_reads_text_with_lone_surrogates_and_hidden_characters()
    {
        Assert.Equal("kill", TextNormalizer.Clean("k\u200Bi\u202El\u00ADl"));
        Assert.Equal("a fox \uFFFD", TextNormalizer.Clean("A fox \uD800"));
    }
}
