using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Components.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Writer;
using StoryExhibit.Web.Components.Studio.Writer;

namespace StoryExhibit.Tests.Components.Studio;

/// <summary>The writer page: inputs checked, the outline streamed and edited, the chapters started as a job whose progress and story link it shows.</summary>
public sealed class WriterPageTests : ComponentTestContext
{
    private readonly FakeJobs _jobs = new();

    public WriterPageTests()
    {
        Services.AddStorySessionForTests();
        Services.AddSingleton<IJobs>(_jobs);
    }

    public override async Task InitializeAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>().Where(h => h is DatabaseInitializer)) await hosted.StartAsync(default);
    }

    private IRenderedComponent<WriterPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        return Render<WriterPage>();
    }

    [Fact]
    public void Writing_an_outline_with_nothing_said_about_the_story_shows_what_is_missing_and_writes_nothing()
    {
        var page = RenderPage();
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("Tell the writer what happens in your story.", page.Markup));
        Assert.Empty(page.FindAll("#chapter-1-title"));
    }

    [Fact]
    public async Task The_outline_is_edited_then_the_chapters_start_as_a_job_with_the_edited_outline_and_the_story_link_shows_when_done()
    {
        var page = RenderPage();
        page.Find("#plot").Change("Juno must find the lost power crystal before the city lights go out");
        page.Find("#characters").Change("Juno, a tall engineer\nPip, a small robot");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("input[id$='-title'][id^='chapter-']").Count));

        page.Find("#chapter-2-title").Change("The Lights Flicker");
        page.Find("[aria-label='Remove chapter 5']").Click();
        page.Find("[aria-label='Move chapter 3 up']").Click();
        var third = page.Find("#chapter-2-title").GetAttribute("value");
        page.FindAll("button").Single(b => b.TextContent.Contains("Write the chapters")).Click();

        page.WaitForAssertion(() => Assert.Single(_jobs.Started));
        var (kind, input, owner, _) = _jobs.Started[0];
        Assert.Equal(JobKinds.Writer, kind);
        Assert.Equal(JobOwnerKind.Visitor, owner.Kind);
        var job = Assert.IsType<WriterJobInput>(input);
        Assert.Equal(4, job.Outline.Chapters.Count);
        Assert.Equal(third, job.Outline.Chapters[1].Title);
        Assert.Equal("The Lights Flicker", job.Outline.Chapters[2].Title);
        Assert.Contains("power crystal", job.Inputs.PlotElements);

        _jobs.Push(_jobs.Snapshot(JobState.Running, 0.25, "Chapter 2 of 4"));
        page.WaitForAssertion(() => Assert.Contains("Chapter 2 of 4", page.Markup));

        var story = await Services.GetRequiredService<StoryStore>().CreateAsync(new StoryExhibit.Core.Stories.Story { Seed = WriterSeed.From(job.Inputs, 4), Title = "Juno" }, default);
        _jobs.Push(_jobs.Snapshot(JobState.Succeeded, 1, "All 4 chapters written") with { StoryId = story.Id });
        page.WaitForAssertion(() => Assert.Equal($"/story/{story.SessionCode}", page.Find(".result a").GetAttribute("href")));
    }

    [Fact]
    public void A_hostile_chapter_summary_is_refused_before_any_job_starts()
    {
        var page = RenderPage();
        page.Find("#plot").Change("A lighthouse keeper finds a message in a bottle");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#chapter-2-summary")));

        page.Find("#chapter-2-summary").Change("The monster stabs Hugo with a knife and there is blood everywhere, damn it");
        page.FindAll("button").Single(b => b.TextContent.Contains("Write the chapters")).Click();

        page.WaitForAssertion(() => Assert.Contains("Please change what is marked", page.Markup));
        Assert.Empty(_jobs.Started);
    }
}
