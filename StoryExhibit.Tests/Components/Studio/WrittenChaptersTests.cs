using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;
using StoryExhibit.Core.Writer;
using StoryExhibit.Tests.Components.Jobs;
using StoryExhibit.Web.Components.Studio.Writer;

namespace StoryExhibit.Tests.Components.Studio;

/// <summary>The writer page's chapters, shown one by one as the job saves them, their titles as headings and as words.</summary>
public sealed class WrittenChaptersTests : ComponentTestContext
{
    private readonly FakeJobs _jobs = new();

    public WrittenChaptersTests()
    {
        Services.AddStorySessionForTests();
        Services.AddSingleton<IJobs>(_jobs);
    }

    public override async Task InitializeAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>().Where(h => h is DatabaseInitializer)) await hosted.StartAsync(default);
    }

    private StoryStore Store => Services.GetRequiredService<StoryStore>();

    private async Task<Scene> SaveChapterAsync(StoryExhibit.Core.Stories.Story story, Scene? previous, int number, string title, string prose)
    {
        var scene = new Scene { StoryId = story.Id, ParentId = previous?.Id, ViaChoiceId = previous?.Choices.Single().Id, Number = number };
        await Store.AddSceneAsync(scene, default);
        scene.Prose = $"{SceneTitle.AsMarkdown(title)}\n\n{prose}";
        scene.State = SceneState.Complete;
        scene.Choices = [new Choice { SceneId = scene.Id, Position = 0, Text = "Next chapter" }];
        await Store.SaveSceneAsync(scene, default);
        return scene;
    }

    [Fact]
    public async Task Each_chapter_appears_as_soon_as_it_is_saved_with_its_title_as_a_heading_of_plain_words()
    {
        var story = await Store.CreateAsync(new StoryExhibit.Core.Stories.Story { Seed = WriterSeed.From(new WriterInputs { PlotElements = "A fox keeps a lighthouse" }, 3), Title = "The Fox" }, default);
        var cut = Render<WrittenChapters>(p => p.Add(c => c.JobId, _jobs.LastId));
        Assert.Empty(cut.FindAll("article"));

        var first = await SaveChapterAsync(story, null, 1, "Chapter 1: <img src=x onerror=alert(1)> The Harbour", "The fox climbed the stairs of the lighthouse.");
        _jobs.Push(_jobs.Snapshot(JobState.Running, 0.34, "Chapter 2 of 3") with { StoryId = story.Id });
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("article.written-chapter")));
        Assert.Equal("Chapter 1: <img src=x onerror=alert(1)> The Harbour", cut.Find("article h4").TextContent);
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("The fox climbed the stairs of the lighthouse.", cut.Find("article").TextContent);
        Assert.DoesNotContain("##", cut.Find("article").TextContent);

        await SaveChapterAsync(story, first, 2, "Chapter 2: The Storm", "Rain lashed the glass.");
        _jobs.Push(_jobs.Snapshot(JobState.Running, 0.67, "Chapter 3 of 3") with { StoryId = story.Id });
        cut.WaitForAssertion(() => Assert.Equal(["Chapter 1: <img src=x onerror=alert(1)> The Harbour", "Chapter 2: The Storm"],
            cut.FindAll("article h4").Select(h => h.TextContent)));
    }
}
