using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Components.Studio;

/// <summary>A job system for component tests: records what was started and plays the snapshots a test sends.</summary>
internal sealed class FakeJobs : IJobs
{
    private readonly Channel<JobSnapshot> _updates = Channel.CreateUnbounded<JobSnapshot>();

    public List<(string Kind, object Input, JobOwner Owner)> Started { get; } = [];
    public Guid JobId { get; } = Guid.NewGuid();

    public Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        Started.Add((kind, input, owner));
        var queued = Snapshot(JobState.Queued, 0, null, null);
        _updates.Writer.TryWrite(queued);
        return Task.FromResult(queued);
    }

    public JobSnapshot Snapshot(JobState state, double progress, string? line, Guid? storyId) =>
        new(JobId, JobKinds.Writer, state, progress, line, DateTime.UtcNow, null, null, null, storyId, []);

    public void Send(JobSnapshot snapshot) => _updates.Writer.TryWrite(snapshot);

    public Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult<JobSnapshot?>(null);

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var snapshot in _updates.Reader.ReadAllAsync(ct)) yield return snapshot;
    }

    public Task<bool> CancelAsync(Guid id, CancellationToken ct) => Task.FromResult(true);

    public Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<JobSnapshot>>([]);

    public Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct) => Task.FromResult<string?>(null);
}
