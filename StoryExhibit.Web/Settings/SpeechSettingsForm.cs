using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Web.Settings;

/// <summary>The speech settings page's fields. The stored API key is never put in here: only whether one exists.</summary>
public sealed class SpeechSettingsForm : ISecretField
{
    public bool Enabled { get; set; } = true;
    public SpeechProvider Provider { get; set; } = SpeechProvider.Espeak;
    public string? Endpoint { get; set; }
    public string? Voice { get; set; }
    public double Speed { get; set; } = 1.0;
    public int? Pitch { get; set; }
    public bool AutoPlayLastScene { get; set; } = true;
    public bool RealTimeNarration { get; set; } = true;
    public int MinSentenceLength { get; set; } = 20;

    /// <summary>Whether a key is in effect now (from staff settings or the server's configuration).</summary>
    public bool KeyStored { get; set; }
    public SecretAction KeyAction { get; set; }
    /// <summary>A new key typed by staff; cleared after a save.</summary>
    public string? NewApiKey { get; set; }

    public bool UsesServer => Provider is SpeechProvider.OpenAI or SpeechProvider.OpenAICompatible;

    public static string ProviderName(SpeechProvider provider) => provider switch
    {
        SpeechProvider.Espeak => "espeak-ng on this machine",
        SpeechProvider.Festival => "Festival on this machine (more natural)",
        SpeechProvider.OpenAI => "OpenAI",
        SpeechProvider.OpenAICompatible => "OpenAI-compatible server (e.g. Chatterbox)",
        SpeechProvider.Browser => "The visitor's browser",
        _ => provider.ToString(),
    };

    /// <summary>The provider's name inside a sentence.</summary>
    public static string ShortName(SpeechProvider provider) => provider switch
    {
        SpeechProvider.Espeak => "espeak-ng",
        SpeechProvider.Festival => "Festival",
        SpeechProvider.OpenAICompatible => "an OpenAI-compatible server",
        SpeechProvider.Browser => "the visitor's browser",
        _ => provider.ToString(),
    };
}
