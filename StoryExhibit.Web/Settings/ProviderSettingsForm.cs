using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Web.Settings;

/// <summary>The providers page's fields: who writes the scenes and who paints them. Stored keys are never put in here.</summary>
public sealed class ProviderSettingsForm
{
    public TextProvider TextProvider { get; set; }
    public string? TextEndpoint { get; set; }
    public string? TextModel { get; set; }
    public int TextTimeoutSeconds { get; set; } = 60;
    public SecretEntry TextKey { get; set; } = new();

    public ImageProvider ImageProvider { get; set; }
    public string? SdxlEndpoint { get; set; }
    public int SdxlTimeoutSeconds { get; set; } = 30;
    public string? ImagesEndpoint { get; set; }
    public string? ImagesModel { get; set; }
    public int ImagesTimeoutSeconds { get; set; } = 120;
    public SecretEntry ImagesKey { get; set; } = new();

    public static string Name(TextProvider provider) => provider switch
    {
        TextProvider.Offline => "Offline storyteller (built in)",
        _ => "OpenAI or an OpenAI-compatible server",
    };

    public static string Name(ImageProvider provider) => provider switch
    {
        ImageProvider.Offline => "Offline illustrator (built in)",
        ImageProvider.SdxlTurbo => "SDXL-Turbo server (gRPC)",
        _ => "OpenAI images",
    };
}
