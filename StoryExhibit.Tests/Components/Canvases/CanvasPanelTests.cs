using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Web.Components.Canvases;

namespace StoryExhibit.Tests.Components.Canvases;

public sealed class CanvasPanelTests : ComponentTestContext
{
    private const string ModulePath = "./Components/Canvases/CanvasPanel.razor.js";
    private readonly CanvasHub hub = new();
    private readonly BunitJSModuleInterop module;

    public CanvasPanelTests()
    {
        Services.AddLogging();
        Services.AddSingleton(hub);
        module = JSInterop.SetupModule(ModulePath);
        module.SetupVoid("attach", _ => true).SetVoidResult();
        module.SetupVoid("show", _ => true).SetVoidResult();
        module.SetupVoid("detach", _ => true).SetVoidResult();
    }

    private CanvasFrame Frame(string alt) => new()
    {
        Id = hub.NextFrameId(),
        ChangedAt = new DateTimeOffset(2026, 11, 29, 12, 34, 56, 700, TimeSpan.Zero),
        Bytes = Encoding.UTF8.GetBytes(alt),
        MediaType = "image/svg+xml",
        AltText = alt,
    };

    [Fact]
    public async Task Shows_the_latest_frame_then_each_new_one_and_stops_watching_when_disposed()
    {
        var first = Frame("first");
        hub.Publish("lobby", first);
        var cut = Render<CanvasPanel>(p => p.Add(c => c.Slug, "lobby"));

        cut.WaitForAssertion(() => Assert.Equal(first.Id, cut.Find(".canvas-id").TextContent));
        Assert.Equal("2026-11-29T12:34:56.7000000Z", cut.Find("time.canvas-time").GetAttribute("datetime"));
        Assert.Equal(first.ChangedAt.ToLocalTime().ToString("HH:mm:ss.f", System.Globalization.CultureInfo.InvariantCulture), cut.Find("time.canvas-time").TextContent);
        Assert.Empty(cut.FindAll(".canvas-waiting"));
        Assert.Equal(1, hub.ViewerCount("lobby"));
        var attach = Assert.Single(module.Invocations["attach"]);
        Assert.Contains("screen = True", attach.Arguments[1]!.ToString());

        var second = Frame("second");
        hub.Publish("lobby", second);
        cut.WaitForAssertion(() => Assert.Equal(second.Id, cut.Find(".canvas-id").TextContent));

        // Only the notice crosses the circuit: the browser fetches the bytes from the frame's address.
        cut.WaitForAssertion(() => Assert.Equal(2, module.Invocations["show"].Count));
        var notices = module.Invocations["show"].Select(i => Assert.IsType<CanvasPanel.FrameNotice>(i.Arguments[1])).ToList();
        Assert.Equal([first.Id, second.Id], notices.Select(n => n.Id));
        Assert.Equal([true, false], notices.Select(n => n.Initial));
        Assert.Equal($"/canvas/lobby/frames/{second.Id}", notices[1].Url);
        Assert.Equal("second", notices[1].Alt);

        await cut.Instance.DisposeAsync();
        Assert.Equal(0, hub.ViewerCount("lobby"));
        Assert.Single(module.Invocations["detach"]);
    }

    [Fact]
    public void An_unknown_slug_waits_quietly_until_a_frame_is_published()
    {
        var cut = Render<CanvasPanel>(p => p.Add(c => c.Slug, "later-wall"));
        cut.WaitForAssertion(() => Assert.Equal(1, hub.ViewerCount("later-wall")));
        Assert.NotNull(cut.Find(".canvas-waiting[role=status]"));
        Assert.Empty(cut.FindAll(".canvas-label"));

        var frame = Frame("at last");
        hub.Publish("later-wall", frame);
        cut.WaitForAssertion(() => Assert.Equal(frame.Id, cut.Find(".canvas-id").TextContent));
        Assert.Empty(cut.FindAll(".canvas-waiting"));
    }

    [Fact]
    public void A_preview_follows_the_canvas_without_counting_as_a_screen()
    {
        var frame = Frame("preview");
        hub.Publish("lobby", frame);
        var cut = Render<CanvasPanel>(p => p.Add(c => c.Slug, "lobby").Add(c => c.Preview, true));
        cut.WaitForAssertion(() => Assert.Equal(frame.Id, cut.Find(".canvas-id").TextContent));
        Assert.Equal(0, hub.ViewerCount("lobby"));
        Assert.Contains("screen = False", Assert.Single(module.Invocations["attach"]).Arguments[1]!.ToString());
    }

    [Fact]
    public void The_corner_label_can_be_switched_off_and_on_again()
    {
        var first = Frame("clean");
        hub.Publish("lobby", first);
        var cut = Render<CanvasPanel>(p => p.Add(c => c.Slug, "lobby").Add(c => c.ShowCornerLabel, false));

        // The picture still arrives; only the time and frame id stay off the screen.
        cut.WaitForAssertion(() => Assert.Single(module.Invocations["show"]));
        Assert.Empty(cut.FindAll(".canvas-label"));
        Assert.Empty(cut.FindAll(".canvas-waiting"));

        cut.Render(p => p.Add(c => c.ShowCornerLabel, true));
        Assert.Equal(first.Id, cut.Find(".canvas-id").TextContent);
    }
}
