namespace StoryExhibit.Core.Illustrations;

/// <summary>A scene's picture is ready (or failed): what story pages and story-following canvases listen to.</summary>
public sealed record IllustrationUpdate(Guid StoryId, Guid SceneId, Illustration Illustration);

/// <summary>Announces illustration updates in-process. Handlers must be quick and must not throw.</summary>
public sealed class IllustrationFeed
{
    public event Action<IllustrationUpdate>? Updated;

    public void Publish(IllustrationUpdate update) => Updated?.Invoke(update);
}
