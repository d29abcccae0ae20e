using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Browser;

/// <summary>The test run's shared browser outlives a class that lost it (test classes run one at a time).</summary>
public sealed class SharedBrowserTests
{
    [Fact]
    public async Task A_shared_browser_that_has_gone_is_launched_again_for_the_next_class()
    {
        var first = await Chromium.SharedAsync();
        Assert.Same(first, await Chromium.SharedAsync());

        await first.CloseAsync();
        var next = await Chromium.SharedAsync();

        Assert.NotSame(first, next);
        Assert.True(next.IsConnected);
        var page = await (await next.NewContextAsync()).NewPageAsync();
        Assert.Equal(2, await page.EvaluateAsync<int>("() => 1 + 1"));
        await page.Context.CloseAsync();
    }
}
