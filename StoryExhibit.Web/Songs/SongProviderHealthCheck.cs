using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Songs;

/// <summary>Songs: the song service answers (a cheap connect, cached), or offline: espeak-ng and ffmpeg are installed.</summary>
public sealed class SongProviderHealthCheck(IOptionsMonitor<SongOptions> options, ProviderReachability reach) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var songs = options.CurrentValue;
        if (songs.Provider == SongProvider.Remote && songs.Endpoint is { } endpoint)
            return ProviderHealth.RemoteAsync(reach.TcpAsync(endpoint, ct), "The song service", endpoint, "Songs are sung on this machine until it answers again.");
        var missing = new[] { "espeak-ng", "ffmpeg" }.Where(p => SpeechProviderHealthCheck.OnPath(p) is null).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("Songs are sung on this machine (espeak-ng and ffmpeg are installed).")
            : HealthCheckResult.Degraded($"{string.Join(" and ", missing)} not installed: songs cannot be sung. Run scripts/setup.sh."));
    }
}
