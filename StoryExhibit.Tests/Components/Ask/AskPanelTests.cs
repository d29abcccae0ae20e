using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Ask;
using StoryExhibit.Tests.Core.Ask;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Web.Components.Ask;
using StoryExhibit.Web.Components.SpeechInput;
using StoryExhibit.Web.SpeechInput;

namespace StoryExhibit.Tests.Components.Ask;

public sealed class AskPanelTests : ComponentTestContext
{
    public AskPanelTests() => Services.AddStorySessionForTests();

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private AskSession Ask => Services.GetRequiredService<AskSession>();

    private static void Submit(IRenderedComponent<AskPanel> cut, string text)
    {
        cut.Find("#ask-input").Input(text);
        cut.Find("form.ask-form").Submit();
    }

    [Fact]
    public async Task Hostile_text_shows_as_text_and_a_picture_comes_over_http()
    {
        Ask.WordPace = TimeSpan.Zero;
        var cut = Render<AskPanel>();
        Submit(cut, "draw <img src=x onerror=alert(1)> a cat");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("img.ask-picture")), Wait);
        await Ask.Running;

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", cut.Find(".ask-request").InnerHtml);
        Assert.Single(cut.FindAll("img"));
        Assert.StartsWith("/ask/pictures/", cut.Find("img.ask-picture").GetAttribute("src"));
        Assert.Equal("", cut.Find("#ask-input").GetAttribute("value") ?? "");
        Assert.Empty(cut.FindAll("button.ask-add-picture")); // no story here to add it to
    }

    [Fact]
    public async Task A_picture_is_added_to_the_story_on_request_and_a_refusal_is_explained()
    {
        Ask.WordPace = TimeSpan.Zero;
        var added = new List<AskPicture>();
        string? problem = "The storyteller is still writing: wait for this scene to finish, then add the picture.";
        Ask.AddPicture = picture => { added.Add(picture); return Task.FromResult<string?>(problem); };
        var cut = Render<AskPanel>();
        Submit(cut, "draw the castle at night");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button.ask-add-picture")), Wait);
        await Ask.Running;

        cut.Find("button.ask-add-picture").Click();
        cut.WaitForAssertion(() => Assert.Contains("still writing", cut.Find(".ask-problem").TextContent), Wait);
        problem = null;
        cut.Find("button.ask-add-picture").Click();
        cut.WaitForAssertion(() => Assert.Contains("it is now this scene's picture", cut.Find(".ask-note").TextContent), Wait);
        Assert.Empty(cut.FindAll("button.ask-add-picture"));
        Assert.Equal(2, added.Count);
        Assert.Equal(Ask.Exchanges[0].Picture, added[1]);
    }

    [Fact]
    public void A_refused_request_stays_in_the_box_with_the_kind_message()
    {
        var (story, path) = AskSessionTests.FoxStory();
        Ask.UseStory(story, path);
        var cut = Render<AskPanel>();
        const string text = "draw the fox covered in blood and guts, kill them all";
        Submit(cut, text);

        cut.WaitForAssertion(() => Assert.Contains("gentle", cut.Find("#ask-error").TextContent, StringComparison.OrdinalIgnoreCase), Wait);
        Assert.Equal(text, cut.Find("#ask-input").GetAttribute("value"));
        Assert.Empty(cut.FindAll(".ask-exchange"));
    }

    [Fact]
    public async Task Only_the_reply_being_written_re_renders_and_a_story_request_offers_its_path()
    {
        var (story, path) = AskSessionTests.FoxStory();
        Ask.UseStory(story, path);
        string? taken = null;
        Ask.TakePath = choice => { taken = choice; return Task.FromResult<string?>(null); };
        Ask.WordPace = TimeSpan.Zero;
        var cut = Render<AskPanel>();
        Submit(cut, "who are the characters?");
        cut.WaitForAssertion(() => Assert.Contains("Mira the fox", cut.Find(".ask-text").TextContent), Wait);
        await Ask.Running;
        var first = cut.FindComponents<AskReply>().Single();
        var rendersBefore = first.RenderCount;

        Ask.WordPace = TimeSpan.FromMilliseconds(30);
        Submit(cut, "what if the fox found a secret door");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button.ask-take")), Wait);
        await Ask.Running;
        var second = cut.FindComponents<AskReply>()[1];
        Assert.True(second.RenderCount > 3, $"the streaming reply rendered {second.RenderCount} times");
        Assert.Equal(rendersBefore, first.RenderCount);

        second.Find("button.ask-take").Click();
        cut.WaitForAssertion(() => Assert.Contains("Taken", second.Find(".ask-note").TextContent), Wait);
        Assert.Equal("What if the fox found a secret door", taken);
    }

    [Fact]
    public async Task While_a_reply_is_written_the_visitor_can_stop_it_and_words_heard_by_press_to_talk_go_in_the_box()
    {
        Ask.WordPace = TimeSpan.FromSeconds(5);
        var cut = Render<AskPanel>();
        Assert.NotNull(cut.Find(".ask-form button.talk-button"));
        var talk = cut.FindComponent<PressToTalk>();
        Assert.Equal(VisitorTextField.AskRequest, talk.Instance.Box);
        await talk.InvokeAsync(() => talk.Instance.ReplyAsync(new SpeechInputReply("hello there", null, null)));
        cut.WaitForAssertion(() => Assert.Equal("hello there", cut.Find("#ask-input").GetAttribute("value")), Wait);
        cut.Find("form.ask-form").Submit();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("button.ask-stop")), Wait);
        cut.Find("button.ask-stop").Click();
        cut.WaitForAssertion(() => Assert.Contains("(stopped)", cut.Find(".ask-reply").TextContent), Wait);
        Assert.NotNull(cut.Find("button.ask-send"));
    }
}
