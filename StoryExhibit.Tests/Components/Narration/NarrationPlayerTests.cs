using Bunit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Narration;

namespace StoryExhibit.Tests.Components.Narration;

/// <summary>The narration bar: its read-aloud button and its caption of the sentence being spoken.</summary>
public sealed class NarrationPlayerTests : ComponentTestContext
{
    public NarrationPlayerTests() => Services.AddStorySessionForTests();

    private IRenderedComponent<NarrationPlayer> RenderFinishedScene() => Render<NarrationPlayer>(p => p
        .Add(c => c.Scene, new Scene { Number = 1, Prose = "The fox ran ahead. The lantern flickered.", State = SceneState.Complete })
        .Add(c => c.Writing, false));

    private static string ReadAloudLabel(IRenderedComponent<NarrationPlayer> cut) => cut.Find("button.read-aloud").TextContent.Trim();

    [Fact]
    public async Task Read_aloud_shows_as_restart_while_narration_plays()
    {
        var cut = RenderFinishedScene();
        Assert.Equal("Read aloud", ReadAloudLabel(cut));

        await cut.InvokeAsync(() => cut.Instance.SentenceStarted(0, "The fox ran ahead."));
        Assert.Equal("Restart", ReadAloudLabel(cut));

        await cut.InvokeAsync(cut.Instance.NarrationEnded);
        Assert.Equal("Read aloud", ReadAloudLabel(cut));
    }

    [Fact]
    public async Task The_sentence_being_spoken_is_shown_as_a_polite_live_caption()
    {
        var cut = RenderFinishedScene();
        var caption = cut.Find(".narration .caption");
        Assert.Equal("polite", caption.GetAttribute("aria-live"));
        Assert.Equal("", caption.TextContent);

        await cut.InvokeAsync(() => cut.Instance.SentenceStarted(1, "The lantern flickered."));
        Assert.Equal("The lantern flickered.", cut.Find(".narration .caption").TextContent);

        await cut.InvokeAsync(cut.Instance.NarrationEnded);
        Assert.Equal("", cut.Find(".narration .caption").TextContent);
    }
}
