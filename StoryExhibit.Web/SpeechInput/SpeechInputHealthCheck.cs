using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.SpeechInput;

/// <summary>
/// Press to talk: the transcription server answers (a cheap connect, cached), or offline: pocketsphinx and its English
/// model are installed. Without them visitors still type, so it is Degraded at worst.
/// </summary>
public sealed class SpeechInputHealthCheck(IOptionsMonitor<SpeechInputOptions> options, ProviderReachability reach) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var listening = options.CurrentValue;
        if (!listening.Enabled) return Task.FromResult(HealthCheckResult.Healthy("Press to talk is switched off: visitors type."));
        if (listening.Provider == SpeechInputProvider.OpenAICompatible)
            return ProviderHealth.RemoteAsync(reach.OpenAIAsync(listening.Endpoint, ct), "The transcription server", listening.Endpoint,
                "Pocketsphinx on this machine hears visitors until it answers again.");
        return Task.FromResult(PocketsphinxTranscriber.IsInstalled(listening, out var problem)
            ? HealthCheckResult.Healthy("Pocketsphinx and its English model are installed: visitors' words are heard on this machine.")
            : HealthCheckResult.Degraded($"{problem} Until then press to talk cannot hear visitors; they can still type."));
    }
}
