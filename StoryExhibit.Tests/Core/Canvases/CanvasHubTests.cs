using System.Text;
using StoryExhibit.Core.Canvases;

namespace StoryExhibit.Tests.Core.Canvases;

public sealed class CanvasHubTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static CanvasFrame Frame(CanvasHub hub, string? note = null) => new()
    {
        Id = hub.NextFrameId(),
        ChangedAt = DateTimeOffset.UtcNow,
        Bytes = Encoding.UTF8.GetBytes(note ?? "frame"),
        MediaType = "image/svg+xml",
        AltText = note ?? "",
    };

    private static async Task<CanvasFrame> NextAsync(IAsyncEnumerator<CanvasFrame> frames)
    {
        var moved = frames.MoveNextAsync().AsTask();
        Assert.True(await moved.WaitAsync(TimeSpan.FromSeconds(5)), "The subscription ended.");
        return frames.Current;
    }

    [Fact]
    public async Task A_subscriber_gets_the_latest_frame_first_then_new_frames_in_order()
    {
        var hub = new CanvasHub();
        var before = Frame(hub, "before");
        hub.Publish("lobby", Frame(hub, "older"));
        hub.Publish("lobby", before);
        using var stop = new CancellationTokenSource();
        await using var frames = hub.SubscribeAsync("lobby", stop.Token).GetAsyncEnumerator();
        Assert.Same(before, await NextAsync(frames));

        var published = new List<CanvasFrame>();
        for (var i = 0; i < 5; i++)
        {
            var frame = Frame(hub, $"new {i}");
            published.Add(frame);
            var next = frames.MoveNextAsync().AsTask();
            hub.Publish("lobby", frame);
            Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.Same(frame, frames.Current);
        }
        Assert.Equal(published.Count, published.Select(f => f.Id).Distinct().Count());
        Assert.All(published, f => Assert.StartsWith(hub.ServerId + "-", f.Id));
    }

    [Fact]
    public async Task A_slow_subscriber_skips_to_the_newest_frame_instead_of_falling_behind()
    {
        var hub = new CanvasHub();
        using var stop = new CancellationTokenSource();
        await using var slow = hub.SubscribeAsync("wall", stop.Token).GetAsyncEnumerator();
        await using var fast = hub.SubscribeAsync("wall", stop.Token).GetAsyncEnumerator();
        var first = Frame(hub);
        var slowFirst = slow.MoveNextAsync().AsTask();
        var fastNext = fast.MoveNextAsync().AsTask();
        hub.Publish("wall", first);
        Assert.True(await slowFirst.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Same(first, slow.Current);

        // The slow screen is busy while ten frames are published; the fast one takes each as it comes.
        var frames = Enumerable.Range(0, 10).Select(i => Frame(hub, $"f{i}")).ToList();
        var fastSeen = new List<CanvasFrame>();
        await fastNext.WaitAsync(TimeSpan.FromSeconds(5));
        fastSeen.Add(fast.Current);
        foreach (var frame in frames)
        {
            fastNext = fast.MoveNextAsync().AsTask();
            hub.Publish("wall", frame);
            await fastNext.WaitAsync(TimeSpan.FromSeconds(5));
            fastSeen.Add(fast.Current);
        }
        Assert.Equal(frames.Select(f => f.Id), fastSeen.Skip(1).Select(f => f.Id));

        // When the slow one asks again it gets the newest frame only, then waits for the next.
        Assert.Same(frames[^1], await NextAsync(slow));
        var pending = slow.MoveNextAsync().AsTask();
        await Task.Delay(50);
        Assert.False(pending.IsCompleted, "The slow subscriber should have nothing queued.");
        var after = Frame(hub, "after");
        hub.Publish("wall", after);
        Assert.True(await pending.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Same(after, slow.Current);
    }

    [Fact]
    public async Task Canvases_are_independent()
    {
        var hub = new CanvasHub();
        using var stop = new CancellationTokenSource();
        await using var left = hub.SubscribeAsync("left", stop.Token).GetAsyncEnumerator();
        var leftNext = left.MoveNextAsync().AsTask();
        var right = Frame(hub, "right");
        hub.Publish("right", right);
        await Task.Delay(50);
        Assert.False(leftNext.IsCompleted);
        Assert.Same(right, hub.Latest("right"));
        Assert.Null(hub.Latest("left"));
        var leftFrame = Frame(hub, "left");
        hub.Publish("left", leftFrame);
        Assert.True(await leftNext.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Same(leftFrame, left.Current);
    }

    [Fact]
    public async Task Viewers_are_counted_while_subscribed_and_unknown_slugs_leave_nothing_behind()
    {
        var hub = new CanvasHub();
        using var one = new CancellationTokenSource();
        using var two = new CancellationTokenSource();
        var a = hub.SubscribeAsync("ghost", one.Token).GetAsyncEnumerator();
        var b = hub.SubscribeAsync("ghost", two.Token).GetAsyncEnumerator();
        var aNext = a.MoveNextAsync().AsTask();
        var bNext = b.MoveNextAsync().AsTask();
        Assert.Equal(2, hub.ViewerCount("ghost"));
        Assert.Equal(2, hub.Stats("ghost").Viewers);

        await one.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => aNext);
        await a.DisposeAsync();
        Assert.Equal(1, hub.ViewerCount("ghost"));

        await two.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bNext);
        await b.DisposeAsync();
        Assert.Equal(0, hub.ViewerCount("ghost"));
        Assert.Same(CanvasBoardStats.Empty, hub.Stats("ghost"));
    }

    [Fact]
    public async Task Sources_wait_until_a_screen_or_a_staff_preview_watches()
    {
        var hub = new CanvasHub();
        var waiting = hub.WhenWatchedAsync("hall", default);
        var alsoWaiting = hub.WhenWatchedAsync("hall", default);
        Assert.False(hub.IsWatched("hall"));
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        using var screen = new CancellationTokenSource();
        var watching = hub.SubscribeAsync("hall", screen.Token).GetAsyncEnumerator();
        var next = watching.MoveNextAsync().AsTask();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        await alsoWaiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(hub.IsWatched("hall"));
        Assert.True(hub.WhenWatchedAsync("hall", default).IsCompletedSuccessfully);

        await screen.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
        await watching.DisposeAsync();
        Assert.False(hub.IsWatched("hall"));

        using var stop = new CancellationTokenSource();
        var again = hub.WhenWatchedAsync("hall", stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => again);

        using var staff = new CancellationTokenSource();
        var preview = hub.PreviewAsync("hall", staff.Token).GetAsyncEnumerator();
        var previewNext = preview.MoveNextAsync().AsTask();
        Assert.True(hub.IsWatched("hall"));
        await hub.WhenWatchedAsync("hall", default).WaitAsync(TimeSpan.FromSeconds(5));
        await staff.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => previewNext);
        await preview.DisposeAsync();
    }

    [Fact]
    public async Task A_staff_preview_gets_every_frame_but_is_not_counted_among_the_screens()
    {
        var hub = new CanvasHub();
        using var stop = new CancellationTokenSource();
        var preview = hub.PreviewAsync("lobby", stop.Token).GetAsyncEnumerator();
        var next = preview.MoveNextAsync().AsTask();
        var frame = Frame(hub, "seen by the preview");
        hub.Publish("lobby", frame);
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Same(frame, preview.Current);
        Assert.Equal(0, hub.ViewerCount("lobby"));
        Assert.Equal(0, hub.Stats("lobby").Viewers);

        // A preview of an unknown slug keeps its board only while it watches.
        using var ghostStop = new CancellationTokenSource();
        var ghost = hub.PreviewAsync("ghost", ghostStop.Token).GetAsyncEnumerator();
        var ghostNext = ghost.MoveNextAsync().AsTask();
        hub.Publish("ghost", Frame(hub, "ghost frame"));
        Assert.True(await ghostNext.WaitAsync(TimeSpan.FromSeconds(5)));
        hub.Clear("ghost");
        ghostNext = ghost.MoveNextAsync().AsTask();
        await ghostStop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ghostNext);
        await ghost.DisposeAsync();
        Assert.Same(CanvasBoardStats.Empty, hub.Stats("ghost"));

        next = preview.MoveNextAsync().AsTask();
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
        await preview.DisposeAsync();
    }

    [Fact]
    public void Recent_frames_stay_in_a_small_ring_and_clearing_forgets_them()
    {
        var hub = new CanvasHub();
        var first = Frame(hub);
        hub.Publish("ring", first);
        Assert.Same(first, hub.FindFrame("ring", first.Id));
        for (var i = 0; i < CanvasHub.RingSize; i++) hub.Publish("ring", Frame(hub));
        Assert.Null(hub.FindFrame("ring", first.Id));
        var last = hub.Latest("ring")!;
        Assert.Same(last, hub.FindFrame("ring", last.Id));

        var linked = new CanvasFrame { Id = "story-1", ChangedAt = DateTimeOffset.UtcNow, Url = "/illustrations/1", MediaType = "image/png" };
        hub.Publish("ring", linked);
        Assert.Null(hub.FindFrame("ring", linked.Id)); // no bytes here: served elsewhere
        Assert.Equal("/illustrations/1", linked.UrlFor("ring"));
        Assert.Equal($"/canvas/ring/frames/{last.Id}", last.UrlFor("ring"));

        hub.Clear("ring");
        Assert.Null(hub.Latest("ring"));
        Assert.Null(hub.FindFrame("ring", last.Id));
    }

    [Fact]
    public async Task Each_viewers_delivered_frame_rate_is_measured_over_a_sliding_window()
    {
        var clock = new ManualClock();
        var hub = new CanvasHub(clock);
        using var stop = new CancellationTokenSource();
        await using var viewer = hub.SubscribeAsync("rate", stop.Token).GetAsyncEnumerator();
        for (var i = 0; i < 40; i++) // 10 s at 4 frames a second
        {
            clock.Now += TimeSpan.FromMilliseconds(250);
            var next = viewer.MoveNextAsync().AsTask();
            hub.Publish("rate", Frame(hub));
            Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5)));
        }
        var stats = hub.Stats("rate");
        Assert.Equal(1, stats.Viewers);
        Assert.InRange(Assert.Single(stats.ViewerFramesPerSecond), 3.8, 4.3);
        Assert.InRange(stats.PublishedFramesPerSecond, 3.8, 4.3);

        // Nothing arrives for 3 s: the window slides and the rate falls.
        clock.Now += TimeSpan.FromSeconds(3);
        Assert.InRange(hub.Stats("rate").ViewerFramesPerSecond[0], 1.4, 1.9);
        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Equal(0, hub.Stats("rate").ViewerFramesPerSecond[0]);
    }
}
