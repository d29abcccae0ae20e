namespace StoryExhibit.Core.Privacy;

/// <summary>
/// Everything the exhibit keeps about one story, in a form a person can read: what is downloaded as JSON before
/// the visitor deletes it, and what the "Your data" page counts. Links are absolute when a base address is given.
/// </summary>
public sealed record VisitorDataExport
{
    public required DateTime ExportedUtc { get; init; }
    /// <summary>When this story's data is deleted automatically unless it changes again.</summary>
    public required DateTime DeletedAutomaticallyAfterUtc { get; init; }
    public required int RetentionDays { get; init; }
    public required ExportedStory Story { get; init; }
    public required IReadOnlyList<ExportedScene> Scenes { get; init; }
    public required IReadOnlyList<ExportedFeedback> Feedback { get; init; }
    public required IReadOnlyList<ExportedConsent> Consents { get; init; }
    public required IReadOnlyList<ExportedEvent> Events { get; init; }

    public int PictureCount => Scenes.Sum(s => s.Pictures.Count);
    public int NarrationCount => Scenes.Sum(s => s.Narration.Count);
}

public sealed record ExportedStory(
    string SessionCode, string Title, DateTime CreatedUtc, DateTime UpdatedUtc, string Prompt, string Genre, IReadOnlyList<string> Characters,
    string? Place, string? StoryObject, string Audience, string Rating, string Ending, int Length, string ArtStyle);

public sealed record ExportedScene(
    int Number, Guid Id, Guid? ParentId, string? ChosenToGetHere, string Prose, string State, bool IsEnding, DateTime CreatedUtc,
    IReadOnlyList<ExportedChoice> Choices, IReadOnlyList<ExportedPicture> Pictures, IReadOnlyList<ExportedNarration> Narration);

public sealed record ExportedChoice(string Text, bool WrittenByVisitor);

public sealed record ExportedPicture(string Url, string? AltText, string Style, string State, DateTime CreatedUtc);

public sealed record ExportedNarration(int Index, string Sentence, string? Url, string? Voice);

public sealed record ExportedFeedback(int Rating, string Comment, DateTime CreatedUtc);

public sealed record ExportedConsent(string Purpose, bool Granted, string PolicyVersion, DateTime RecordedUtc);

public sealed record ExportedEvent(string Kind, DateTime OccurredUtc, string? Detail);
