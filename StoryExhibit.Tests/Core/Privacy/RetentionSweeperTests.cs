using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>The retention sweep against a real SQLite file, with the clock moved by hand.</summary>
public sealed class RetentionSweeperTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;

    public async Task InitializeAsync() => _world = await PrivacyWorld.StartAsync(retentionDays: 30);
    public async Task DisposeAsync() => await _world.DisposeAsync();

    private DateTime DaysAgo(double days) => _world.Clock.Now.UtcDateTime.AddDays(-days);

    [Fact]
    public async Task Only_data_older_than_the_retention_period_is_deleted()
    {
        var old = await _world.SeedStoryAsync("An old story", updatedUtc: DaysAgo(31));
        var recent = await _world.SeedStoryAsync("A recent story", updatedUtc: DaysAgo(29));
        await using (var db = await _world.DbAsync())
        {
            db.Feedback.AddRange(new VisitorFeedback { Rating = 2, Comment = "old, no story", CreatedUtc = DaysAgo(40) },
                new VisitorFeedback { Rating = 4, Comment = "new, no story", CreatedUtc = DaysAgo(2) });
            db.Events.AddRange(new ExhibitEvent { Kind = ExhibitEventKind.StoryAbandoned, SessionCode = "GONE-1234", OccurredUtc = DaysAgo(45) },
                new ExhibitEvent { Kind = ExhibitEventKind.StoryAbandoned, OccurredUtc = DaysAgo(3) },
                // Old, but its story is recent: it goes with that story, not before.
                new ExhibitEvent { Kind = ExhibitEventKind.ChoiceMade, StoryId = recent.Story.Id, SessionCode = recent.Story.SessionCode, OccurredUtc = DaysAgo(35) });
            db.Consents.AddRange(new ConsentRecord { Purpose = "camera", Granted = false, PolicyVersion = "2026-11", RecordedUtc = DaysAgo(31) },
                new ConsentRecord { Purpose = "camera", Granted = false, PolicyVersion = "2026-11", RecordedUtc = DaysAgo(1) });
            await db.SaveChangesAsync();
        }

        var report = await _world.Get<RetentionSweeper>().SweepAsync(default);

        Assert.Equal(new RetentionReport(1, 1, 1, 1, 0), report);
        await using var check = await _world.DbAsync();
        Assert.False(await check.Stories.AnyAsync(s => s.Id == old.Story.Id));
        Assert.True(await check.Stories.AnyAsync(s => s.Id == recent.Story.Id));
        Assert.All(old.Files, file => Assert.False(File.Exists(file)));
        Assert.All(recent.Files, file => Assert.True(File.Exists(file)));
        Assert.Equal(["Loved A recent story", "new, no story"], (await check.Feedback.ToListAsync()).Select(f => f.Comment).Order());
        Assert.Equal(2, await check.Consents.CountAsync());
        Assert.True(await check.Events.AnyAsync(e => e.Kind == ExhibitEventKind.ChoiceMade && e.StoryId == recent.Story.Id));
        Assert.False(await check.Events.AnyAsync(e => e.SessionCode == "GONE-1234"));
        Assert.Equal("retention", (await check.Events.SingleAsync(e => e.Kind == ExhibitEventKind.DataDeleted)).Detail);
    }

    [Fact]
    public async Task A_shorter_period_applies_at_the_next_sweep_and_left_over_folders_are_removed()
    {
        var story = await _world.SeedStoryAsync(updatedUtc: DaysAgo(5));
        Assert.Equal(0, (await _world.Get<RetentionSweeper>().SweepAsync(default)).Stories);

        // A picture folder left behind by an erasure that could not delete it, old enough not to be a story being saved.
        var orphan = Directory.CreateDirectory(Path.Combine(_world.Folders.Illustrations, Guid.NewGuid().ToString("N")));
        File.WriteAllText(Path.Combine(orphan.FullName, "late.svg"), "<svg/>");
        Directory.SetLastWriteTimeUtc(orphan.FullName, _world.Clock.Now.UtcDateTime - OrphanFiles.Grace - TimeSpan.FromMinutes(1));

        var sweeper = new RetentionSweeper(_world.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<StoryExhibit.Core.Persistence.StoryExhibitDb>>(),
            _world.Get<VisitorDataEraser>(), _world.Get<OrphanFiles>(),
            new StaticOptions<PrivacyOptions>(new PrivacyOptions { RetentionDays = 3 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RetentionSweeper>.Instance, _world.Clock);
        var report = await sweeper.SweepAsync(default);

        Assert.Equal(1, report.Stories);
        Assert.Equal(1, report.OrphanFolders);
        Assert.False(Directory.Exists(orphan.FullName));
        Assert.All(story.Files, file => Assert.False(File.Exists(file)));
    }
}

/// <summary>Options whose current value a test chooses.</summary>
public sealed class StaticOptions<T>(T value) : Microsoft.Extensions.Options.IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
