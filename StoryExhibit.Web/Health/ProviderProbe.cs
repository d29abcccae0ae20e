using System.Collections.Concurrent;
using System.Net.Sockets;

namespace StoryExhibit.Web.Health;

public sealed record ProbeResult(bool Reachable, string Detail);

/// <summary>
/// A cheap "can we reach it?" check of a remote provider: any HTTP answer (even 401 or 404) counts, or a TCP connect
/// for gRPC. Results are kept for <see cref="CacheFor"/> so dashboards and readiness probes do not hammer providers;
/// a changed address is a new key, so it is checked at once. No key is ever sent.
/// </summary>
public sealed class ProviderProbe(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = Timeout, AllowAutoRedirect = false }) { Timeout = Timeout };
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<ProbeResult> Result)> _recent = new();

    /// <summary>GET <paramref name="url"/>; reachable if the server answers at all.</summary>
    public Task<ProbeResult> HttpAsync(Uri url, CancellationToken ct) => CachedAsync("http " + url, () => GetAsync(url), ct);

    /// <summary>Opens a TCP connection to the host and port of <paramref name="endpoint"/>.</summary>
    public Task<ProbeResult> TcpAsync(Uri endpoint, CancellationToken ct) => CachedAsync("tcp " + endpoint.Authority, () => ConnectAsync(endpoint), ct);

    private Task<ProbeResult> CachedAsync(string key, Func<Task<ProbeResult>> probe, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var entry = _recent.AddOrUpdate(key,
            _ => (now, probe()),
            (_, old) => now - old.At < CacheFor ? old : (now, probe()));
        // The probe is shared between callers, so one caller giving up does not cancel it for the others.
        return entry.Result.WaitAsync(ct);
    }

    private async Task<ProbeResult> GetAsync(Uri url)
    {
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            return new ProbeResult(true, $"answers (HTTP {(int)response.StatusCode})");
        }
        catch (TaskCanceledException) { return new ProbeResult(false, $"no answer within {Timeout.TotalSeconds:0} s"); }
        catch (HttpRequestException ex) { return new ProbeResult(false, Reason(ex)); }
    }

    private static async Task<ProbeResult> ConnectAsync(Uri endpoint)
    {
        using var socket = new TcpClient();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            return new ProbeResult(true, "accepts connections");
        }
        catch (OperationCanceledException) { return new ProbeResult(false, $"no answer within {Timeout.TotalSeconds:0} s"); }
        catch (SocketException ex) { return new ProbeResult(false, ex.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.NoData => "host not found",
            _ => "not reachable",
        }); }
    }

    private static string Reason(HttpRequestException ex) => ex.HttpRequestError switch
    {
        HttpRequestError.ConnectionError when ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        HttpRequestError.NameResolutionError => "host not found",
        HttpRequestError.SecureConnectionError => "the secure connection failed",
        _ => "not reachable",
    };

    /// <summary>An address fit for a description: no user info, query or fragment.</summary>
    public static string Show(Uri url) =>
        url.IsAbsoluteUri ? new UriBuilder(url) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri.ToString() : "(not an absolute address)";

    public void Dispose() => _http.Dispose();
}
