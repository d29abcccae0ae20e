namespace StoryExhibit.Core.Settings;

/// <summary>An API key setting and the setting holding the address the key is sent to.</summary>
public sealed record KeyedEndpoint(string KeySetting, string EndpointSetting);

/// <summary>
/// Every API key the settings pages store, with its address. A stored key belongs to the address it was entered for:
/// <see cref="SettingsStore"/> drops it when the address changes without a new key, and the settings configuration
/// withholds it when the address it was entered for is not the one in effect (an old database, a direct edit).
/// The moderation check uses the storyteller's key and address, so it is covered by the storyteller's pair.
/// </summary>
public static class KeyedEndpoints
{
    public static readonly IReadOnlyList<KeyedEndpoint> All =
    [
        new("Generation:Text:OpenAICompatible:ApiKey", "Generation:Text:OpenAICompatible:Endpoint"),
        new("Generation:Images:OpenAI:ApiKey", "Generation:Images:OpenAI:Endpoint"),
        new("Generation:Speech:ApiKey", "Generation:Speech:Endpoint"),
        new("Generation:SpeechInput:ApiKey", "Generation:SpeechInput:Endpoint"),
        new("Generation:Songs:ApiKey", "Generation:Songs:Endpoint"),
    ];

    /// <summary>Whether two configured addresses are the same ("" or null: the provider's default; a trailing slash does not count).</summary>
    public static bool SameAddress(string? a, string? b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private static string Canonical(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "";
        var text = address.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri.AbsoluteUri.TrimEnd('/') : text;
    }
}
