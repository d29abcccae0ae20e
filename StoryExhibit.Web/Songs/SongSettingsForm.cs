using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Web.Songs;

/// <summary>The "Songs" settings section's fields. The stored API key is never put in here: only whether one exists.</summary>
public sealed class SongSettingsForm : ISecretField
{
    public SongProvider Provider { get; set; } = SongProvider.Offline;
    public string? Endpoint { get; set; }
    public bool LyricsFromModel { get; set; } = true;

    public bool KeyStored { get; set; }
    public SecretAction KeyAction { get; set; }
    public string? NewApiKey { get; set; }

    public bool UsesServer => Provider == SongProvider.Remote;

    public static string ProviderName(SongProvider provider) => provider switch
    {
        SongProvider.Remote => "A song service (Suno-style)",
        _ => "This machine (espeak-ng)",
    };
}
