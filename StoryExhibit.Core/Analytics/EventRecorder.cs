using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Records what happens at the exhibit without ever making a visitor wait: events go into an in-memory queue and
/// <see cref="EventWriter"/> writes them to the database in batches. Never throws; never stores visitor text.
/// </summary>
public sealed class EventRecorder(IOptions<AnalyticsOptions> options)
{
    /// <summary>Events waiting to be written; beyond <see cref="AnalyticsOptions.QueueCapacity"/> the oldest are dropped.</summary>
    internal BatchQueue<ExhibitEvent> Pending { get; } = new(options.Value.QueueCapacity, WhenQueueFull.DropOldest);

    public void Record(ExhibitEventKind kind, Guid? storyId = null, string? sessionCode = null, string? detail = null, double? durationMs = null,
        string? visitorId = null)
        => Pending.TryAdd(new ExhibitEvent
        {
            Kind = kind,
            OccurredUtc = DateTime.UtcNow,
            StoryId = storyId,
            SessionCode = string.IsNullOrEmpty(sessionCode) ? null : sessionCode,
            Detail = Short(detail),
            DurationMs = durationMs is { } ms && double.IsFinite(ms) ? Math.Max(0, ms) : null,
            VisitorId = visitorId is { Length: > 0 and <= 16 } ? visitorId : null,
        });

    /// <param name="visitorId">The visitor's pseudonym (<see cref="ExhibitEvent.VisitorId"/>), when known.</param>
    public void StoryStarted(Story story, string? visitorId) => Record(ExhibitEventKind.StoryStarted, story.Id, story.SessionCode, story.Seed.Genre, visitorId: visitorId);

    /// <summary>A scene was written (or stopped, or failed): <paramref name="detail"/> is the provider, or the state when it did not complete.</summary>
    public void SceneGenerated(Story story, string detail, TimeSpan took) => Record(ExhibitEventKind.SceneGenerated, story.Id, story.SessionCode, detail, took.TotalMilliseconds);

    /// <summary>The first words of a scene arrived, <paramref name="took"/> after the storyteller was asked; <paramref name="provider"/> wrote them.</summary>
    public void SceneFirstWords(Story story, string provider, TimeSpan took) => Record(ExhibitEventKind.SceneFirstWords, story.Id, story.SessionCode, provider, took.TotalMilliseconds);

    public void ChoiceMade(Story story, string kind) => Record(ExhibitEventKind.ChoiceMade, story.Id, story.SessionCode, kind);

    public void BranchTaken(Story story, int fromSceneNumber) => Record(ExhibitEventKind.BranchTaken, story.Id, story.SessionCode, $"scene {fromSceneNumber}");

    public void StoryFinished(Story story, int scenes) => Record(ExhibitEventKind.StoryFinished, story.Id, story.SessionCode, $"{scenes} scenes");

    /// <summary>The browser began playing a narration; <paramref name="toFirstSound"/> is from asking to hearing, when known.</summary>
    public void NarrationPlayed(Guid storyId, TimeSpan? toFirstSound) => Record(ExhibitEventKind.NarrationPlayed, storyId, durationMs: toFirstSound?.TotalMilliseconds);

    public void PictureShown(Guid storyId, ArtStyle style) => Record(ExhibitEventKind.PictureShown, storyId, detail: style.ToString());

    /// <summary>A visitor took their story home; <paramref name="format"/> is e.g. "json", "pdf", "epub", "video".</summary>
    public void Exported(Guid? storyId, string? sessionCode, string format) => Record(ExhibitEventKind.Exported, storyId, sessionCode, format);

    public void FeedbackGiven(Guid? storyId, string? sessionCode, int rating) => Record(ExhibitEventKind.FeedbackGiven, storyId, sessionCode, $"{rating} stars");

    /// <summary>A visitor's text was refused: counted by category and box (e.g. "OwnChoice"), never quoted.</summary>
    public void InputRefused(Guid? storyId, string? sessionCode, ModerationCategory category, string box) =>
        Record(ExhibitEventKind.InputRefused, storyId, sessionCode, $"{category}/{box}");

    /// <summary>A scene went beyond its story's rating and was <paramref name="action"/> ("rewritten" or "softened").</summary>
    public void SceneModerated(Story story, ModerationCategory category, string action) =>
        Record(ExhibitEventKind.SceneModerated, story.Id, story.SessionCode, $"{category}/{action}");

    private static string? Short(string? detail)
        => string.IsNullOrWhiteSpace(detail) ? null : detail.Length <= 80 ? detail : detail[..80];
}
