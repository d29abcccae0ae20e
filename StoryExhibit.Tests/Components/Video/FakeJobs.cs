using System.Runtime.CompilerServices;
using System.Threading.Channels;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Components.Video;

/// <summary>A stand-in job system for component tests: records what is started and plays the snapshots a test pushes.</summary>
internal sealed class FakeJobs : IJobs
{
    private readonly Channel<JobSnapshot> _updates = Channel.CreateUnbounded<JobSnapshot>();

    public List<(string Kind, object Input, JobOwner Owner, Guid? StoryId)> Started { get; } = [];
    public List<JobSnapshot> Existing { get; } = [];
    public Exception? Refusal { get; set; }
    public Guid? LastStarted { get; private set; }

    public static JobSnapshot Snapshot(Guid id, JobState state, double progress = 0, string? line = null, params JobFile[] files)
        => new(id, JobKinds.Video, state, progress, line, DateTime.UtcNow, null, null, null, null, files);

    public void Push(JobSnapshot snapshot) => _updates.Writer.TryWrite(snapshot);

    public Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        if (Refusal is not null) throw Refusal;
        Started.Add((kind, input, owner, storyId));
        LastStarted = Guid.NewGuid();
        return Task.FromResult(Snapshot(LastStarted.Value, JobState.Queued));
    }

    public Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct) => Task.FromResult(Existing.FirstOrDefault(j => j.Id == id));

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var snapshot in _updates.Reader.ReadAllAsync(ct))
            if (snapshot.Id == id) yield return snapshot;
    }

    public Task<bool> CancelAsync(Guid id, CancellationToken ct) => Task.FromResult(true);

    public Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<JobSnapshot>>(Existing.Take(max).ToList());

    public Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct) => Task.FromResult<string?>(null);
}
