namespace StoryExhibit.Core.Analytics;

/// <summary>What happened at the exhibit. Stored by name, so new kinds never renumber old rows.</summary>
public enum ExhibitEventKind
{
    StoryStarted,
    SceneGenerated,
    ChoiceMade,
    BranchTaken,
    NarrationPlayed,
    PictureShown,
    Exported,
    StoryAbandoned,
    StoryFinished,
    FeedbackGiven,
    DataDeleted,
    /// <summary>A visitor's text did not fit the story; Detail is "category/box", never the text.</summary>
    InputRefused,
    /// <summary>A storyteller's scene went beyond the rating; Detail is "category/rewritten" or "category/softened".</summary>
    SceneModerated,
    /// <summary>A scene's first words reached the visitor; Detail is the text provider, DurationMs the wait from asking.</summary>
    SceneFirstWords,
}

/// <summary>One recorded event, for the dashboards and the CSV export. Carries no visitor text.</summary>
public sealed class ExhibitEvent
{
    public long Id { get; set; }
    public ExhibitEventKind Kind { get; set; }
    public DateTime OccurredUtc { get; set; } = DateTime.UtcNow;
    /// <summary>The story it concerns, when there is one (events are deleted with their story's data).</summary>
    public Guid? StoryId { get; set; }
    /// <summary>The story's session code, so a visitor's request to delete their data finds the events too.</summary>
    public string? SessionCode { get; set; }
    /// <summary>A short label to group by: the genre, art style, export format or provider.</summary>
    public string? Detail { get; set; }
    /// <summary>
    /// A pseudonym of the visitor's browser on <see cref="ExhibitEventKind.StoryStarted"/> (a hash of its visitor
    /// cookie, never an address), so the dashboard can count visitors as well as stories.
    /// </summary>
    public string? VisitorId { get; set; }
    /// <summary>How long it took, when that means something (scene generation, first sound).</summary>
    public double? DurationMs { get; set; }
}
