using System.Reflection;
using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>Closing a test's browser contexts: a wedged browser fails the test instead of hanging the test run.</summary>
public class ChromiumCloseTests
{
    [Fact]
    public async Task A_context_that_never_closes_fails_within_the_limit()
    {
        var context = Context.Closing(new TaskCompletionSource().Task);
        var error = await Assert.ThrowsAsync<TimeoutException>(() => Chromium.CloseAsync(context, TimeSpan.FromMilliseconds(200)));
        Assert.Contains("did not close within 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_context_whose_browser_went_counts_as_closed()
        => await Chromium.CloseAsync(Context.Closing(Task.FromException(new PlaywrightException("Target closed"))), TimeSpan.FromSeconds(5));

    [Fact]
    public async Task Any_other_failure_to_close_is_reported()
        => await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Chromium.CloseAsync(Context.Closing(Task.FromException(new InvalidOperationException("broken"))), TimeSpan.FromSeconds(5)));

    /// <summary>A browser context whose CloseAsync returns the given task; nothing else of it is used.</summary>
    public class Context : DispatchProxy
    {
        private Task _closing = Task.CompletedTask;

        public static IBrowserContext Closing(Task closing)
        {
            var context = Create<IBrowserContext, Context>();
            ((Context)(object)context)._closing = closing;
            return context;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
            => targetMethod?.Name == nameof(IBrowserContext.CloseAsync) ? _closing : throw new NotSupportedException(targetMethod?.Name);
    }
}
