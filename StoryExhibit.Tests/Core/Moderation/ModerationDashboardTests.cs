using StoryExhibit.Core.Analytics;
using StoryExhibit.Tests.Core.Analytics;

namespace StoryExhibit.Tests.Core.Moderation;

/// <summary>Refused visitor texts and moderated scenes, counted on the dashboard by category and box, from events that carry no text.</summary>
public sealed class ModerationDashboardTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 21, 15, 30, 0, DateTimeKind.Utc);
    private AnalyticsHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AnalyticsHost.StartAsync();
        var story = Guid.NewGuid();
        await _host.SeedAsync(db =>
        {
            void Event(ExhibitEventKind kind, string detail, Guid? storyId = null, int daysAgo = 0) =>
                db.Events.Add(new ExhibitEvent { Kind = kind, Detail = detail, StoryId = storyId, OccurredUtc = Now.AddHours(-1).AddDays(-daysAgo) });
            Event(ExhibitEventKind.InputRefused, "Gore/OwnChoice", story);
            Event(ExhibitEventKind.InputRefused, "Violence/OwnChoice", story);
            Event(ExhibitEventKind.InputRefused, "Gore/Idea");
            Event(ExhibitEventKind.InputRefused, "Profanity/FeedbackComment", story);
            Event(ExhibitEventKind.InputRefused, "Gore/Idea", daysAgo: 3); // outside today
            Event(ExhibitEventKind.SceneModerated, "Violence/rewritten", story);
            Event(ExhibitEventKind.SceneModerated, "Gore/softened", story);
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Refusals_are_counted_by_category_and_box_and_moderated_scenes_by_what_was_done()
    {
        var report = (await _host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Today, Now, TimeZoneInfo.Utc, default)).Moderation;

        Assert.Equal(4, report.Refused);
        Assert.Equal(["Gore 2", "Profanity 1", "Violence 1"], report.RefusedByCategory.Select(c => $"{c.Label} {c.Count}"));
        Assert.Equal(["Own choice 2", "Feedback comment 1", "Idea 1"], report.RefusedByBox.Select(c => $"{c.Label} {c.Count}"));
        Assert.Equal(["Gore · softened 1", "Violence · rewritten 1"], report.ScenesModerated.Select(c => $"{c.Label} {c.Count}"));
    }
}
