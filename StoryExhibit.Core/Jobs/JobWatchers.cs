using System.Collections.Concurrent;
using System.Threading.Channels;

namespace StoryExhibit.Core.Jobs;

/// <summary>Hands every change of a job to those watching it at once (the database is written less often).</summary>
public sealed class JobWatchers
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<JobSnapshot>, byte>> _watchers = new();
    private readonly ConcurrentDictionary<Guid, JobSnapshot> _live = new();

    /// <summary>The latest snapshot of a job running here, newer than the stored one.</summary>
    public JobSnapshot? Live(Guid id) => _live.GetValueOrDefault(id);

    public Channel<JobSnapshot> Subscribe(Guid id)
    {
        // Only the newest snapshots matter to a watcher that falls behind; the finished one is always the last kept.
        var channel = Channel.CreateBounded<JobSnapshot>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest });
        _watchers.GetOrAdd(id, _ => new()).TryAdd(channel, 0);
        return channel;
    }

    public void Unsubscribe(Guid id, Channel<JobSnapshot> channel)
    {
        if (_watchers.TryGetValue(id, out var set)) set.TryRemove(channel, out _);
    }

    public void Publish(JobSnapshot snapshot)
    {
        if (snapshot.IsFinished) _live.TryRemove(snapshot.Id, out _);
        else _live[snapshot.Id] = snapshot;
        if (!_watchers.TryGetValue(snapshot.Id, out var set)) return;
        foreach (var channel in set.Keys) channel.Writer.TryWrite(snapshot);
    }
}
