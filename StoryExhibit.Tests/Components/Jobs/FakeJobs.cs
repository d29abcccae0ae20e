using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Components.Jobs;

/// <summary>
/// A job system for page tests: records what was started, refuses when told to, and plays the snapshots a test
/// pushes to whoever watches that job. (The real one is tested in Core/Jobs and with JobProgress.)
/// </summary>
public sealed class FakeJobs : IJobs
{
    private readonly Lock _gate = new();
    private readonly List<(Guid Id, Channel<JobSnapshot> Channel)> _watchers = [];
    /// <summary>Snapshots pushed while nobody watched their job: the next watcher of that job gets them.</summary>
    private readonly List<JobSnapshot> _unwatched = [];

    public List<(string Kind, object Input, JobOwner Owner, Guid? StoryId)> Started { get; } = [];
    /// <summary>Jobs that exist already (found, listed, watched).</summary>
    public List<JobSnapshot> Existing { get; } = [];
    public Dictionary<string, string> FilePaths { get; } = [];
    /// <summary>Who started an existing job and its story's code, as staff see them; a job not here is a visitor's.</summary>
    public Dictionary<Guid, (JobOwnerKind Kind, string? Name, string? StoryCode)> Owners { get; } = [];
    /// <summary>The jobs asked to be cancelled.</summary>
    public List<Guid> Cancelled { get; } = [];
    /// <summary>How many jobs there are in all (the dashboard's count), when more than <see cref="Existing"/>.</summary>
    public int? Total { get; set; }
    /// <summary>When set, starting a job is refused with this exception.</summary>
    public Exception? Refusal { get; set; }
    /// <summary>The id of the last job started.</summary>
    public Guid LastId { get; private set; } = Guid.NewGuid();

    public static JobSnapshot Snapshot(Guid id, JobState state, double progress = 0, string? line = null, params JobFile[] files) =>
        new(id, "test", state, progress, line, DateTime.UtcNow, null, null, null, null, files);

    /// <summary>A snapshot of the last job started.</summary>
    public JobSnapshot Snapshot(JobState state, double progress, string? line, params JobFile[] files) => Snapshot(LastId, state, progress, line, files);

    /// <summary>Hands a snapshot to every watcher of its job (a page may watch several jobs at once).</summary>
    public void Push(JobSnapshot snapshot)
    {
        lock (_gate)
        {
            var watching = _watchers.Where(w => w.Id == snapshot.Id).ToList();
            if (watching.Count == 0) _unwatched.Add(snapshot);
            foreach (var (_, channel) in watching) channel.Writer.TryWrite(snapshot);
        }
    }

    public Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        if (Refusal is not null) throw Refusal;
        Started.Add((kind, input, owner, storyId));
        LastId = Guid.NewGuid();
        return Task.FromResult(Snapshot(JobState.Queued, 0, null));
    }

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<JobSnapshot>();
        lock (_gate)
        {
            foreach (var waiting in _unwatched.Where(s => s.Id == id).ToList())
            {
                channel.Writer.TryWrite(waiting);
                _unwatched.Remove(waiting);
            }
            _watchers.Add((id, channel));
        }
        try
        {
            yield return Existing.FirstOrDefault(j => j.Id == id) ?? Snapshot(id, JobState.Queued);
            await foreach (var snapshot in channel.Reader.ReadAllAsync(ct)) yield return snapshot;
        }
        finally
        {
            lock (_gate) _watchers.Remove((id, channel));
        }
    }

    public Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult(Existing.FirstOrDefault(j => j.Id == id));
    public Task<bool> CancelAsync(Guid id, CancellationToken ct)
    {
        Cancelled.Add(id);
        return Task.FromResult(true);
    }

    /// <summary>How many times the overview was read.</summary>
    public int OverviewReads { get; private set; }

    /// <summary>Like a read from the database: new objects every time (equal in value, not the same instances).</summary>
    public Task<JobOverview> OverviewAsync(int max, CancellationToken ct)
    {
        OverviewReads++;
        return Task.FromResult(new JobOverview(
            [.. Existing.Take(max).Select(j => j with { Files = [.. j.Files] })
                .Select(j => Owners.TryGetValue(j.Id, out var o) ? new StaffJob(j, o.Kind, o.Name, o.StoryCode) : new StaffJob(j, JobOwnerKind.Visitor, null, null))],
            Total ?? Existing.Count));
    }
    public Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<JobSnapshot>>(Existing.Take(max).ToList());
    public Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct) => Task.FromResult(FilePaths.GetValueOrDefault(name));
}
