using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation;

namespace StoryExhibit.Core.Jobs;

/// <summary>
/// Runs queued jobs: one queue per <see cref="JobKind"/>, at most its MaxConcurrency at once, oldest first. At start it
/// picks up what the last run left: queued jobs resume, a job that was running is queued once more (and failed if it
/// was already re-queued once). Stopping the exhibit leaves running jobs marked running so the next start finds them.
/// </summary>
public sealed class JobRunner : BackgroundService
{
    public const string RestartedError = "The exhibit restarted while this was being made.";
    private const string GenericError = "Something went wrong while making this. Please try again.";
    private static readonly TimeSpan ProgressWriteEvery = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Lane> _lanes;
    private readonly ConcurrentDictionary<Guid, RunningJob> _running = new();
    private readonly JobRecords _records;
    private readonly JobWatchers _watchers;
    private readonly IServiceProvider _services;
    private readonly ILogger<JobRunner> _log;

    public JobRunner(IEnumerable<JobKind> kinds, JobRecords records, JobWatchers watchers, IServiceProvider services, ILogger<JobRunner> log)
    {
        _lanes = kinds.GroupBy(k => k.Name).ToDictionary(g => g.Key, g => new Lane(g.Last()));
        _records = records;
        _watchers = watchers;
        _services = services;
        _log = log;
    }

    public JobKind? Kind(string name) => _lanes.GetValueOrDefault(name)?.Kind;
    public IEnumerable<JobKind> Kinds => _lanes.Values.Select(l => l.Kind);

    public void Enqueue(JobRecord record)
    {
        if (_lanes.TryGetValue(record.Kind, out var lane)) lane.Queue.Writer.TryWrite(record.Id);
    }

    /// <summary>Stops a job running here; false when it is not running here.</summary>
    public bool Cancel(Guid id)
    {
        if (!_running.TryGetValue(id, out var job)) return false;
        job.CancelledByPerson = true;
        job.Stop.Cancel();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        await ResumeAsync(stopping);
        await Task.WhenAll(_lanes.Values.Select(lane => DispatchAsync(lane, stopping)));
    }

    private async Task ResumeAsync(CancellationToken ct)
    {
        foreach (var record in await _records.UnderWayAsync(ct))
        {
            if (record.State == JobState.Running && record.Restarts >= 1)
            {
                record.State = JobState.Failed;
                record.Error = RestartedError;
                record.FinishedUtc = _records.UtcNow;
                ClearFolder(record.Id);
                _watchers.Publish(await _records.SaveAsync(record, ct));
                _log.LogWarning("Job {JobId} ({Kind}) failed: the exhibit restarted twice while it ran", record.Id, record.Kind);
                continue;
            }
            if (record.State == JobState.Running)
            {
                record.State = JobState.Queued;
                record.Restarts++;
                record.Progress = 0;
                record.ProgressText = null;
                record.StartedUtc = null;
                ClearFolder(record.Id);
                await _records.SaveAsync(record, ct);
                _log.LogInformation("Job {JobId} ({Kind}) queued again after a restart", record.Id, record.Kind);
            }
            if (!_lanes.ContainsKey(record.Kind))
            {
                record.State = JobState.Failed;
                record.Error = GenericError;
                record.FinishedUtc = _records.UtcNow;
                await _records.SaveAsync(record, ct);
                _log.LogError("Job {JobId} has kind {Kind} which is no longer registered", record.Id, record.Kind);
                continue;
            }
            Enqueue(record);
        }
    }

    private async Task DispatchAsync(Lane lane, CancellationToken stopping)
    {
        var running = new List<Task>();
        try
        {
            await foreach (var id in lane.Queue.Reader.ReadAllAsync(stopping))
            {
                await lane.Slots.WaitAsync(stopping);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(lane, id, stopping));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
        await Task.WhenAll(running);
    }

    private async Task RunAsync(Lane lane, Guid id, CancellationToken stopping)
    {
        try
        {
            // Known as running before it is claimed, so a cancel arriving in between finds it.
            using var job = new RunningJob(CancellationTokenSource.CreateLinkedTokenSource(stopping));
            _running[id] = job;
            try
            {
                if (!await _records.ClaimAsync(id, _records.UtcNow, stopping)) return;
                var record = (await _records.FindAsync(id, stopping))!;
                await RunClaimedAsync(lane.Kind, record, job, stopping);
            }
            finally { _running.TryRemove(id, out _); }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
        catch (Exception ex) { _log.LogError(ex, "Job {JobId} could not be run", id); }
        finally { lane.Slots.Release(); }
    }

    private async Task RunClaimedAsync(JobKind kind, JobRecord record, RunningJob job, CancellationToken stopping)
    {
        var folder = _records.FolderOf(record.Id);
        Directory.CreateDirectory(folder);
        var lastWrite = DateTime.MinValue;
        JobRun run = null!;
        run = new JobRun(record.Id, folder, async (fraction, line) =>
        {
            record.Progress = fraction;
            record.ProgressText = JobRecords.Trim(line, JobRecord.ProgressTextMax);
            record.StoryId = run.StoryId ?? record.StoryId;
            _watchers.Publish(JobRecords.Snapshot(record) with { Files = [.. run.Files] });
            if (_records.UtcNow - lastWrite < ProgressWriteEvery) return;
            lastWrite = _records.UtcNow;
            await _records.SaveProgressAsync(record.Id, record.Progress, record.ProgressText, record.StoryId, CancellationToken.None);
        }) { StoryId = record.StoryId };
        _watchers.Publish(JobRecords.Snapshot(record));
        _log.LogInformation("Job {JobId} ({Kind}) started", record.Id, kind.Name);
        try
        {
            var handler = JobHandlerAdapter.For(kind, _services);
            await handler.RunAsync(JobHandlerAdapter.Read(kind, record.InputJson), run, job.Stop.Token);
            job.Stop.Token.ThrowIfCancellationRequested();
            record.State = JobState.Succeeded;
            record.Progress = 1;
        }
        catch (OperationCanceledException) when (job.CancelledByPerson)
        {
            record.State = JobState.Cancelled;
            _log.LogInformation("Job {JobId} ({Kind}) cancelled", record.Id, kind.Name);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            _log.LogInformation("Job {JobId} ({Kind}) left running: the exhibit is stopping", record.Id, kind.Name);
            return;
        }
        catch (Exception ex) when (ex is GenerationException or JobInputException)
        {
            record.State = JobState.Failed;
            record.Error = ex.Message;
            _log.LogWarning(ex, "Job {JobId} ({Kind}) failed: {Reason}", record.Id, kind.Name, ex.Message);
        }
        catch (Exception ex)
        {
            record.State = JobState.Failed;
            record.Error = GenericError;
            _log.LogError(ex, "Job {JobId} ({Kind}) failed", record.Id, kind.Name);
        }
        record.StoryId = run.StoryId ?? record.StoryId;
        record.FinishedUtc = _records.UtcNow;
        record.FilesJson = System.Text.Json.JsonSerializer.Serialize(run.Files, JobRecords.Json);
        _watchers.Publish(await _records.SaveAsync(record, CancellationToken.None));
    }

    /// <summary>
    /// Empties the folder of a run the exhibit died in: the next run starts clean, and a process the dead run left
    /// behind (an ffmpeg still encoding) writes on into files no longer listed anywhere instead of into the new run's.
    /// </summary>
    private void ClearFolder(Guid id)
    {
        try
        {
            var folder = _records.FolderOf(id);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException ex) { _log.LogWarning(ex, "The folder of job {JobId} could not be emptied after a restart", id); }
        catch (UnauthorizedAccessException ex) { _log.LogWarning(ex, "The folder of job {JobId} could not be emptied after a restart", id); }
    }

    private sealed class Lane(JobKind kind)
    {
        public JobKind Kind => kind;
        public Channel<Guid> Queue { get; } = Channel.CreateUnbounded<Guid>();
        public SemaphoreSlim Slots { get; } = new(Math.Max(1, kind.MaxConcurrency));
    }

    private sealed class RunningJob(CancellationTokenSource stop) : IDisposable
    {
        public CancellationTokenSource Stop => stop;
        public volatile bool CancelledByPerson;
        public void Dispose() => stop.Dispose();
    }
}
