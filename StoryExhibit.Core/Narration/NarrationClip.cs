namespace StoryExhibit.Core.Narration;

/// <summary>
/// One narrated sentence of a scene, stored so the scene can be played again without synthesising it again.
/// The audio itself is a file in the narration folder; <see cref="VoiceKey"/> records the settings it was made
/// with, so changing the voice or speed makes new clips.
/// </summary>
public sealed class NarrationClip
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SceneId { get; set; }
    public int Index { get; set; }
    public string Sentence { get; set; } = "";
    /// <summary>The character whose quoted line this is, when a character voice read it.</summary>
    public string? Speaker { get; set; }
    public string? Voice { get; set; }
    public string VoiceKey { get; set; } = "";
    public string? MediaType { get; set; }
    /// <summary>File name in the narration folder; null when the browser speaks the sentence or synthesis failed.</summary>
    public string? FileName { get; set; }
    public double? DurationSeconds { get; set; }
    public string? Error { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}
