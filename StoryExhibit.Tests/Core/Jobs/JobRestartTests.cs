using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>The exhibit stopping mid-job and starting again on the same database and folder.</summary>
public sealed class JobRestartTests : IAsyncLifetime
{
    private JobWorld _world = null!;
    private string Folder => _world.Folder;

    public async Task InitializeAsync() => _world = await JobWorld.StartAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task RestartAsync()
    {
        await _world.StopAsync();
        _world = await JobWorld.StartAsync(Folder, clock: _world.Clock);
    }

    [Fact]
    public async Task A_job_running_at_a_restart_runs_again_and_a_queued_one_resumes_after_it()
    {
        var running = await _world.StartAsync(new TestJobInput("running", Hold: true));
        var queued = await _world.StartAsync(new TestJobInput("queued"));
        Assert.Equal("running", await _world.Gate.NextStartAsync());

        var leftOver = Path.Combine(JobFolder(running.Id), "half-written.mp4");
        await File.WriteAllTextAsync(leftOver, "what the first run was writing");

        await RestartAsync();

        Assert.Equal("running", await _world.Gate.NextStartAsync());
        // The second run starts from a clean folder: what the dead run (or a process it left behind) wrote is gone.
        Assert.False(File.Exists(leftOver));
        _world.Gate.Release();
        Assert.Equal("queued", await _world.Gate.NextStartAsync());
        Assert.Equal(JobState.Succeeded, (await _world.UntilFinishedAsync(running.Id))[^1].State);
        Assert.Equal(JobState.Succeeded, (await _world.UntilFinishedAsync(queued.Id))[^1].State);
    }

    [Fact]
    public async Task A_job_interrupted_by_a_second_restart_fails_with_the_reason_instead_of_running_for_ever()
    {
        var job = await _world.StartAsync(new TestJobInput("unlucky", Hold: true));
        await _world.Gate.NextStartAsync();
        await RestartAsync();
        await _world.Gate.NextStartAsync();
        await RestartAsync();

        var finished = (await _world.UntilFinishedAsync(job.Id))[^1];
        Assert.Equal((JobState.Failed, JobRunner.RestartedError), (finished.State, finished.Error));
        Assert.NotNull(finished.FinishedUtc);
        Assert.False(_world.Gate.AnyStartWaiting);
        Assert.Empty(Directory.GetDirectories(Folder, job.Id.ToString("N"), SearchOption.AllDirectories));
    }

    private string JobFolder(Guid id) => Directory.GetDirectories(Folder, id.ToString("N"), SearchOption.AllDirectories).Single();
}
