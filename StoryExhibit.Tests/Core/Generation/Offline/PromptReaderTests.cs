using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation.Offline;

/// <summary>Markup a visitor types is not story material: the offline storyteller reads the words around it.</summary>
public class PromptReaderTests
{
    [Theory]
    [InlineData("<b>Mara</b> the <i>brave</i>", "Mara the brave")]
    [InlineData("Mara<script>alert(1)</script> of the hills", "Mara of the hills")]
    [InlineData("Mara <SCRIPT src=x>never closed", "Mara")]
    [InlineData("[Mara](javascript:alert(1)) and ![a fox](x.png \"title\")", "Mara and a fox")]
    [InlineData("Mara from https://example.com/x?y=1 and www.example.com", "Mara from and")]
    [InlineData("Mara <img src=x onerror=alert(2)> Finch", "Mara Finch")]
    [InlineData("3 < 4 and 5 > 2", "3 < 4 and 5 > 2")]
    public void A_name_keeps_its_words_and_loses_its_markup(string typed, string read) => Assert.Equal(read, PromptReader.Clean(typed));

    [Fact]
    public void An_idea_wrapped_in_markup_reads_as_the_same_idea_without_it()
    {
        static StoryIdea Read(string prompt) => IdeaReader.Read(new StorySeed { Prompt = prompt, Genre = "Fantasy" });
        var plain = Read("A shy fox who keeps a lighthouse finds a silver key");
        var marked = Read("A <b>shy</b> fox <script>alert(1)</script>who keeps <img src=x onerror=alert(2)>[a lighthouse](javascript:alert(1)) "
            + "finds a silver key https://example.com/x");

        Assert.NotNull(plain.Hero);
        Assert.Equal(plain.Hero.Description, marked.Hero?.Description);
        Assert.Equal(plain.Object?.Noun, marked.Object?.Noun);
        Assert.Equal(plain.Place?.NounPhrase, marked.Place?.NounPhrase);
        Assert.Equal(plain.Goal, marked.Goal);
        Assert.Equal(plain.Others.Select(o => o.Description), marked.Others.Select(o => o.Description));
    }
}
