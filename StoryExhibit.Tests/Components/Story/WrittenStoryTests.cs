using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Writer;
using StoryExhibit.Tests.Core.Writer;
using StoryExhibit.Web.Components.Story;
using StoryExhibit.Web.Components.Story.Layouts;

namespace StoryExhibit.Tests.Components.Story;

/// <summary>A story the writer wrote, read on the story page: chapter titles are headings, and chapters written ahead are not "read before".</summary>
public sealed class WrittenStoryTests : ComponentTestContext
{
    private WriterHost _host = null!;

    public WrittenStoryTests() => Services.AddStorySessionForTests();

    public override async Task InitializeAsync() => _host = await WriterHost.StartAsync();
    protected override async Task DisposeTestAsync() => await _host.DisposeAsync();

    private async Task<(StoryExhibit.Core.Stories.Story Story, WriterOutline Outline)> WriteAsync()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var run = new JobRun(Guid.NewGuid(), _host.Folder, (_, _) => Task.CompletedTask);
        await _host.Handler.RunAsync(new WriterJobInput(WriterHost.Sample, outline), run, default);
        var story = await _host.Store.GetAsync(run.StoryId!.Value, default);
        return (story!, outline);
    }

    [Fact]
    public async Task A_chapter_title_is_the_scene_heading_and_not_a_paragraph()
    {
        var (story, outline) = await WriteAsync();
        var cut = Render<NovellaLayout>(p => p.Add(c => c.Tree, new StoryTree(story.Scenes, story.CurrentSceneId)));

        var heading = cut.Find("article.scene.current h2");
        Assert.Contains($"Chapter 1: {outline.Chapters[0].Title}", heading.TextContent);
        Assert.DoesNotContain(cut.FindAll(".prose p"), p => p.TextContent.Contains("Chapter 1", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".prose h1, .prose h2")); // the scene's heading is the page's only h2 for it
        Assert.Contains("Juno", cut.Find("article.scene.current .prose").TextContent);
    }

    [Fact]
    public void A_hostile_chapter_title_is_shown_as_its_words()
    {
        var scene = new Scene { Number = 1, State = SceneState.Complete, Prose = "## Chapter 1: <img src=x onerror=alert(1)> [go](javascript:alert(2))\n\nThe lamp went out." };
        var cut = Render<NovellaLayout>(p => p.Add(c => c.Tree, new StoryTree([scene], scene.Id)));

        Assert.Contains("Chapter 1: <img src=x onerror=alert(1)> go", cut.Find("article.scene h2").TextContent);
        Assert.Empty(cut.FindAll("article.scene img, article.scene a"));
        Assert.Equal("The lamp went out.", cut.Find(".prose p").TextContent);
    }

    [Fact]
    public async Task The_next_chapter_is_read_before_only_once_the_visitor_has_opened_it()
    {
        var (story, _) = await WriteAsync();
        var cut = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(story.Scenes, story.CurrentSceneId)));
        var choice = Assert.Single(cut.FindAll("button.choice"));
        Assert.DoesNotContain("read before", choice.TextContent);

        var first = story.CurrentSceneId!.Value;
        var second = new StoryTree(story.Scenes, first).ChildrenOf(first).Single();
        var engine = _host.Services.GetRequiredService<StoryEngine>();
        await engine.MoveToAsync(story, second.Id, default);
        await engine.MoveToAsync(story, first, default); // back to the first chapter through the story tree
        var reopened = (await _host.Store.FindByCodeAsync(story.SessionCode, default))!;
        var again = Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(reopened.Scenes, reopened.CurrentSceneId)));
        Assert.Contains("read before", again.Find("button.choice").TextContent);
        Assert.DoesNotContain("read before", Render<ChoicePanel>(p => p.Add(c => c.Tree, new StoryTree(reopened.Scenes, second.Id))).Find("button.choice").TextContent);
    }
}
