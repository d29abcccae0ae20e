using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Privacy;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>Deleting a visitor's data on a real SQLite file with real files on disk.</summary>
public sealed class VisitorDataEraserTests : IAsyncLifetime
{
    private PrivacyWorld _world = null!;

    public async Task InitializeAsync() => _world = await PrivacyWorld.StartAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Every_row_and_file_of_the_story_goes_other_stories_stay_and_the_spend_still_counts()
    {
        var mine = await _world.SeedStoryAsync("A fox who keeps a lighthouse");
        var theirs = await _world.SeedStoryAsync("An owl who runs a bakery");

        var report = await _world.Get<VisitorDataEraser>().EraseAsync(mine.Story.SessionCode.ToLowerInvariant(), ErasureReasons.Visitor, default);

        Assert.NotNull(report);
        Assert.Equal((2, 2, 2, 2, 4, 1, 1, 2, 1), (report.Scenes, report.Choices, report.Pictures, report.NarrationClips, report.Files, report.Feedback, report.Consents, report.Events, report.ProviderCallsAnonymised));
        Assert.Equal(0, report.FilesLeft);
        await using var db = await _world.DbAsync();
        var sceneIds = mine.Scenes.Select(s => s.Id).ToList();
        Assert.False(await db.Stories.AnyAsync(s => s.Id == mine.Story.Id));
        Assert.False(await db.Scenes.AnyAsync(s => s.StoryId == mine.Story.Id));
        Assert.False(await db.Choices.AnyAsync(c => sceneIds.Contains(c.SceneId)));
        Assert.False(await db.NarrationClips.AnyAsync(c => sceneIds.Contains(c.SceneId)));
        Assert.False(await db.Illustrations.AnyAsync(i => i.StoryId == mine.Story.Id));
        Assert.False(await db.Feedback.AnyAsync(f => f.SessionCode == mine.Story.SessionCode));
        Assert.False(await db.Consents.AnyAsync(c => c.SessionCode == mine.Story.SessionCode));
        Assert.False(await db.Events.AnyAsync(e => e.SessionCode == mine.Story.SessionCode || e.StoryId == mine.Story.Id));
        Assert.All(mine.Files, file => Assert.False(File.Exists(file), file));
        Assert.All(sceneIds, id => Assert.False(Directory.Exists(Path.Combine(_world.Folders.Narration, id.ToString("N")))));
        Assert.False(Directory.Exists(Path.Combine(_world.Folders.Illustrations, mine.Story.Id.ToString("N"))));

        var call = await db.ProviderCalls.SingleAsync(c => c.Id == mine.ProviderCallId);
        Assert.Null(call.StoryId);
        Assert.Equal(0.02m, call.EstimatedCost);

        var deleted = await db.Events.SingleAsync(e => e.Kind == ExhibitEventKind.DataDeleted);
        Assert.Equal(("visitor", null, null), (deleted.Detail, deleted.SessionCode, deleted.StoryId));

        // The other visitor's story is untouched.
        Assert.True(await db.Stories.AnyAsync(s => s.Id == theirs.Story.Id));
        Assert.Equal(2, await db.Scenes.CountAsync(s => s.StoryId == theirs.Story.Id));
        Assert.Equal(2, await db.Illustrations.CountAsync(i => i.StoryId == theirs.Story.Id));
        Assert.Equal(1, await db.Feedback.CountAsync(f => f.SessionCode == theirs.Story.SessionCode));
        Assert.Equal(theirs.Story.Id, (await db.ProviderCalls.SingleAsync(c => c.Id == theirs.ProviderCallId)).StoryId);
        Assert.All(theirs.Files, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public async Task A_missing_file_is_fine_and_an_unknown_code_erases_nothing()
    {
        var mine = await _world.SeedStoryAsync();
        File.Delete(mine.Files[0]);

        var report = await _world.Get<VisitorDataEraser>().EraseAsync(mine.Story.SessionCode, ErasureReasons.Visitor, default);
        Assert.Equal(3, report!.Files);
        Assert.Null(await _world.Get<VisitorDataEraser>().EraseAsync(mine.Story.SessionCode, ErasureReasons.Visitor, default));
        Assert.Null(await _world.Get<VisitorDataEraser>().EraseAsync("not a code", ErasureReasons.Visitor, default));
    }

    [Fact]
    public async Task A_canvas_showing_the_story_falls_back_to_the_test_pattern()
    {
        var mine = await _world.SeedStoryAsync();
        var canvases = _world.Get<CanvasStore>();
        var changes = 0;
        canvases.Changed += () => changes++;
        Assert.True((await canvases.CreateAsync(new CanvasDefinition { Slug = "lobby", Source = CanvasSource.Story, StoryCode = mine.Story.SessionCode }, default)).Saved);
        Assert.True((await canvases.CreateAsync(new CanvasDefinition { Slug = "hall", Source = CanvasSource.TestPattern }, default)).Saved);

        var report = await _world.Get<VisitorDataEraser>().EraseAsync(mine.Story.SessionCode, ErasureReasons.Visitor, default);

        Assert.Equal(1, report!.CanvasesReset);
        var lobby = await canvases.GetAsync("lobby", default);
        Assert.Equal((CanvasSource.TestPattern, null), (lobby!.Source, lobby.StoryCode));
        Assert.Equal(3, changes);
    }
}
