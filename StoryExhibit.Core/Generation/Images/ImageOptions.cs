using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Generation.Images.OpenAI;

namespace StoryExhibit.Core.Generation.Images;

public enum ImageProvider { Offline, SdxlTurbo, OpenAI }

/// <summary>Which illustrator draws the scenes (<c>Generation:Images</c> in appsettings.json), and its settings.</summary>
public sealed class ImageOptions
{
    public const string Section = "Generation:Images";

    public ImageProvider Provider { get; set; } = ImageProvider.Offline;
    /// <summary>Style used when a visitor has not chosen one.</summary>
    public ArtStyle DefaultStyle { get; set; } = ArtStyle.Storybook;
    public int Width { get; set; } = 1920;
    public int Height { get; set; } = 1080;
    /// <summary>Which illustrator feeds live canvases; null uses <see cref="Provider"/> when it can stream (offline and SDXL-Turbo can; OpenAI cannot).</summary>
    public ImageProvider? LiveProvider { get; set; }
    public OfflineIllustratorOptions Offline { get; set; } = new();
    public SdxlTurboOptions SdxlTurbo { get; set; } = new();
    public OpenAIImageOptions OpenAI { get; set; } = new();
}
