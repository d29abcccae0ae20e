using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Music;

/// <summary>
/// The music's provider: the song service answers (a cheap connect, cached), or the offline composer is ready (FluidSynth,
/// its SoundFont and ffmpeg are there; without them stories carry on in silence).
/// </summary>
public sealed class MusicHealthCheck(IOptionsMonitor<MusicOptions> options, IOptionsMonitor<SongOptions> songs, ProviderReachability reach) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var music = options.CurrentValue;
        if (!music.Enabled) return Task.FromResult(HealthCheckResult.Healthy("Music is switched off."));
        var missing = Missing(music);
        var standIn = missing.Count == 0 ? "The built-in composer's loops play until it answers again." : "Stories play without music until it answers again.";
        if (music.Provider == MusicProvider.SongService)
            return songs.CurrentValue.Endpoint is { } endpoint
                ? ProviderHealth.RemoteAsync(reach.TcpAsync(endpoint, ct), "The song service (music)", endpoint, standIn)
                : Task.FromResult(HealthCheckResult.Degraded($"Music is to come from the song service, but none is set up (Generation:Songs:Endpoint). {standIn}"));
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"The built-in composer plays with FluidSynth and {Path.GetFileName(music.SoundFont)}.")
            : HealthCheckResult.Degraded($"Stories play without music: missing {string.Join(", ", missing)}."));
    }

    /// <summary>What the built-in composer needs and does not find.</summary>
    public static List<string> Missing(MusicOptions music)
    {
        ArgumentNullException.ThrowIfNull(music);
        var missing = new List<string>();
        if (Find(music.FluidSynthPath) is null) missing.Add("FluidSynth (install the fluidsynth package)");
        if (!File.Exists(music.SoundFont)) missing.Add($"the SoundFont {music.SoundFont} (install timgm6mb-soundfont or set Music:SoundFont)");
        if (Find(music.FfmpegPath) is null) missing.Add("ffmpeg (install the ffmpeg package)");
        return missing;
    }

    private static string? Find(string program) => Path.IsPathRooted(program) ? (File.Exists(program) ? program : null) : SpeechProviderHealthCheck.OnPath(program);
}
