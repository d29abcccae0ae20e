using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Music;

/// <summary>The offline composer is ready when FluidSynth, its SoundFont and ffmpeg are all there; without them stories carry on in silence.</summary>
public sealed class MusicHealthCheck(IOptionsMonitor<MusicOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var music = options.CurrentValue;
        if (!music.Enabled) return Task.FromResult(HealthCheckResult.Healthy("Music is switched off."));
        var missing = new List<string>();
        if (Find(music.FluidSynthPath) is null) missing.Add("FluidSynth (install the fluidsynth package)");
        if (!File.Exists(music.SoundFont)) missing.Add($"the SoundFont {music.SoundFont} (install timgm6mb-soundfont or set Music:SoundFont)");
        if (Find(music.FfmpegPath) is null) missing.Add("ffmpeg (install the ffmpeg package)");
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"The built-in composer plays with FluidSynth and {Path.GetFileName(music.SoundFont)}.")
            : HealthCheckResult.Degraded($"Stories play without music: missing {string.Join(", ", missing)}."));
    }

    private static string? Find(string program) => Path.IsPathRooted(program) ? (File.Exists(program) ? program : null) : SpeechProviderHealthCheck.OnPath(program);
}
