using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Illustrations;

public enum IllustrationState { Queued, Painting, Ready, Failed }

/// <summary>
/// A scene's picture. It is made in the background after the scene is written; the image is a file in the
/// illustrations folder, served over HTTP. A failure never touches the scene.
/// </summary>
public sealed class Illustration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SceneId { get; set; }
    public Guid StoryId { get; set; }
    public ArtStyle Style { get; set; }
    public IllustrationState State { get; set; } = IllustrationState.Queued;
    public string? MediaType { get; set; }
    /// <summary>File name in the illustrations folder, once ready.</summary>
    public string? FileName { get; set; }
    public string? AltText { get; set; }
    public string? Error { get; set; }
    /// <summary>The scene's <see cref="Stories.Scene.Variant"/> the picture was painted for: a rewritten scene gets a new one.</summary>
    public int SceneVariant { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime? FinishedUtc { get; set; }

    /// <summary>A copy to hand to listeners, unaffected by later changes to this one.</summary>
    public Illustration Snapshot() => (Illustration)MemberwiseClone();
}
