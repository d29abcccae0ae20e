using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Canvases;

public enum CanvasSource
{
    /// <summary>Colour bars, a clock and the frame counter: for setting up a screen.</summary>
    TestPattern,
    /// <summary>The latest illustration of one story, by its session code.</summary>
    Story,
    /// <summary>A live image generator following a prompt (SDXL-Turbo's stream, or the offline illustrator animating).</summary>
    LiveGenerator,
}

/// <summary>A full-screen canvas route (<c>/canvas/{slug}</c>) and what it shows.</summary>
public sealed class CanvasDefinition
{
    public const double MaxFramesPerSecond = 4;

    /// <summary>Lower-case letters, digits and dashes; the URL of the screen.</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public CanvasSource Source { get; set; } = CanvasSource.TestPattern;
    /// <summary>For <see cref="CanvasSource.Story"/>: the story's session code.</summary>
    public string? StoryCode { get; set; }
    /// <summary>For <see cref="CanvasSource.LiveGenerator"/>: what to paint.</summary>
    public string? Prompt { get; set; }
    public ArtStyle Style { get; set; } = ArtStyle.Storybook;
    /// <summary>Frames a second for generated sources, at most <see cref="MaxFramesPerSecond"/>.</summary>
    public double FramesPerSecond { get; set; } = 2;
    /// <summary>Whether the screen shows the time and frame id in its corner (for setting up; off for a clean picture).</summary>
    public bool ShowCornerLabel { get; set; } = true;
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
}
