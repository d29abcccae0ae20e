using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Persistence;

/// <summary>The start-up knows a first run (a new database) from a restart, so starter content is added only once.</summary>
public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-init-").FullName;

    private async Task<bool> StartAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
        await services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
        return services.GetRequiredService<DatabaseStatus>().CreatedThisRun;
    }

    [Fact]
    public async Task The_first_start_creates_the_database_and_a_restart_does_not()
    {
        Assert.True(await StartAsync());
        Assert.False(await StartAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
