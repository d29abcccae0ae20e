namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>Settings of the embedded SVG illustrator (<c>Generation:Images:Offline</c>).</summary>
public sealed class OfflineIllustratorOptions
{
    /// <summary>Animation time between two successive frames: drift speeds are tuned for 0.25 s (4 frames a second).</summary>
    public TimeSpan FrameStep { get; set; } = TimeSpan.FromSeconds(0.25);
}
