using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Routing;

/// <summary>
/// Every kernel function call, logged once here: a request id on every log line of the call (the provider's own
/// included), its latency, for a stream the time to its first item, and how it ended. A caller's cancel (a visitor
/// leaving, a canvas stopping) is ordinary and logged as information, never as a warning; a failure is recorded by its
/// type only, since the caller that handles it logs it with its exception.
/// </summary>
public sealed class InvocationLogFilter(ILogger<InvocationLogFilter> log) : IFunctionInvocationFilter
{
    private static readonly MethodInfo MeasureMethod = typeof(InvocationLogFilter).GetMethod(nameof(MeasureAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var function = $"{context.Function.PluginName}.{context.Function.Name}";
        var requestId = Guid.NewGuid().ToString("N")[..12];
        var call = new Call(function, requestId, Stopwatch.StartNew(), new Dictionary<string, object> { ["RequestId"] = requestId, ["Function"] = function });
        using (Scope(call))
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Ended(call, ex, items: null);
                throw;
            }
        }
        if (!context.IsStreaming)
        {
            log.LogInformation("{Function} request {RequestId} answered in {ElapsedMs} ms", call.Function, call.RequestId, call.Clock.ElapsedMilliseconds);
            return;
        }
        // A stream is only started here: it runs, and is measured, as the caller reads it. The kernel reads the result
        // back as IAsyncEnumerable<T> of the caller's T, so the measured stream must keep that exact type.
        var stream = context.Result.GetValue<object>();
        var itemType = stream?.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))?.GetGenericArguments()[0];
        if (itemType is null) return;
        var measured = MeasureMethod.MakeGenericMethod(itemType).Invoke(this, [stream, call, CancellationToken.None]);
        context.Result = new FunctionResult(context.Result, measured);
    }

    private async IAsyncEnumerable<T> MeasureAsync<T>(IAsyncEnumerable<T> stream, Call call, [EnumeratorCancellation] CancellationToken ct)
    {
        var count = 0;
        long? firstMs = null;
        var ended = false;
        var items = stream.GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                using (Scope(call))
                {
                    try
                    {
                        if (!await items.MoveNextAsync().ConfigureAwait(false)) break;
                    }
                    catch (Exception ex)
                    {
                        ended = true;
                        Ended(call, ex, count);
                        throw;
                    }
                }
                firstMs ??= call.Clock.ElapsedMilliseconds;
                count++;
                yield return items.Current;
            }
            ended = true;
            log.LogInformation("{Function} request {RequestId} streamed {Count} items: first after {FirstMs} ms, done in {ElapsedMs} ms",
                call.Function, call.RequestId, count, firstMs, call.Clock.ElapsedMilliseconds);
        }
        finally
        {
            if (!ended)
                log.LogInformation("{Function} request {RequestId} stopped by its caller after {Count} items in {ElapsedMs} ms",
                    call.Function, call.RequestId, count, call.Clock.ElapsedMilliseconds);
            await items.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Ended(Call call, Exception ex, int? items)
    {
        if (ex is OperationCanceledException)
            log.LogInformation("{Function} request {RequestId} cancelled after {Count} items in {ElapsedMs} ms",
                call.Function, call.RequestId, items ?? 0, call.Clock.ElapsedMilliseconds);
        else
            // The caller handles the failure and logs it, with its stack trace, once; here it is only the call's record.
            log.LogInformation("{Function} request {RequestId} failed after {Count} items in {ElapsedMs} ms: {ErrorType}",
                call.Function, call.RequestId, items ?? 0, call.Clock.ElapsedMilliseconds, ex.GetType().Name);
    }

    private IDisposable? Scope(Call call) => log.BeginScope(call.ScopeState);

    /// <param name="ScopeState">Made once per call: a stream opens the scope again around every item it reads.</param>
    private sealed record Call(string Function, string RequestId, Stopwatch Clock, IReadOnlyDictionary<string, object> ScopeState);
}
