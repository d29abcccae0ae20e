namespace StoryExhibit.Core.Privacy;

/// <summary>A visitor's answer on a consent screen, kept with the policy version they were shown.</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    /// <summary>What the consent is for: "camera" or "microphone".</summary>
    public string Purpose { get; set; } = "";
    public bool Granted { get; set; }
    public string PolicyVersion { get; set; } = "";
    public DateTime RecordedUtc { get; set; } = DateTime.UtcNow;
    /// <summary>The story the visitor was starting or in, when known; deleted with it.</summary>
    public string? SessionCode { get; set; }
}
