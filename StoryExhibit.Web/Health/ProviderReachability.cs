using System.Collections.Concurrent;
using StoryExhibit.Core.Generation.Probes;

namespace StoryExhibit.Web.Health;

/// <summary>
/// Whether the remote providers can be reached, for the health checks: the probe's cheap checks (an HTTP answer of any
/// kind, or a TCP connect for gRPC; never a key, never anything that costs), each within <see cref="Timeout"/>.
/// Results are kept for <see cref="CacheFor"/> so dashboards and readiness probes do not hammer providers; a changed
/// address is a new key, so it is checked at once.
/// </summary>
public sealed class ProviderReachability(ProviderProbe probe, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<ProbeResult> Result)> _recent = new();

    /// <summary>An OpenAI-compatible server at <paramref name="endpoint"/> (null: api.openai.com).</summary>
    public Task<ProbeResult> OpenAIAsync(Uri? endpoint, CancellationToken ct)
        => CachedAsync("http " + endpoint, () => probe.ReachOpenAIAsync(endpoint, Timeout, CancellationToken.None), ct);

    /// <summary>The host and port of <paramref name="endpoint"/>.</summary>
    public Task<ProbeResult> TcpAsync(Uri endpoint, CancellationToken ct)
        => CachedAsync("tcp " + endpoint.Authority, () => probe.ConnectAsync(endpoint, Timeout, CancellationToken.None), ct);

    private Task<ProbeResult> CachedAsync(string key, Func<Task<ProbeResult>> check, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var entry = _recent.AddOrUpdate(key,
            _ => (now, check()),
            (_, old) => now - old.At < CacheFor ? old : (now, check()));
        // The check is shared between callers, so one caller giving up does not cancel it for the others.
        return entry.Result.WaitAsync(ct);
    }
}
