using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Web.Health;

/// <summary>
/// Readiness of the provider chosen for each generator, read through <c>IOptionsMonitor</c> so a provider changed
/// on the settings pages is checked at once. Built-in providers are healthy when what they need is installed; a
/// remote provider that cannot be reached is Degraded, not Unhealthy, because the exhibit carries on without it.
/// Descriptions name the provider and its address, never a key.
/// </summary>
public static class ProviderHealth
{
    public static async Task<HealthCheckResult> RemoteAsync(Task<ProbeResult> reach, string provider, Uri? shown, string fallback)
    {
        var result = await reach;
        var where = $"{provider} at {Show(shown ?? OpenAIStoryteller.DefaultEndpoint)}";
        return result.Success
            ? HealthCheckResult.Healthy($"{where} - {result.Message}")
            : HealthCheckResult.Degraded($"{where} - {result.Message} {fallback}");
    }

    /// <summary>An address fit for a description: no user info, query or fragment.</summary>
    public static string Show(Uri url) =>
        url.IsAbsoluteUri ? new UriBuilder(url) { UserName = "", Password = "", Query = "", Fragment = "" }.Uri.ToString() : "(not an absolute address)";
}

public sealed class TextProviderHealthCheck(IOptionsMonitor<TextGenerationOptions> options, ProviderReachability reach) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var text = options.CurrentValue;
        if (text.Provider == TextProvider.Offline || text.OpenAICompatible is null)
            return Task.FromResult(HealthCheckResult.Healthy("The built-in offline storyteller writes the stories."));
        var endpoint = text.OpenAICompatible.Endpoint;
        return ProviderHealth.RemoteAsync(reach.OpenAIAsync(endpoint, ct), "The storyteller server", endpoint, "Scenes cannot be written until it answers again.");
    }
}

public sealed class ImageProviderHealthCheck(IOptionsMonitor<ImageOptions> options, ProviderReachability reach) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var images = options.CurrentValue;
        const string fallback = "Scenes are illustrated by the offline illustrator meanwhile.";
        return images.Provider switch
        {
            ImageProvider.SdxlTurbo => ProviderHealth.RemoteAsync(reach.TcpAsync(images.SdxlTurbo.Endpoint, ct), "SDXL-Turbo", images.SdxlTurbo.Endpoint, fallback),
            ImageProvider.OpenAI => ProviderHealth.RemoteAsync(reach.OpenAIAsync(images.OpenAI.Endpoint, ct), "The OpenAI image service", images.OpenAI.Endpoint, fallback),
            _ => Task.FromResult(HealthCheckResult.Healthy("The built-in offline illustrator draws the pictures.")),
        };
    }
}

public sealed class SpeechProviderHealthCheck(IOptionsMonitor<SpeechOptions> options, ProviderReachability reach) : IHealthCheck
{
    public const string EspeakProgram = "espeak-ng";
    public const string FestivalProgram = "text2wave";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var speech = options.CurrentValue;
        const string fallback = "Stories are shown without narration until it answers again.";
        if (!speech.Enabled) return Task.FromResult(HealthCheckResult.Healthy("Narration is switched off."));
        return speech.Provider switch
        {
            SpeechProvider.Espeak => Task.FromResult(OnPath(EspeakProgram) is { } path
                ? HealthCheckResult.Healthy($"espeak-ng is installed ({path}).")
                : HealthCheckResult.Degraded("espeak-ng is not installed: stories are shown without narration. Install the espeak-ng package.")),
            SpeechProvider.Festival => Task.FromResult(OnPath(FestivalProgram) is { } festival
                ? HealthCheckResult.Healthy($"Festival is installed ({festival}).")
                : HealthCheckResult.Degraded("Festival is not installed: stories are shown without narration. Install the festival and festvox-us-slt-hts packages.")),
            SpeechProvider.OpenAI => ProviderHealth.RemoteAsync(reach.OpenAIAsync(null, ct), "OpenAI speech", null, fallback),
            SpeechProvider.OpenAICompatible when speech.Endpoint is { } endpoint =>
                ProviderHealth.RemoteAsync(reach.OpenAIAsync(endpoint, ct), "The speech server", endpoint, fallback),
            SpeechProvider.OpenAICompatible => Task.FromResult(HealthCheckResult.Degraded("The speech server has no address: set one on the speech settings page.")),
            _ => Task.FromResult(HealthCheckResult.Healthy("Visitors' own browsers read the stories aloud.")),
        };
    }

    /// <summary>The full path of <paramref name="program"/> found on PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
