namespace StoryExhibit.Core.Stories;

public enum SceneState
{
    /// <summary>Being written right now (or the server stopped while it was).</summary>
    Writing,
    Complete,
    /// <summary>The visitor stopped it, or their browser left; the partial prose is kept.</summary>
    Stopped,
    /// <summary>The storyteller failed; whatever prose arrived is kept.</summary>
    Failed,
}

/// <summary>A node of the story tree. Its incoming edge is the parent's choice it was written for.</summary>
public sealed class Scene
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid StoryId { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>The parent's choice this scene continues; null for the first scene.</summary>
    public Guid? ViaChoiceId { get; set; }
    /// <summary>1-based depth in the tree: the scene's position in its path.</summary>
    public int Number { get; set; }
    public string Prose { get; set; } = "";
    public SceneState State { get; set; } = SceneState.Writing;
    public bool IsEnding { get; set; }
    /// <summary>
    /// Written ahead and not yet opened: the writer's later chapters. A choice leading to an unread scene is not "read
    /// before"; the scene becomes read when it is first made the current scene.
    /// </summary>
    public bool Unread { get; set; }
    /// <summary>Bumped by each regeneration so the storyteller tells it differently.</summary>
    public int Variant { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public List<Choice> Choices { get; set; } = [];

    public bool IsFinished => State is SceneState.Complete or SceneState.Stopped or SceneState.Failed;
}

/// <summary>An edge of the story tree: one "what happens next?" option of a scene.</summary>
public sealed class Choice
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SceneId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    /// <summary>Written by the visitor ("something else...") rather than offered by the storyteller.</summary>
    public bool IsCustom { get; set; }
}
