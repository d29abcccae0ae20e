namespace StoryExhibit.Core.Stories;

/// <summary>A visitor's story: its seed and the tree of scenes grown from it.</summary>
public sealed class Story
{
    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>Code such as <c>OTTER-LANTERN-MANGO-48213</c> (<see cref="SessionCodes"/>) to reopen the story on any device.</summary>
    public string SessionCode { get; set; } = "";
    public string Title { get; set; } = "";
    public StorySeed Seed { get; set; } = null!;
    /// <summary>The scene the visitor is looking at; new scenes grow from it.</summary>
    public Guid? CurrentSceneId { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public List<Scene> Scenes { get; set; } = [];
}
