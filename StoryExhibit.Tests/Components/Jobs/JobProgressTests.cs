using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Core.Jobs;
using StoryExhibit.Web.Components.Jobs;

namespace StoryExhibit.Tests.Components.Jobs;

/// <summary>The live progress component on the real job system with the test handler.</summary>
public sealed class JobProgressTests : ComponentTestContext
{
    private JobWorld _world = null!;

    public override async Task InitializeAsync()
    {
        _world = await JobWorld.StartAsync();
        Services.AddSingleton(_world.Jobs);
    }

    protected override async Task DisposeTestAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_line_follows_each_step_and_the_finished_job_links_its_file()
    {
        var job = await _world.StartAsync(new TestJobInput("shown", Steps: 2, Hold: true));
        var finished = new List<JobSnapshot>();
        var progress = Render<JobProgress>(p => p.Add(c => c.JobId, job.Id).Add(c => c.Label, "Your test").Add(c => c.OnFinished, s => finished.Add(s)));

        await _world.Gate.NextStartAsync();
        _world.Gate.Release();
        progress.WaitForAssertion(() => Assert.Contains("Step 1 of 2", progress.Find(".job-state").TextContent));
        _world.Gate.Release();

        progress.WaitForAssertion(() => Assert.Equal("Done.", progress.Find(".job-state").TextContent));
        Assert.Equal($"/jobs/{job.Id}/files/result.txt", progress.Find(".job-files a").GetAttribute("href"));
        Assert.Empty(progress.FindAll(".job-cancel"));
        // The finished line is drawn first, then the page is told: the callback may come a moment after "Done.".
        progress.WaitForAssertion(() => Assert.Equal(JobState.Succeeded, Assert.Single(finished).State));
    }

    [Fact]
    public async Task Cancel_stops_the_running_handler_and_says_so()
    {
        var job = await _world.StartAsync(new TestJobInput("stopped", Hold: true));
        var progress = Render<JobProgress>(p => p.Add(c => c.JobId, job.Id));
        await _world.Gate.NextStartAsync();

        progress.WaitForElement(".job-cancel").Click();

        progress.WaitForAssertion(() => Assert.Equal("Cancelled.", progress.Find(".job-state").TextContent));
        Assert.Equal(["stopped"], _world.Gate.Cancelled);
    }
}
