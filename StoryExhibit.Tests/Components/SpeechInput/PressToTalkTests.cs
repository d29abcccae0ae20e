using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Web.Components.SpeechInput;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.SpeechInput;

namespace StoryExhibit.Tests.Components.SpeechInput;

/// <summary>The button's states as the browser reports them (the recording itself is proved in the browser test).</summary>
public sealed class PressToTalkTests : ComponentTestContext
{
    private readonly List<string> _heard = [];

    public PressToTalkTests() => Services.AddStorySessionForTests();

    public override async Task InitializeAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    private IRenderedComponent<PressToTalk> RenderTalk()
    {
        _host = Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<PressToTalk>(1);
            b.AddAttribute(2, nameof(PressToTalk.Heard), EventCallback.Factory.Create<string>(this, words => _heard.Add(words)));
            b.CloseComponent();
        });
        return _host.FindComponent<PressToTalk>();
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<PressToTalk> cut) => cut.Find("button.talk-button");
    private static string Status(IRenderedComponent<PressToTalk> cut) => cut.Find("[role=status]").TextContent;

    [Fact]
    public async Task The_microphone_is_asked_for_first_and_a_ticket_is_given_only_after_consent()
    {
        var talk = RenderTalk();
        Assert.Contains("Press to talk", Button(talk).TextContent);
        Assert.Equal("false", Button(talk).GetAttribute("aria-pressed"));
        Assert.Equal("polite", talk.Find("[role=status]").GetAttribute("aria-live"));

        Assert.Null(await talk.InvokeAsync(() => talk.Instance.BeginAsync()));
        _host.WaitForAssertion(() => Assert.Contains("May we use the microphone?", DialogText()));
        FindButton("Allow microphone").Click();

        talk.WaitForAssertion(() => Assert.Contains("Now hold the button", Status(talk)));
        Assert.True(Services.GetRequiredService<MicrophoneConsent>().Granted);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
            Assert.Equal([(ConsentPurposes.Microphone, true)], await db.Consents.Select(c => ValueTuple.Create(c.Purpose, c.Granted)).ToListAsync());

        var ticket = await talk.InvokeAsync(() => talk.Instance.BeginAsync());
        Assert.NotNull(ticket);
        var context = Services.GetRequiredService<SpeechInputTickets>().Redeem(ticket, Services.GetRequiredService<VisitorIdentity>().Key);
        Assert.Equal(VisitorTextField.OwnChoice, context?.Box);
        Assert.Null(Services.GetRequiredService<SpeechInputTickets>().Redeem(ticket, Services.GetRequiredService<VisitorIdentity>().Key)); // once only
    }

    [Fact]
    public async Task No_thanks_keeps_the_microphone_off()
    {
        var talk = RenderTalk();
        await talk.InvokeAsync(() => talk.Instance.BeginAsync());
        _host.WaitForAssertion(() => Assert.Contains("May we use the microphone?", DialogText()));
        FindButton("No thanks").Click();

        talk.WaitForAssertion(() => Assert.Contains("the microphone stays off", Status(talk)));
        Assert.Null(await talk.InvokeAsync(() => talk.Instance.BeginAsync()));
    }

    [Fact]
    public async Task Recording_then_finding_words_then_the_words_go_to_the_box()
    {
        Services.GetRequiredService<MicrophoneConsent>().Granted = true;
        var talk = RenderTalk();

        await talk.InvokeAsync(() => talk.Instance.Recording(pressAgainToStop: false));
        Assert.Equal("true", Button(talk).GetAttribute("aria-pressed"));
        Assert.Contains("Listening", Button(talk).TextContent);
        Assert.Contains("Speak now, then let go.", Status(talk));

        await talk.InvokeAsync(() => talk.Instance.Recording(pressAgainToStop: true));
        Assert.Contains("Press to stop", Button(talk).TextContent);
        Assert.Contains("press the button again to stop", Status(talk));

        await talk.InvokeAsync(() => talk.Instance.Transcribing());
        Assert.True(Button(talk).HasAttribute("disabled"));
        Assert.Contains("Finding your words", Status(talk));

        await talk.InvokeAsync(() => talk.Instance.ReplyAsync(new SpeechInputReply("the dragon learns to fly", null, null)));
        Assert.Equal(["the dragon learns to fly"], _heard);
        Assert.Contains("Your words are in the box", Status(talk));
        Assert.Equal("false", Button(talk).GetAttribute("aria-pressed"));
    }

    [Theory]
    [InlineData("denied", "The microphone was not allowed")]
    [InlineData("none", "no microphone we can use")]
    [InlineData("silence", "We did not hear any words")]
    [InlineData("failed", "We could not make out the words")]
    public async Task A_recording_that_fails_is_explained_kindly(string kind, string expected)
    {
        var talk = RenderTalk();
        await talk.InvokeAsync(() => talk.Instance.Recording(false));
        await talk.InvokeAsync(() => talk.Instance.Failed(kind));
        Assert.Contains(expected, Status(talk));
        Assert.Contains("problem", talk.Find("[role=status]").ClassName);
        Assert.Empty(_heard);
    }

    [Fact]
    public async Task Refused_words_never_reach_the_box()
    {
        var talk = RenderTalk();
        await talk.InvokeAsync(() => talk.Instance.ReplyAsync(new SpeechInputReply(null, "Let's keep the story kind.", "refused")));
        Assert.Contains("Let's keep the story kind.", Status(talk));
        Assert.Empty(_heard);
    }

    private IRenderedComponent<Bunit.Rendering.ContainerFragment> _host = null!;

    private string DialogText() => string.Concat(_host.FindAll(".mud-dialog").Select(d => d.TextContent));

    private AngleSharp.Dom.IElement FindButton(string text) => _host.FindAll(".mud-dialog button").First(b => b.TextContent.Contains(text));
}
