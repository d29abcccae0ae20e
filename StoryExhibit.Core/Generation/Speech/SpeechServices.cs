using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Core.Generation.Speech.Festival;
using StoryExhibit.Core.Generation.Speech.OpenAI;
using StoryExhibit.Core.Narration;

namespace StoryExhibit.Core.Generation.Speech;

public static class SpeechServices
{
    /// <summary>
    /// Registers narration: <see cref="SpeechOptions"/> and <see cref="CurrentSpeech"/>, which hands out the configured
    /// <see cref="ISpeechSynthesizer"/> (none when narration is disabled or the browser speaks) and a
    /// <see cref="NarrationPipeline"/> (which then delivers sentences without audio, for the browser to speak).
    /// Bad settings stop the app at start with a clear message.
    /// </summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = SpeechOptions.Section;
        services.AddOptions<SpeechOptions>().Bind(section)
            .Validate(o => o.Speed is >= 0.25 and <= 4, $"{s}:Speed must be between 0.25 and 4 (1 is normal).")
            .Validate(o => o.Pitch is null or (>= 0 and <= 99), $"{s}:Pitch must be between 0 and 99 (50 is normal).")
            .Validate(o => o.MaxParallel is >= 1 and <= 16, $"{s}:MaxParallel must be between 1 and 16.")
            .Validate(o => o.MinSentenceLength is >= 0 and <= 200, $"{s}:MinSentenceLength must be between 0 and 200.")
            .Validate(o => o.MaxSentenceLength >= 40 && o.MaxSentenceLength > o.MinSentenceLength,
                $"{s}:MaxSentenceLength must be at least 40 and more than MinSentenceLength.")
            .Validate(o => o.MinClipLength >= 0 && o.MinClipLength <= o.MaxSentenceLength,
                $"{s}:MinClipLength must be between 0 (one sentence a clip) and MaxSentenceLength.")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{s}:Timeout must be positive, e.g. \"00:00:30\".")
            .Validate(o => !o.Enabled || o.Provider != SpeechProvider.OpenAICompatible || o.Endpoint is { IsAbsoluteUri: true, Scheme: "http" or "https" },
                $"{s}:Provider is OpenAICompatible, so {s}:Endpoint must be the server's http(s) address, e.g. http://localhost:4123.")
            .Validate(o => !o.Enabled || o.Provider != SpeechProvider.OpenAI || !string.IsNullOrWhiteSpace(o.ApiKey),
                $"{s}:Provider is OpenAI, so {s}:ApiKey must hold an OpenAI API key.")
            .Validate(o => !o.Enabled || o.Provider is not (SpeechProvider.OpenAI or SpeechProvider.OpenAICompatible)
                           || o.ResponseFormat is "mp3" or "wav" or "opus" or "aac" or "flac",
                $"{s}:ResponseFormat must be mp3, wav, opus, aac or flac.")
            .ValidateOnStart();

        services.AddSingleton<CurrentSpeech>();
        services.AddSingleton(sp => new SpeechAudioEncoder(new SpeechEncodingOptions(), sp.GetService<ILogger<SpeechAudioEncoder>>()));
        return services;
    }

    /// <summary>The synthesizer the options ask for; null for the browser or when narration is disabled.</summary>
    public static ISpeechSynthesizer? CreateSynthesizer(SpeechOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled) return null;
        return options.Provider switch
        {
            SpeechProvider.Espeak => new EspeakSpeechSynthesizer(new EspeakOptions
            {
                DefaultVoice = string.IsNullOrWhiteSpace(options.Voice) ? "en" : options.Voice,
                Timeout = options.Timeout,
            }),
            SpeechProvider.Festival => new FestivalSpeechSynthesizer(new FestivalOptions
            {
                DefaultVoice = string.IsNullOrWhiteSpace(options.Voice) ? FestivalSpeechSynthesizer.SltVoice : options.Voice,
                Timeout = options.Timeout,
            }),
            SpeechProvider.OpenAI or SpeechProvider.OpenAICompatible => new OpenAISpeechSynthesizer(new OpenAISpeechOptions
            {
                Endpoint = options.Endpoint,
                ApiKey = options.ApiKey,
                Model = !string.IsNullOrWhiteSpace(options.Model) ? options.Model
                    : options.Provider == SpeechProvider.OpenAI ? "gpt-4o-mini-tts" : "tts-1",
                DefaultVoice = string.IsNullOrWhiteSpace(options.Voice) ? "alloy" : options.Voice,
                ResponseFormat = options.ResponseFormat,
                Timeout = options.Timeout,
            }),
            _ => null,
        };
    }
}
