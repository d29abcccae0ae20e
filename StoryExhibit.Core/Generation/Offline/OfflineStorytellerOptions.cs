namespace StoryExhibit.Core.Generation.Offline;

public sealed class OfflineStorytellerOptions
{
    /// <summary>Pause between streamed words, so the story appears as if being written. Zero streams at once.</summary>
    public TimeSpan WordDelay { get; set; } = TimeSpan.FromMilliseconds(25);
}
