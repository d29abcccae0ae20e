namespace StoryExhibit.Core.Illustrations;

/// <summary>A scene's picture is ready (or failed): what story pages and story-following canvases listen to.</summary>
public sealed record IllustrationUpdate(Guid StoryId, Guid SceneId, Illustration Illustration);

/// <summary>Announces illustration updates in-process. Handlers must be quick and must not throw.</summary>
public sealed class IllustrationFeed
{
    public event Action<IllustrationUpdate>? Updated;

    /// <summary>Announces the picture as it is now (a snapshot: later changes to <paramref name="picture"/> are not seen).</summary>
    public void Publish(Illustration picture) => Updated?.Invoke(new IllustrationUpdate(picture.StoryId, picture.SceneId, picture.Snapshot()));
}
