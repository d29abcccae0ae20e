using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Persistence;

/// <summary>The start-up knows a first run (a new database) from a restart, so starter content is added only once.</summary>
public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-init-").FullName;

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
        }).Build();
        return new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
    }

    private async Task<bool> StartAsync()
    {
        await using var services = Services();
        await services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
        return services.GetRequiredService<DatabaseStatus>().CreatedThisRun;
    }

    [Fact]
    public async Task The_first_start_creates_the_database_and_a_restart_does_not()
    {
        Assert.True(await StartAsync());
        Assert.False(await StartAsync());
    }

    [Fact]
    public async Task Every_connection_lets_sqlite_wait_for_a_busy_database_itself()
    {
        await StartAsync();
        await using var services = Services();
        var contexts = services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
        for (var i = 0; i < 2; i++) // a fresh context, then one handed back by the pool
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            Assert.Equal(SqliteBusyTimeout.Milliseconds, Convert.ToInt32(await command.ExecuteScalarAsync()));
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task A_restart_keeps_scenes_left_writing_as_stopped_with_their_prose()
    {
        await StartAsync();
        Story story;
        await using (var services = Services())
        {
            var store = services.GetRequiredService<StoryStore>();
            story = await store.CreateAsync(new Story { Seed = new StorySeed { Prompt = "A kite that will not come down", Genre = "Adventure" } }, default);
            var first = new Scene { StoryId = story.Id, Number = 1, Prose = "The kite rose.", State = SceneState.Complete };
            var climb = new Choice { SceneId = first.Id, Text = "Climb after it" };
            first.Choices.Add(climb);
            await store.AddSceneAsync(first, default);
            await store.AddSceneAsync(new Scene
            {
                StoryId = story.Id, ParentId = first.Id, ViaChoiceId = climb.Id, Number = 2, Prose = "Then the string", State = SceneState.Writing,
            }, default);
        }

        await StartAsync();

        await using (var services = Services())
        {
            var stored = await services.GetRequiredService<StoryStore>().GetAsync(story.Id, default);
            Assert.Equal([(1, SceneState.Complete, "The kite rose."), (2, SceneState.Stopped, "Then the string")],
                stored!.Scenes.OrderBy(s => s.Number).Select(s => (s.Number, s.State, s.Prose)));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
