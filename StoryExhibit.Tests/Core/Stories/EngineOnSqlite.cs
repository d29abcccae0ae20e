using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>The story engine and its services on a real SQLite database in a folder of their own, with the offline storyteller or a scripted one.</summary>
public abstract class EngineOnSqlite : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-engine-").FullName;

    protected ServiceProvider Services { get; private set; } = null!;
    protected StoryEngine Engine => Services.GetRequiredService<StoryEngine>();

    protected static readonly StorySeed Seed = new()
    {
        Prompt = "A shy dragon who is afraid of the dark", Genre = "Fantasy", Characters = ["Ember"], Length = 4, RandomSeed = 42,
    };

    public Task InitializeAsync() => StartAsync(storyteller: null);

    /// <summary>(Re)starts the services on the same database, as the app does after a restart.</summary>
    protected async Task StartAsync(IChatClient? storyteller)
    {
        if (Services is not null) await Services.DisposeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration);
        if (storyteller is not null) services.AddSingleton(storyteller);
        Services = services.BuildServiceProvider();
        foreach (var hosted in Services.GetServices<IHostedService>()) await hosted.StartAsync(default);
    }

    protected static async Task<SceneProgress> LastAsync(IAsyncEnumerable<SceneProgress> progress)
    {
        SceneProgress? last = null;
        await foreach (var step in progress) last = step;
        return last!;
    }

    public async Task DisposeAsync()
    {
        // Background work (a picture being painted) may still be writing into the folder until its service stops.
        foreach (var hosted in Services.GetServices<IHostedService>()) await hosted.StopAsync(default);
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
