using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Video;
using StoryExhibit.Tests.Components.Jobs;
using StoryExhibit.Web.Components.Video;
using StoryExhibit.Web.Exhibit;

namespace StoryExhibit.Tests.Components.Video;

/// <summary>The story page's "Make a video": starts the job as the visitor, shows its progress, then plays the result with captions.</summary>
public sealed class MakeVideoTests : ComponentTestContext
{
    private readonly FakeJobs _jobs = new();
    private readonly StoryExhibit.Core.Stories.Story _story = new() { Title = "The Silver Compass", SessionCode = "OTTER-LANTERN-MANGO-48213", Seed = new StorySeed { Prompt = "A compass", Genre = "Adventure" } };
    private static readonly JobFile Mp4 = new("story.mp4", "video/mp4", 2_000_000);
    private static readonly JobFile Vtt = new("story.vtt", "text/vtt", 900);

    public MakeVideoTests()
    {
        Services.AddSingleton(new VisitorIdentity(new HttpContextAccessor()));
        Services.AddSingleton<IJobs>(_jobs);
    }

    private IRenderedComponent<MakeVideo> RenderIt(bool writing = false) =>
        Render<MakeVideo>(p => p.Add(c => c.Story, _story).Add(c => c.Writing, writing));

    [Fact]
    public void The_button_starts_a_video_job_for_the_story_as_this_visitor_and_the_bar_moves_until_the_video_plays_with_captions()
    {
        var cut = RenderIt();
        Assert.Empty(cut.FindAll("video"));

        cut.Find(".make-video-start").Click();

        var (kind, input, owner, storyId) = Assert.Single(_jobs.Started);
        Assert.Equal(JobKinds.Video, kind);
        Assert.Equal(new VideoInput(_story.SessionCode), input);
        Assert.Equal(JobOwner.Visitor(Services.GetRequiredService<VisitorIdentity>().Key), owner);
        Assert.Equal(_story.Id, storyId);

        var id = _jobs.LastId;
        _jobs.Push(FakeJobs.Snapshot(id, JobState.Running, 0.5, "Scene 2 of 4"));
        cut.WaitForAssertion(() => Assert.Equal("Scene 2 of 4", cut.Find(".job-state").TextContent));
        Assert.Empty(cut.FindAll("video"));

        _jobs.Push(FakeJobs.Snapshot(id, JobState.Succeeded, 1, "Done", Mp4, Vtt));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("video")));
        var video = cut.Find("video.make-video-player");
        Assert.Equal($"/jobs/{id}/files/story.mp4?code=OTTER-LANTERN-MANGO-48213", video.GetAttribute("src"));
        Assert.True(video.HasAttribute("controls"));
        var track = cut.Find("video track");
        Assert.Equal(("captions", $"/jobs/{id}/files/story.vtt?code=OTTER-LANTERN-MANGO-48213"), (track.GetAttribute("kind"), track.GetAttribute("src")));
        var download = cut.Find("a.make-video-download");
        Assert.Equal($"/jobs/{id}/files/story.mp4?code=OTTER-LANTERN-MANGO-48213", download.GetAttribute("href"));
        Assert.Equal("otter-lantern-mango-48213.mp4", download.GetAttribute("download"));
        Assert.Empty(cut.FindAll(".job-progress"));
    }

    [Fact]
    public void A_visitor_coming_back_finds_the_video_made_before()
    {
        var earlier = Guid.NewGuid();
        _jobs.Existing.Add(FakeJobs.Snapshot(earlier, JobState.Succeeded, 1, "Done", Mp4, Vtt) with { Kind = JobKinds.Video, FinishedUtc = DateTime.UtcNow });

        var cut = RenderIt();

        Assert.Equal($"/jobs/{earlier}/files/story.mp4?code=OTTER-LANTERN-MANGO-48213", cut.Find("video").GetAttribute("src"));
        Assert.Empty(_jobs.Started);
    }

    [Fact]
    public void A_refused_start_says_why_and_nothing_starts_while_a_scene_is_written()
    {
        _jobs.Refusal = new JobLimitException("You already have two jobs under way.");
        var cut = RenderIt();
        cut.Find(".make-video-start").Click();
        Assert.Equal("You already have two jobs under way.", cut.Find(".make-video-problem").TextContent.Trim());
        Assert.Empty(cut.FindAll(".job-progress"));

        var writing = Render<MakeVideo>(p => p.Add(c => c.Story, _story).Add(c => c.Writing, true));
        Assert.True(writing.Find("button.make-video-start").HasAttribute("disabled"));
    }
}
