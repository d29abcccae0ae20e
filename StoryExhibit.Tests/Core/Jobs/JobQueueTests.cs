using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>The job system on a real SQLite file with a test handler: queue order, concurrency, progress, cancel, failures.</summary>
public sealed class JobQueueTests : IAsyncLifetime
{
    private JobWorld _world = null!;

    public async Task InitializeAsync() => _world = await JobWorld.StartAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_kind_runs_one_job_at_a_time_in_the_order_they_were_queued()
    {
        var jobs = new List<JobSnapshot>();
        foreach (var name in new[] { "first", "second", "third" })
            jobs.Add(await _world.StartAsync(new TestJobInput(name, Hold: true), owner: JobOwner.Staff(name)));

        foreach (var name in new[] { "first", "second", "third" })
        {
            Assert.Equal(name, await _world.Gate.NextStartAsync());
            _world.Gate.Release();
        }
        foreach (var job in jobs) Assert.Equal(JobState.Succeeded, (await _world.UntilFinishedAsync(job.Id))[^1].State);
        Assert.Equal(1, _world.Gate.MostAtOnce);
    }

    [Fact]
    public async Task Times_read_back_from_the_database_say_they_are_utc()
    {
        var job = await _world.StartAsync(new TestJobInput("clock"));
        await _world.UntilFinishedAsync(job.Id);
        var stored = (await _world.Jobs.ListAsync(null, null, 10, default)).Single(j => j.Id == job.Id);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.StartedUtc!.Value.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.FinishedUtc!.Value.Kind);
        Assert.EndsWith("Z", System.Text.Json.JsonSerializer.Serialize(stored.CreatedUtc).Trim('"'));
    }

    [Fact]
    public async Task A_kind_with_room_for_two_runs_two_at_once_and_the_others_wait_queued()
    {
        var jobs = new List<JobSnapshot>();
        for (var i = 0; i < 4; i++) jobs.Add(await _world.StartAsync(new TestJobInput($"job {i}", Hold: true), TestJobHandler.PairKind, JobOwner.Staff($"s{i}")));

        var firstTwo = new[] { await _world.Gate.NextStartAsync(), await _world.Gate.NextStartAsync() };
        Assert.Equal(["job 0", "job 1"], firstTwo.Order());
        Assert.Equal([JobState.Queued, JobState.Queued], [(await _world.Jobs.FindAsync(jobs[2].Id, default))!.State, (await _world.Jobs.FindAsync(jobs[3].Id, default))!.State]);

        _world.Gate.Release(4);
        foreach (var job in jobs) Assert.Equal(JobState.Succeeded, (await _world.UntilFinishedAsync(job.Id))[^1].State);
        Assert.Equal(2, _world.Gate.MostAtOnce);
    }

    [Fact]
    public async Task A_watcher_sees_every_step_then_the_finished_job_with_its_file()
    {
        var job = await _world.StartAsync(new TestJobInput("stepped", Steps: 3, Hold: true));
        var watching = _world.UntilFinishedAsync(job.Id);
        await _world.Gate.NextStartAsync();
        _world.Gate.Release(3);

        var seen = await watching;
        var lines = seen.Where(s => s.State == JobState.Running).Select(s => s.ProgressText).Distinct().ToList();
        Assert.Equal(["Step 1 of 3", "Step 2 of 3", "Step 3 of 3"], lines.Where(l => l is not null));
        var done = seen[^1];
        Assert.Equal((JobState.Succeeded, 1.0), (done.State, done.Progress));
        Assert.NotNull(done.StartedUtc);
        Assert.NotNull(done.FinishedUtc);
        Assert.Equal("result.txt", Assert.Single(done.Files).Name);
        var path = await _world.Jobs.FilePathAsync(job.Id, "result.txt", default);
        Assert.Equal("stepped", await File.ReadAllTextAsync(path!));
        Assert.StartsWith(Path.Combine(_world.Folder, "jobs", job.Id.ToString("N")), path);
        Assert.Null(await _world.Jobs.FilePathAsync(job.Id, "../stories.db", default));
        var found = (await _world.Jobs.FindAsync(job.Id, default))!;
        Assert.Equal((JobState.Succeeded, "result.txt"), (found.State, Assert.Single(found.Files).Name));
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_its_handler_and_a_queued_one_never_starts()
    {
        var running = await _world.StartAsync(new TestJobInput("running", Hold: true));
        var queued = await _world.StartAsync(new TestJobInput("queued", Hold: true));
        Assert.Equal("running", await _world.Gate.NextStartAsync());

        Assert.True(await _world.Jobs.CancelAsync(queued.Id, default));
        Assert.True(await _world.Jobs.CancelAsync(running.Id, default));

        Assert.Equal(JobState.Cancelled, (await _world.UntilFinishedAsync(running.Id))[^1].State);
        Assert.Equal(JobState.Cancelled, (await _world.UntilFinishedAsync(queued.Id))[^1].State);
        Assert.Equal(["running"], _world.Gate.Cancelled);
        Assert.False(await _world.Jobs.CancelAsync(running.Id, default));
        Assert.False(await _world.Jobs.CancelAsync(Guid.NewGuid(), default));

        // The lane is free again: the queued job was skipped, the next one runs.
        var next = await _world.StartAsync(new TestJobInput("next"));
        Assert.Equal("next", await _world.Gate.NextStartAsync());
        Assert.Equal(JobState.Succeeded, (await _world.UntilFinishedAsync(next.Id))[^1].State);
    }

    [Fact]
    public async Task A_failure_shows_the_handlers_visitor_message_or_a_plain_sentence_without_details()
    {
        var refused = await _world.StartAsync(new TestJobInput("refused", FailWith: "That web page has no story text."), owner: JobOwner.Staff("a"));
        var crashed = await _world.StartAsync(new TestJobInput("crashed", Crash: true), owner: JobOwner.Staff("b"));

        var refusedDone = (await _world.UntilFinishedAsync(refused.Id))[^1];
        var crashedDone = (await _world.UntilFinishedAsync(crashed.Id))[^1];
        Assert.Equal((JobState.Failed, "That web page has no story text."), (refusedDone.State, refusedDone.Error));
        Assert.Equal(JobState.Failed, crashedDone.State);
        Assert.False(string.IsNullOrWhiteSpace(crashedDone.Error));
        Assert.DoesNotContain("hunter2", crashedDone.Error);
        Assert.Empty(crashedDone.Files);
    }

    [Fact]
    public async Task Input_the_handler_refuses_is_not_queued_and_says_what_is_wrong()
    {
        var refused = await Assert.ThrowsAsync<JobInputException>(() => _world.StartAsync(new TestJobInput(" ", Steps: 0)));

        Assert.Contains("Name: please give the job a name.", refused.Message);
        Assert.Contains("Steps: from 1 to 100.", refused.Message);
        Assert.Empty(await _world.Jobs.ListAsync(null, null, 10, default));
        await Assert.ThrowsAsync<ArgumentException>(() => _world.Jobs.StartAsync("no-such-kind", new TestJobInput("x"), JobOwner.Staff("a"), null, default));
    }

    [Fact]
    public async Task The_list_is_newest_first_and_filters_by_owner_and_story()
    {
        var story = Guid.NewGuid();
        var mine = await _world.Jobs.StartAsync(TestJobHandler.PairKind, new TestJobInput("mine"), JobOwner.Visitor("me"), story, default);
        var theirs = await _world.Jobs.StartAsync(TestJobHandler.PairKind, new TestJobInput("theirs"), JobOwner.Visitor("them"), null, default);
        // Started as object, the way the API starts any kind.
        var api = await _world.Jobs.StartAsync<object>(TestJobHandler.PairKind, new TestJobInput("api"), JobOwner.ApiKey(Guid.NewGuid()), null, default);

        Assert.Equal([api.Id, theirs.Id, mine.Id], (await _world.Jobs.ListAsync(null, null, 10, default)).Select(j => j.Id));
        Assert.Equal([mine.Id], (await _world.Jobs.ListAsync(JobOwner.Visitor("me"), null, 10, default)).Select(j => j.Id));
        Assert.Equal([mine.Id], (await _world.Jobs.ListAsync(null, story, 10, default)).Select(j => j.Id));
        Assert.Equal(2, (await _world.Jobs.ListAsync(null, null, 2, default)).Count);
    }
}
