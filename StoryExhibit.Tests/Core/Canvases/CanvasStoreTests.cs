using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Canvases;

/// <summary><see cref="CanvasStore"/> and <see cref="CanvasRules"/> on a real SQLite file.</summary>
public sealed class CanvasStoreTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-canvas-").FullName;
    private ServiceProvider _services = null!;
    internal IDbContextFactory<StoryExhibitDb> Contexts { get; private set; } = null!;
    private CanvasStore _store = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "stories.db")}")).BuildServiceProvider();
        Contexts = _services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
        await using (var db = await Contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
        _store = new CanvasStore(Contexts);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("lobby-left")]
    [InlineData("screen-2")]
    [InlineData("a1234567890123456789012345678901234567z")]
    public void Good_addresses_pass(string slug) => Assert.Null(CanvasRules.SlugProblem(slug));

    [Theory]
    [InlineData("", "Give the canvas an address")]
    [InlineData("a", "2 to 40 characters")]
    [InlineData("a12345678901234567890123456789012345678901", "2 to 40 characters")]
    [InlineData("Lobby Left", "for example lobby-left")]
    [InlineData("café", "lower-case letters, digits and dashes")]
    [InlineData("-lobby", "cannot start or end with a dash")]
    [InlineData("lobby-", "cannot start or end with a dash")]
    [InlineData("lobby--left", "two dashes in a row")]
    public void Bad_addresses_are_refused_with_a_clear_message(string slug, string expected)
        => Assert.Contains(expected, CanvasRules.SlugProblem(slug));

    [Theory]
    [InlineData(0.1, false)]
    [InlineData(0.25, true)]
    [InlineData(4, true)]
    [InlineData(4.5, false)]
    [InlineData(double.NaN, false)]
    public void Frames_a_second_stay_between_a_quarter_and_four(double fps, bool ok)
    {
        var errors = CanvasRules.Check(new CanvasDefinition { Slug = "wall", FramesPerSecond = fps });
        Assert.Equal(ok, !errors.ContainsKey(nameof(CanvasDefinition.FramesPerSecond)));
    }

    [Fact]
    public void Titles_and_prompts_are_tidied_as_typed_text()
    {
        var tidy = CanvasRules.Tidy(new CanvasDefinition { Slug = " lobby ", Title = "\u202eLobby\u200b  wall\u0007", Prompt = "\u200b\u200d " });
        Assert.Equal(("lobby", "Lobby wall", null), (tidy.Slug, tidy.Title, tidy.Prompt));
    }

    [Fact]
    public async Task Creating_checks_every_field_and_refuses_a_taken_address()
    {
        var bad = await _store.CreateAsync(new CanvasDefinition { Slug = "Bad Slug", Source = CanvasSource.LiveGenerator, Prompt = " ", FramesPerSecond = 9 }, default);
        Assert.False(bad.Saved);
        Assert.Contains("for example bad-slug", bad.Errors[nameof(CanvasDefinition.Slug)]);
        Assert.Contains("needs a prompt", bad.Errors[nameof(CanvasDefinition.Prompt)]);
        Assert.Contains("between 0.25 and 4", bad.Errors[nameof(CanvasDefinition.FramesPerSecond)]);

        var story = await _store.CreateAsync(new CanvasDefinition { Slug = "story", Source = CanvasSource.Story, StoryCode = "fox 1234" }, default);
        Assert.Contains("No story has the code FOX-1234", story.Errors[nameof(CanvasDefinition.StoryCode)]);
        var notACode = await _store.CreateAsync(new CanvasDefinition { Slug = "story", Source = CanvasSource.Story, StoryCode = "hello" }, default);
        Assert.Contains("is not a story code", notACode.Errors[nameof(CanvasDefinition.StoryCode)]);

        var changes = 0;
        _store.Changed += () => changes++;
        var good = await _store.CreateAsync(new CanvasDefinition { Slug = " lobby ", Title = "", Source = CanvasSource.LiveGenerator, Prompt = "  A fox in the snow ", FramesPerSecond = 3 }, default);
        Assert.True(good.Saved, string.Join("; ", good.Errors.Values));
        Assert.Equal("lobby", good.Canvas!.Slug);
        Assert.Equal("lobby", good.Canvas.Title);
        Assert.Equal("A fox in the snow", good.Canvas.Prompt);
        Assert.Equal(1, changes);

        var again = await _store.CreateAsync(new CanvasDefinition { Slug = "lobby" }, default);
        Assert.Contains("already a canvas at /canvas/lobby", again.Errors[nameof(CanvasDefinition.Slug)]);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task A_story_canvas_needs_a_story_that_exists()
    {
        var stories = new StoryStore(Contexts);
        var story = await stories.CreateAsync(new Story { Title = "The fox", Seed = new StorySeed { Prompt = "A fox who paints", Genre = "Fantasy" } }, default);
        var saved = await _store.CreateAsync(new CanvasDefinition { Slug = "fox", Source = CanvasSource.Story, StoryCode = story.SessionCode.ToLowerInvariant() }, default);
        Assert.True(saved.Saved, string.Join("; ", saved.Errors.Values));
        Assert.Equal(story.SessionCode, saved.Canvas!.StoryCode);
        Assert.Equal(story.Id, await _store.FindStoryIdAsync(story.SessionCode, default));
    }

    [Fact]
    public async Task Updating_and_removing_change_the_list_and_tell_listeners()
    {
        var changes = 0;
        _store.Changed += () => changes++;
        Assert.True((await _store.CreateAsync(new CanvasDefinition { Slug = "hall", Title = "Hall" }, default)).Saved);

        var refused = await _store.UpdateAsync(new CanvasDefinition { Slug = "hall", FramesPerSecond = 0 }, default);
        Assert.False(refused.Saved);
        var updated = await _store.UpdateAsync(new CanvasDefinition { Slug = "hall", Title = "Great hall", Source = CanvasSource.LiveGenerator, Prompt = "Banners", FramesPerSecond = 1, ShowCornerLabel = false }, default);
        Assert.True(updated.Saved);
        var stored = await _store.GetAsync("hall", default);
        Assert.Equal(("Great hall", CanvasSource.LiveGenerator, "Banners", 1.0, false), (stored!.Title, stored.Source, stored.Prompt, stored.FramesPerSecond, stored.ShowCornerLabel));

        var missing = await _store.UpdateAsync(new CanvasDefinition { Slug = "nowhere" }, default);
        Assert.Contains("removed meanwhile", missing.Errors[""]);

        Assert.True(await _store.RemoveAsync("hall", default));
        Assert.False(await _store.RemoveAsync("hall", default));
        Assert.Empty(await _store.ListAsync(default));
        Assert.Equal(3, changes);
    }

    [Fact]
    public async Task Starter_canvases_are_added_only_to_an_empty_table()
    {
        Assert.True(await _store.AddStarterCanvasesAsync(default));
        var list = await _store.ListAsync(default);
        Assert.Equal(["live", "test-pattern"], list.Select(c => c.Slug));
        Assert.All(list, c => Assert.Empty(CanvasRules.Check(c)));
        Assert.False(await _store.AddStarterCanvasesAsync(default));
    }
}
