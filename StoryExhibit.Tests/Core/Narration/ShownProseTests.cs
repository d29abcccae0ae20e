using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Narration;

/// <summary>What reaches narration while a scene streams: the prose shown, each part once, whatever the view held back meanwhile.</summary>
public sealed class ShownProseTests
{
    [Fact]
    public void A_line_held_back_and_shown_again_is_narrated_once()
    {
        var shown = new ShownProse();
        Assert.Equal("An unexpected thought came to", shown.Next("An unexpected thought came to"));
        Assert.Equal("", shown.Next(""));
        Assert.Equal(" Isolde:\nShe", shown.Next("An unexpected thought came to Isolde:\nShe"));
        Assert.Equal("An unexpected thought came to Isolde:\nShe", shown.Narrated);
    }

    [Fact]
    public void Text_that_no_longer_continues_the_narration_starts_it_again()
    {
        var shown = new ShownProse();
        shown.Next("The wolf howled at the");
        Assert.Equal("", shown.Next("The"));
        Assert.Null(shown.Next("The fox"));
        Assert.Equal("The fox", shown.Narrated);
        Assert.Equal(" ran.", shown.Next("The fox ran."));
    }

    [Fact]
    public void A_streamed_answer_with_a_short_line_ending_in_a_colon_is_narrated_exactly_as_written()
    {
        const string answer = "The bell rang twice.\n\nAn unexpected thought came to Isolde:\nShe had heard that bell before, long ago.\n\n"
            + "### What happens next?\n1. Follow the sound\n2. Stay by the fire";
        var shown = new ShownProse();
        var narrated = new System.Text.StringBuilder();
        foreach (var end in TokenEnds(answer))
            narrated.Append(shown.Next(SceneOutputParser.ProseSoFar(answer[..end])) ?? throw new InvalidOperationException($"restarted at {end}"));
        var prose = SceneOutputParser.Parse(answer).Prose;
        Assert.Equal(prose, narrated.ToString());
        Assert.Equal(
            ["The bell rang twice.", "An unexpected thought came to Isolde: She had heard that bell before, long ago."],
            SentenceSegmenter.Split(narrated.ToString()));
    }

    /// <summary>Where each word-sized token of a streamed answer ends, as a storyteller sends them.</summary>
    private static IEnumerable<int> TokenEnds(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])) yield return i;
        yield return text.Length;
    }
}
