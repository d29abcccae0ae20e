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
    private readonly Channel<JobSnapshot> _updates = Channel.CreateUnbounded<JobSnapshot>();

    public List<(string Kind, object Input, JobOwner Owner, Guid? StoryId)> Started { get; } = [];
    /// <summary>Jobs that exist already (found, listed, watched).</summary>
    public List<JobSnapshot> Existing { get; } = [];
    public Dictionary<string, string> FilePaths { get; } = [];
    /// <summary>When set, starting a job is refused with this exception.</summary>
    public Exception? Refusal { get; set; }
    /// <summary>The id of the last job started.</summary>
    public Guid LastId { get; private set; } = Guid.NewGuid();

    public static JobSnapshot Snapshot(Guid id, JobState state, double progress = 0, string? line = null, params JobFile[] files) =>
        new(id, "test", state, progress, line, DateTime.UtcNow, null, null, null, null, files);

    /// <summary>A snapshot of the last job started.</summary>
    public JobSnapshot Snapshot(JobState state, double progress, string? line, params JobFile[] files) => Snapshot(LastId, state, progress, line, files);

    public void Push(JobSnapshot snapshot) => _updates.Writer.TryWrite(snapshot);

    public Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        if (Refusal is not null) throw Refusal;
        Started.Add((kind, input, owner, storyId));
        LastId = Guid.NewGuid();
        return Task.FromResult(Snapshot(JobState.Queued, 0, null));
    }

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Existing.FirstOrDefault(j => j.Id == id) ?? Snapshot(id, JobState.Queued);
        await foreach (var snapshot in _updates.Reader.ReadAllAsync(ct))
            if (snapshot.Id == id) yield return snapshot;
    }

    public Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult(Existing.FirstOrDefault(j => j.Id == id));
    public Task<bool> CancelAsync(Guid id, CancellationToken ct) => Task.FromResult(true);
    public Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<JobSnapshot>>(Existing.Take(max).ToList());
    public Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct) => Task.FromResult(FilePaths.GetValueOrDefault(name));
}
