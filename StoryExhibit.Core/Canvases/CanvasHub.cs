using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace StoryExhibit.Core.Canvases;

/// <summary>
/// In memory, per canvas slug: the latest frame, a small ring of recent frames' bytes, the screens watching and the staff previews.
/// Each screen has a mailbox of one frame that drops the older frame when a newer one arrives, so a slow screen skips
/// frames instead of falling behind. Canvases are independent; nothing here touches the database.
/// </summary>
public sealed class CanvasHub
{
    /// <summary>Frames whose bytes stay available at <c>/canvas/{slug}/frames/{id}</c> (1.5 s at 4 fps).</summary>
    public const int RingSize = 6;
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Board> _boards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _awaitingWatchers = new(StringComparer.Ordinal);
    private long _sequence;

    public CanvasHub(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        ServerId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    }

    /// <summary>Different every time the app starts: screens use it to notice a restarted server.</summary>
    public string ServerId { get; }

    /// <summary>A frame id never used before, in this process or an earlier one (frame URLs are cached for good).</summary>
    public string NextFrameId() => $"{ServerId}-{Interlocked.Increment(ref _sequence)}";

    public void Publish(string slug, CanvasFrame frame)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        ArgumentNullException.ThrowIfNull(frame);
        lock (_gate)
        {
            var board = BoardFor(slug);
            board.Latest = frame;
            if (frame.Bytes is not null)
            {
                board.Ring.Enqueue(frame);
                while (board.Ring.Count > RingSize) board.Ring.Dequeue();
            }
            board.Published.Mark();
            // Inside the lock so two publishers on one canvas cannot reorder frames; TryWrite never waits (drop-oldest).
            foreach (var viewer in board.Viewers) viewer.Mailbox.Writer.TryWrite(frame);
            foreach (var preview in board.Previews) preview.Mailbox.Writer.TryWrite(frame);
        }
    }

    /// <summary>The latest frame first (if any), then every new one until <paramref name="ct"/> is cancelled. Counts as a screen meanwhile.</summary>
    public IAsyncEnumerable<CanvasFrame> SubscribeAsync(string slug, CancellationToken ct) => FollowAsync(slug, screen: true, ct);

    /// <summary>The same frames as <see cref="SubscribeAsync"/> for a preview on a staff page: not counted among the screens watching.</summary>
    public IAsyncEnumerable<CanvasFrame> PreviewAsync(string slug, CancellationToken ct) => FollowAsync(slug, screen: false, ct);

    private async IAsyncEnumerable<CanvasFrame> FollowAsync(string slug, bool screen, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        var viewer = new Viewer(_clock);
        lock (_gate)
        {
            var board = BoardFor(slug);
            (screen ? board.Viewers : board.Previews).Add(viewer);
            if (board.Latest is { } latest) viewer.Mailbox.Writer.TryWrite(latest);
            if (_awaitingWatchers.Remove(slug, out var awaiting)) awaiting.TrySetResult();
        }
        try
        {
            var reader = viewer.Mailbox.Reader;
            while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (reader.TryRead(out var frame))
                {
                    lock (_gate) viewer.Delivered.Mark();
                    yield return frame;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_boards.TryGetValue(slug, out var board))
                {
                    (screen ? board.Viewers : board.Previews).Remove(viewer);
                    ForgetIfIdle(slug, board);
                }
            }
        }
    }

    public CanvasFrame? Latest(string slug)
    {
        lock (_gate) return _boards.TryGetValue(slug, out var board) ? board.Latest : null;
    }

    /// <summary>A recent frame's bytes; null once it has left the ring (or never had bytes).</summary>
    public CanvasFrame? FindFrame(string slug, string id)
    {
        lock (_gate)
        {
            if (!_boards.TryGetValue(slug, out var board)) return null;
            foreach (var frame in board.Ring) if (frame.Id == id) return frame;
            return null;
        }
    }

    /// <summary>A canvas was removed or changed its source: forget its frames; screens stay connected and wait quietly.</summary>
    public void Clear(string slug)
    {
        lock (_gate)
        {
            if (!_boards.TryGetValue(slug, out var board)) return;
            board.Latest = null;
            board.Ring.Clear();
            ForgetIfIdle(slug, board);
        }
    }

    /// <summary>True while a screen or a staff preview follows the canvas.</summary>
    public bool IsWatched(string slug)
    {
        lock (_gate) return _boards.TryGetValue(slug, out var board) && (board.Viewers.Count > 0 || board.Previews.Count > 0);
    }

    /// <summary>
    /// Completes as soon as a screen or a staff preview follows the canvas (at once when one does): sources draw, and a
    /// paid live generator is asked for, frames only while somebody can see them.
    /// </summary>
    public Task WhenWatchedAsync(string slug, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        lock (_gate)
        {
            if (_boards.TryGetValue(slug, out var board) && (board.Viewers.Count > 0 || board.Previews.Count > 0)) return Task.CompletedTask;
            if (!_awaitingWatchers.TryGetValue(slug, out var awaiting))
                _awaitingWatchers[slug] = awaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return awaiting.Task.WaitAsync(ct);
        }
    }

    public int ViewerCount(string slug)
    {
        lock (_gate) return _boards.TryGetValue(slug, out var board) ? board.Viewers.Count : 0;
    }

    public CanvasBoardStats Stats(string slug)
    {
        lock (_gate)
        {
            if (!_boards.TryGetValue(slug, out var board)) return CanvasBoardStats.Empty;
            return new CanvasBoardStats(
                board.Viewers.Count,
                [.. board.Viewers.Select(v => v.Delivered.PerSecond())],
                board.Published.PerSecond(),
                board.Latest?.Id,
                board.Latest?.ChangedAt);
        }
    }

    private Board BoardFor(string slug)
    {
        if (!_boards.TryGetValue(slug, out var board)) _boards[slug] = board = new Board(_clock);
        return board;
    }

    // Screens asking for slugs that do not exist must not leave boards behind once they leave.
    private void ForgetIfIdle(string slug, Board board)
    {
        if (board.Viewers.Count == 0 && board.Previews.Count == 0 && board.Latest is null && board.Ring.Count == 0) _boards.Remove(slug);
    }

    private sealed class Board(TimeProvider clock)
    {
        public CanvasFrame? Latest;
        public readonly Queue<CanvasFrame> Ring = new();
        public readonly List<Viewer> Viewers = [];
        public readonly List<Viewer> Previews = [];
        public readonly RateMeter Published = new(clock, RateWindow);
    }

    private sealed class Viewer(TimeProvider clock)
    {
        public readonly Channel<CanvasFrame> Mailbox = Channel.CreateBounded<CanvasFrame>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false });
        public readonly RateMeter Delivered = new(clock, RateWindow);
    }
}
