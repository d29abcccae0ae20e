using System.Diagnostics;
using StoryExhibit.Web.Stories;

namespace StoryExhibit.Tests.Web.Stories;

public sealed class ProsePacerTests
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task The_first_words_render_at_once()
    {
        var renders = 0;
        await using var pacer = new ProsePacer(() => Interlocked.Increment(ref renders), Every);

        pacer.Changed();

        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Words_arriving_fast_render_at_most_once_a_period_and_the_last_ones_still_show()
    {
        var renders = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var last = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var pacer = new ProsePacer(() =>
        {
            lock (renders) renders.Add(clock.Elapsed);
            if (clock.Elapsed > TimeSpan.FromMilliseconds(450)) last.TrySetResult();
        }, Every);

        while (clock.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            pacer.Changed();
            await Task.Delay(10);
        }
        // The words of the last moment render once the period is up, with no more words arriving.
        await last.Task.WaitAsync(TimeSpan.FromSeconds(10));

        lock (renders)
        {
            Assert.InRange(renders.Count, 2, 4); // 500 ms of words every 10 ms, in renders at least 200 ms apart
            for (var i = 1; i < renders.Count; i++) Assert.True(renders[i] - renders[i - 1] >= Every - TimeSpan.FromMilliseconds(15), $"renders {renders[i - 1]} and {renders[i]}");
        }
    }

    [Fact]
    public async Task A_whole_page_render_takes_the_waiting_words_along()
    {
        var renders = 0;
        await using var pacer = new ProsePacer(() => Interlocked.Increment(ref renders), Every);
        pacer.Changed();
        pacer.Changed(); // waits for the period

        pacer.Rendered(); // the page rendered everything meanwhile
        await Task.Delay(Every * 2);

        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Nothing_renders_after_the_pacing_ended()
    {
        var renders = 0;
        var pacer = new ProsePacer(() => Interlocked.Increment(ref renders), Every);
        pacer.Changed();
        pacer.Changed();

        await pacer.DisposeAsync();
        await Task.Delay(Every * 2);

        Assert.Equal(1, renders);
    }
}
