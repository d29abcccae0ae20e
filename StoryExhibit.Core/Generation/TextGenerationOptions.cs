using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation;

public enum TextProvider { Offline, OpenAICompatible }

/// <summary>Which storyteller writes the scenes (<c>Generation:Text</c> in appsettings.json), and its settings.</summary>
public sealed class TextGenerationOptions
{
    public const string Section = "Generation:Text";

    public TextProvider Provider { get; set; } = TextProvider.Offline;
    /// <summary>Creativity of the storyteller, 0 to 2.</summary>
    public float Temperature { get; set; } = 0.9f;
    /// <summary>How long each scene is, for every storyteller (see <see cref="SceneLengths"/>).</summary>
    public SceneLength SceneLength { get; set; } = SceneLength.Standard;
    public OfflineStorytellerOptions Offline { get; set; } = new();
    /// <summary>Needed when <see cref="Provider"/> is <see cref="TextProvider.OpenAICompatible"/>.</summary>
    public OpenAICompatibleOptions? OpenAICompatible { get; set; }
}
