using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Core.Routing;

/// <summary>
/// The routing layer's registry of plugins. Every call goes through here, so the cross-cutting
/// behaviour is written once: a request id on every log line of the call, and its latency
/// (time to the first streamed item and in total) or its failure.
/// </summary>
public sealed class PluginCatalog
{
    private readonly Dictionary<string, AIFunction> _functions;
    private readonly ILogger<PluginCatalog> _log;

    public PluginCatalog(IEnumerable<IGeneratorPlugin> plugins, ILogger<PluginCatalog> log)
    {
        _functions = plugins.Select(p => p.Function).ToDictionary(f => f.Name, StringComparer.Ordinal);
        _log = log;
    }

    public IReadOnlyCollection<AIFunction> Functions => _functions.Values;

    public AIFunction Get(string name)
        => _functions.TryGetValue(name, out var function) ? function : throw new KeyNotFoundException($"No plugin is registered as '{name}'.");

    /// <summary>Calls a plugin that returns one result.</summary>
    public async Task<T> InvokeAsync<T>(string name, AIFunctionArguments arguments, CancellationToken ct)
    {
        var requestId = NewRequestId();
        using var scope = _log.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId, ["Plugin"] = name });
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await Get(name).InvokeAsync(arguments, ct);
            _log.LogInformation("Plugin {Plugin} request {RequestId} answered in {ElapsedMs} ms", name, requestId, clock.ElapsedMilliseconds);
            return result is T typed ? typed : throw new InvalidOperationException($"Plugin '{name}' returned {result?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _log.LogWarning(ex, "Plugin {Plugin} request {RequestId} failed after {ElapsedMs} ms", name, requestId, clock.ElapsedMilliseconds);
            throw;
        }
    }

    /// <summary>Calls a plugin that streams its result, passing items on as they come.</summary>
    public async IAsyncEnumerable<T> InvokeStreamAsync<T>(string name, AIFunctionArguments arguments, [EnumeratorCancellation] CancellationToken ct)
    {
        var requestId = NewRequestId();
        using var scope = _log.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId, ["Plugin"] = name });
        var clock = Stopwatch.StartNew();
        var stream = await InvokeAsync<IAsyncEnumerable<T>>(name, arguments, ct);
        await using var items = stream.GetAsyncEnumerator(ct);
        long? firstMs = null;
        var count = 0;
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync()) break;
            }
            catch (OperationCanceledException)
            {
                _log.LogInformation("Plugin {Plugin} request {RequestId} cancelled after {Count} items in {ElapsedMs} ms", name, requestId, count, clock.ElapsedMilliseconds);
                throw;
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "Plugin {Plugin} request {RequestId} failed after {Count} items in {ElapsedMs} ms", name, requestId, count, clock.ElapsedMilliseconds);
                throw;
            }
            firstMs ??= clock.ElapsedMilliseconds;
            count++;
            yield return items.Current;
        }
        _log.LogInformation("Plugin {Plugin} request {RequestId} streamed {Count} items: first after {FirstMs} ms, done in {ElapsedMs} ms",
            name, requestId, count, firstMs, clock.ElapsedMilliseconds);
    }

    private static string NewRequestId() => Guid.NewGuid().ToString("N")[..12];
}
