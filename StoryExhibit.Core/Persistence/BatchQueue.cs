using System.Threading.Channels;

namespace StoryExhibit.Core.Persistence;

/// <summary>What a full <see cref="BatchQueue{T}"/> gives up to take a new row.</summary>
public enum WhenQueueFull
{
    /// <summary>The oldest waiting row is dropped; the new one is always taken.</summary>
    DropOldest,
    /// <summary>The new row is refused (<see cref="BatchQueue{T}.TryAdd"/> says false); what is waiting is kept.</summary>
    RefuseNewest,
}

/// <summary>
/// Rows waiting for their <see cref="BatchWriter{T}"/> to store them. Adding never waits and never throws, so
/// recording stays off a visitor's path. Once completed (the app is stopping) nothing more is taken.
/// </summary>
public sealed class BatchQueue<T>(int capacity, WhenQueueFull whenFull)
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Math.Max(1, capacity))
    {
        SingleReader = true,
        // Wait, used only through TryWrite, refuses the newest rather than blocking the caller.
        FullMode = whenFull == WhenQueueFull.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues <paramref name="row"/>; false when it was refused (the queue is full and refuses the newest, or completed).</summary>
    public bool TryAdd(T row) => _channel.Writer.TryWrite(row);

    internal bool TryRead(out T row) => _channel.Reader.TryRead(out row!);

    /// <summary>True when a row is waiting; false once the queue is completed and empty.</summary>
    internal ValueTask<bool> WaitToReadAsync() => _channel.Reader.WaitToReadAsync(CancellationToken.None);

    /// <summary>No more rows are taken; the writer stores what is queued and stops.</summary>
    internal void Complete() => _channel.Writer.TryComplete();
}
