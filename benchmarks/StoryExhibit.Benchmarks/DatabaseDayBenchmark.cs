using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// What a visitor's click asks of the database late in a busy day: a real SQLite file holding a day's stories (8 scenes
/// each, 25 events a scene), then the two lookups every choice makes (is the choice already written; the story's facts
/// for its progress bar, through the real <see cref="StoryFactsReader"/>), with the indexes and after dropping them.
/// </summary>
internal static class DatabaseDayBenchmark
{
    public static async Task RunAsync(int stories)
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-daybench-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}" };
            await using var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
            await services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
            var store = services.GetRequiredService<StoryStore>();
            var contexts = services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
            var facts = services.GetRequiredService<StoryFactsReader>();

            var fill = Stopwatch.StartNew();
            var ids = new List<Guid>();
            for (var i = 0; i < stories; i++)
                ids.Add((await store.CreateAsync(new Story { Title = $"Tale {i}", Seed = new StorySeed { Prompt = $"A lighthouse keeper, tale {i}", Genre = "Mystery" } }, default)).Id);
            var choices = await FillAsync(contexts, ids);
            Console.WriteLine($"A day's database: {stories} stories, {stories * ScenesPerStory} scenes, {stories * ScenesPerStory * EventsPerScene} events (filled in {fill.Elapsed.TotalSeconds:F0} s)");

            var middle = (await store.GetAsync(ids[stories / 2], default))!;
            var tree = new StoryTree(middle.Scenes, middle.Scenes.MaxBy(s => s.Number)?.Id);
            var via = choices[choices.Count / 2];
            await MeasureAsync("with the indexes", contexts, facts, middle, tree, via);
            await using (var db = await contexts.CreateDbContextAsync())
                foreach (var drop in new[] { "DROP INDEX IX_Scenes_ViaChoiceId", "DROP INDEX IX_Events_StoryId_Kind", "DROP INDEX IX_Illustrations_StoryId" })
                    await db.Database.ExecuteSqlRawAsync(drop);
            await MeasureAsync("without them", contexts, facts, middle, tree, via);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const int ScenesPerStory = 8;
    private const int EventsPerScene = 25;

    private static async Task MeasureAsync(string title, IDbContextFactory<StoryExhibitDb> contexts, StoryFactsReader facts, Story story, StoryTree tree, Guid via)
    {
        var choice = new List<double>();
        var progress = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var db = await contexts.CreateDbContextAsync())
                _ = await db.Scenes.AnyAsync(s => s.ViaChoiceId == via);
            choice.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            _ = await facts.ReadAsync(story, tree, storiesByVisitor: 1, default);
            progress.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {title}:");
        Console.WriteLine($"    a choice: is it written already?   {Figures.Summary(choice.Skip(5).ToList(), "ms")}");
        Console.WriteLine($"    a story's facts (progress bar):    {Figures.Summary(progress.Skip(5).ToList(), "ms")}");
    }

    /// <summary>Scenes and events written straight into the tables (the story rows came through the store); returns the choices the scenes follow.</summary>
    private static async Task<List<Guid>> FillAsync(IDbContextFactory<StoryExhibitDb> contexts, List<Guid> storyIds)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var scene = connection.CreateCommand();
        scene.CommandText = "INSERT INTO Scenes (Id, StoryId, ParentId, ViaChoiceId, Number, Prose, State, IsEnding, Variant, CreatedUtc, Unread) VALUES ($id, $story, $parent, $via, $number, $prose, 'Complete', 0, 0, '2026-11-30 10:00:00', 0)";
        var ev = connection.CreateCommand();
        ev.CommandText = "INSERT INTO Events (Kind, OccurredUtc, StoryId, SessionCode) VALUES ($kind, '2026-11-30 10:00:00', $story, 'CODE')";
        var prose = new string('x', 800);
        var choices = new List<Guid>();
        foreach (var storyId in storyIds)
        {
            Guid? parent = null;
            for (var number = 1; number <= ScenesPerStory; number++)
            {
                var id = Guid.NewGuid();
                Guid? via = parent is null ? null : Guid.NewGuid();
                if (via is { } taken) choices.Add(taken);
                scene.Parameters.Clear();
                scene.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
                scene.Parameters.AddWithValue("$story", storyId.ToString().ToUpperInvariant());
                scene.Parameters.AddWithValue("$parent", (object?)parent?.ToString().ToUpperInvariant() ?? DBNull.Value);
                scene.Parameters.AddWithValue("$via", (object?)via?.ToString().ToUpperInvariant() ?? DBNull.Value);
                scene.Parameters.AddWithValue("$number", number);
                scene.Parameters.AddWithValue("$prose", prose);
                await scene.ExecuteNonQueryAsync();
                for (var e = 0; e < EventsPerScene; e++)
                {
                    ev.Parameters.Clear();
                    ev.Parameters.AddWithValue("$kind", e % 3 == 0 ? "NarrationPlayed" : "SceneGenerated");
                    ev.Parameters.AddWithValue("$story", storyId.ToString().ToUpperInvariant());
                    await ev.ExecuteNonQueryAsync();
                }
                parent = id;
            }
        }
        await transaction.CommitAsync();
        return choices;
    }
}
