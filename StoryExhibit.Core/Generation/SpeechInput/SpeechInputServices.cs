using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Generation.SpeechInput;

public static class SpeechInputServices
{
    public const int MaxSecondsLimit = 120;
    public const int MaxBytesLimit = 16 * 1024 * 1024;

    /// <summary>Registers "press to talk": <see cref="SpeechInputOptions"/> and <see cref="CurrentSpeechInput"/>. Bad settings stop the app at start.</summary>
    public static IServiceCollection AddSpeechInput(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = SpeechInputOptions.Section;
        services.AddOptions<SpeechInputOptions>().Bind(section)
            .Validate(o => o.MaxSeconds is >= 1 and <= MaxSecondsLimit, $"{s}:MaxSeconds must be between 1 and {MaxSecondsLimit}.")
            .Validate(o => o.MaxBytes is >= 1024 and <= MaxBytesLimit, $"{s}:MaxBytes must be between 1024 and {MaxBytesLimit}.")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{s}:Timeout must be positive, e.g. \"00:00:15\".")
            .Validate(o => o.OfflineTimeout > TimeSpan.Zero, $"{s}:OfflineTimeout must be positive, e.g. \"00:00:30\".")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Model), $"{s}:Model must name the transcription model, e.g. whisper-1.")
            .Validate(o => o.Endpoint is null || o.Endpoint is { IsAbsoluteUri: true, Scheme: "http" or "https" },
                $"{s}:Endpoint must be the server's http(s) address, e.g. http://localhost:8080.")
            .ValidateOnStart();
        services.AddSingleton<CurrentSpeechInput>();
        return services;
    }
}
