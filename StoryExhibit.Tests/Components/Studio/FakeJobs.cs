using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Components.Studio;

/// <summary>A job system for page tests: records what was started and plays the snapshots a test pushes.</summary>
public sealed class FakeJobs : IJobs
{
    private readonly Channel<JobSnapshot> _updates = Channel.CreateUnbounded<JobSnapshot>();
    public List<(string Kind, object Input, JobOwner Owner)> Started { get; } = [];
    public Dictionary<string, string> FilePaths { get; } = [];
    /// <summary>When set, starting a job is refused with this exception.</summary>
    public Exception? Refusal { get; set; }
    public Guid LastId { get; private set; }

    public Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        if (Refusal is not null) throw Refusal;
        Started.Add((kind, input, owner));
        LastId = Guid.NewGuid();
        return Task.FromResult(Snapshot(JobState.Queued, 0, null));
    }

    public JobSnapshot Snapshot(JobState state, double progress, string? line, params JobFile[] files) =>
        new(LastId, "illustrator", state, progress, line, DateTime.UtcNow, null, null, null, null, files);

    public void Push(JobSnapshot snapshot) => _updates.Writer.TryWrite(snapshot);

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Snapshot(JobState.Queued, 0, null);
        await foreach (var snapshot in _updates.Reader.ReadAllAsync(ct)) yield return snapshot;
    }

    public Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult<JobSnapshot?>(null);
    public Task<bool> CancelAsync(Guid id, CancellationToken ct) => Task.FromResult(true);
    public Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct) => Task.FromResult<IReadOnlyList<JobSnapshot>>([]);
    public Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct) => Task.FromResult(FilePaths.GetValueOrDefault(name));
}
