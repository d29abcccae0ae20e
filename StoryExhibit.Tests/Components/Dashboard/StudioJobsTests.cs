using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Components.Jobs;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Dashboard.Jobs;

namespace StoryExhibit.Tests.Components.Dashboard;

/// <summary>The dashboard's studio jobs: every job with its state, live; only admins may cancel, after a second press.</summary>
public sealed class StudioJobsTests : ComponentTestContext
{
    private readonly FakeJobs _jobs = new();
    private readonly JobSnapshot _video = FakeJobs.Snapshot(Guid.NewGuid(), JobState.Running, 0.4, "Scene 2 of 5") with { Kind = JobKinds.Video, StartedUtc = DateTime.UtcNow };
    private readonly JobSnapshot _pdf = FakeJobs.Snapshot(Guid.NewGuid(), JobState.Failed) with { Kind = JobKinds.Pdf, Error = "The disk is full.", FinishedUtc = DateTime.UtcNow };
    private readonly JobSnapshot _epub = FakeJobs.Snapshot(Guid.NewGuid(), JobState.Succeeded, 1, null, new JobFile("story.epub", "application/epub+zip", 4000)) with { Kind = JobKinds.Epub };
    private readonly JobSnapshot _writer = FakeJobs.Snapshot(Guid.NewGuid(), JobState.Cancelled) with { Kind = JobKinds.Writer };
    private readonly JobSnapshot _queued = FakeJobs.Snapshot(Guid.NewGuid(), JobState.Queued) with { Kind = JobKinds.Illustrator };

    public StudioJobsTests()
    {
        Services.AddSingleton<IJobs>(_jobs);
        Services.AddScoped<CurrentStaff>();
        _jobs.Existing.AddRange([_video, _pdf, _epub, _writer, _queued]);
        _jobs.Owners[_video.Id] = (JobOwnerKind.Visitor, null, "OTTER-LANTERN-MANGO-48213");
        _jobs.Owners[_pdf.Id] = (JobOwnerKind.ApiKey, "Museum website", null);
        _jobs.Owners[_epub.Id] = (JobOwnerKind.Staff, "ana", null);
    }

    private IRenderedComponent<StudioJobs> RenderAs(string role)
    {
        AddAuthorization().SetAuthorized("sam").SetRoles(role);
        return Render<StudioJobs>();
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<StudioJobs> cut, JobSnapshot job) => cut.Find($"tr.sj-{job.Id:N}");
    private static string Cell(IRenderedComponent<StudioJobs> cut, JobSnapshot job, string label) =>
        Row(cut, job).QuerySelector($"td[data-label='{label}']")!.TextContent.Trim();

    [Fact]
    public void Every_job_shows_its_kind_state_in_words_owner_story_error_and_files()
    {
        var cut = RenderAs("Staff");

        Assert.Equal(5, cut.FindAll("tr.sj-row").Count);
        Assert.Equal(["Narrated video", "PDF export", "EPUB export", "Story writer", "Illustrations"], cut.FindAll("tr.sj-row .sj-kind").Select(c => c.TextContent.Trim()));
        Assert.Equal(["Running", "Failed", "Done", "Cancelled", "Queued"], cut.FindAll("tr.sj-row .sj-state").Select(c => c.TextContent.Trim()));
        Assert.Contains("40 % · Scene 2 of 5", Cell(cut, _video, "Progress"));
        Assert.NotNull(Row(cut, _video).QuerySelector(".mud-progress-linear"));
        Assert.Equal("The disk is full.", Cell(cut, _pdf, "Progress"));
        Assert.Equal($"/jobs/{_epub.Id}/files/story.epub", Row(cut, _epub).QuerySelector(".sj-files a")!.GetAttribute("href"));
        Assert.Equal(("Visitor", "API key: Museum website", "Staff: ana"), (Cell(cut, _video, "Started by"), Cell(cut, _pdf, "Started by"), Cell(cut, _epub, "Started by")));
        Assert.Equal("/story/OTTER-LANTERN-MANGO-48213", Row(cut, _video).QuerySelector(".sj-story a")!.GetAttribute("href"));
        Assert.Equal("–", Cell(cut, _pdf, "Story"));
        Assert.NotEqual("–", Cell(cut, _pdf, "Finished"));
        Assert.Equal("–", Cell(cut, _video, "Finished"));
        Assert.StartsWith("queued ", Cell(cut, _queued, "Started"));
    }

    [Fact]
    public void A_staff_member_who_is_not_an_admin_sees_the_jobs_but_no_cancel()
    {
        var cut = RenderAs("Staff");

        Assert.Equal(5, cut.FindAll("tr.sj-row").Count);
        Assert.Empty(cut.FindAll(".sj-cancel"));
    }

    [Fact]
    public void An_admin_cancels_a_running_job_with_a_second_press_and_the_row_follows_it_to_cancelled()
    {
        var cut = RenderAs("Admin");
        Assert.Equal(2, cut.FindAll(".sj-cancel").Count); // the running and the queued job; finished ones have nothing to cancel

        Row(cut, _video).QuerySelector(".sj-cancel")!.Click();
        Assert.Empty(_jobs.Cancelled);
        Assert.Contains("Confirm cancel", Row(cut, _video).QuerySelector(".sj-cancel")!.TextContent);

        Row(cut, _video).QuerySelector(".sj-cancel")!.Click();
        Assert.Equal([_video.Id], _jobs.Cancelled);

        _jobs.Push(_video with { State = JobState.Cancelled, FinishedUtc = DateTime.UtcNow });
        cut.WaitForAssertion(() => Assert.Equal("Cancelled", Row(cut, _video).QuerySelector(".sj-state")!.TextContent.Trim()));
        Assert.Null(Row(cut, _video).QuerySelector(".sj-cancel"));
    }

    [Fact]
    public void The_second_press_cancels_even_when_the_list_was_read_again_between_the_presses()
    {
        AddAuthorization().SetAuthorized("sam").SetRoles("Admin");
        var cut = Render<StudioJobs>(p => p.Add(c => c.RefreshEvery, TimeSpan.FromMilliseconds(20)));
        // The table re-renders every 20 ms here: a press is retried when it lands on a button re-rendered (with a new handler) meanwhile.
        void Press() => cut.WaitForAssertion(() => Row(cut, _video).QuerySelector(".sj-cancel")!.Click());
        Press();
        var reads = _jobs.OverviewReads;
        cut.WaitForState(() => _jobs.OverviewReads >= reads + 3);

        cut.WaitForAssertion(() => Assert.Contains("Confirm cancel", Row(cut, _video).QuerySelector(".sj-cancel")!.TextContent));
        Press();
        Assert.Equal([_video.Id], _jobs.Cancelled);
    }

    [Fact]
    public async Task A_running_jobs_row_stays_the_same_row_when_the_list_is_read_again_with_the_job_moved_on()
    {
        // A row made anew loses the keyboard's place on its Cancel button (the table keys its rows by item).
        AddAuthorization().SetAuthorized("sam").SetRoles("Admin");
        var cut = Render<StudioJobs>(p => p.Add(c => c.RefreshEvery, TimeSpan.FromMilliseconds(20)));
        StudioJobRow VideoRow() => cut.FindComponents<StudioJobRow>().Single(row => row.Instance.Item.Job.Id == _video.Id).Instance;
        var before = VideoRow();

        await cut.InvokeAsync(() => _jobs.Existing[0] = _video with { Progress = 0.6, ProgressText = "Scene 3 of 5" });
        cut.WaitForAssertion(() => Assert.Equal(0.6, VideoRow().Item.Job.Progress));
        var reads = _jobs.OverviewReads;
        cut.WaitForState(() => _jobs.OverviewReads >= reads + 2);

        Assert.Same(before, VideoRow());
    }

    [Fact]
    public void The_cancel_checks_the_admin_role_again_when_it_happens()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("sam").SetRoles("Admin");
        var cut = Render<StudioJobs>();
        Row(cut, _video).QuerySelector(".sj-cancel")!.Click();

        authorization.SetRoles("Staff"); // no longer an admin while the page is still open
        Assert.Contains("Confirm cancel", Row(cut, _video).QuerySelector(".sj-cancel")!.TextContent);
        Row(cut, _video).QuerySelector(".sj-cancel")!.Click();

        Assert.Empty(_jobs.Cancelled);
    }

    [Fact]
    public void A_running_job_moves_on_the_dashboard_as_it_progresses()
    {
        var cut = RenderAs("Staff");

        _jobs.Push(_video with { Progress = 0.8, ProgressText = "Scene 4 of 5" });
        cut.WaitForAssertion(() => Assert.Contains("80 % · Scene 4 of 5", Cell(cut, _video, "Progress")));
        _jobs.Push(_queued with { State = JobState.Running, Progress = 0.1, ProgressText = "Painting scene 1" });
        cut.WaitForAssertion(() => Assert.Equal("Running", Row(cut, _queued).QuerySelector(".sj-state")!.TextContent.Trim()));

        _jobs.Push(_video with { State = JobState.Succeeded, Progress = 1, Files = [new JobFile("story.mp4", "video/mp4", 2_000_000)] });
        cut.WaitForAssertion(() => Assert.Equal($"/jobs/{_video.Id}/files/story.mp4", Row(cut, _video).QuerySelector(".sj-files a")?.GetAttribute("href")));
        Assert.Equal("Done", Row(cut, _video).QuerySelector(".sj-state")!.TextContent.Trim());
    }

    [Fact]
    public void With_no_jobs_it_says_so_and_with_many_it_counts_those_not_shown()
    {
        _jobs.Existing.Clear();
        var empty = RenderAs("Admin");
        Assert.Contains("No studio jobs yet", empty.Find(".sj-empty").TextContent);
        Assert.Empty(empty.FindAll("tr.sj-row"));

        _jobs.Existing.AddRange([_video, _pdf]);
        _jobs.Total = 120;
        var many = Render<StudioJobs>();
        Assert.Contains("and 118 older jobs not shown", many.Find(".sj-more").TextContent);
        Assert.Contains("newest 2 of 120", many.Find(".sj-count").TextContent);
    }
}
