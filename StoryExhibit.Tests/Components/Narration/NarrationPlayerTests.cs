using Bunit;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Components.Narration;

namespace StoryExhibit.Tests.Components.Narration;

/// <summary>The narration bar: its read-aloud button, and the caption the browser writes the sentence being spoken into.</summary>
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

        await cut.InvokeAsync(() => cut.Instance.NarrationSounding());
        Assert.Equal("Restart", ReadAloudLabel(cut));

        await cut.InvokeAsync(cut.Instance.NarrationEnded);
        Assert.Equal("Read aloud", ReadAloudLabel(cut));
    }

    [Fact]
    public async Task The_caption_is_a_polite_live_region_left_to_the_browser_to_fill()
    {
        var cut = RenderFinishedScene();
        var caption = cut.Find(".narration .caption");
        Assert.Equal("polite", caption.GetAttribute("aria-live"));
        Assert.Equal("Caption", caption.GetAttribute("aria-label"));

        // The browser's audio queue writes each sentence into it; a render on the server never writes over it.
        await cut.InvokeAsync(cut.Instance.NarrationSounding);
        Assert.Equal("", cut.Find(".narration .caption").TextContent);
        Assert.Equal("caption empty", cut.Find(".narration .caption").GetAttribute("class"));
    }
}
