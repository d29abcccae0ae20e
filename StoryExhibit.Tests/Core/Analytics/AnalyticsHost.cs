using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Analytics;

/// <summary>The real core services on a fresh SQLite file, migrated; background services start only when a test asks.</summary>
internal sealed class AnalyticsHost : IAsyncDisposable
{
    private AnalyticsHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<AnalyticsHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = TemporaryFiles.NewFolder("analytics").FullName;
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
        await services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(default);
        return new AnalyticsHost(services);
    }

    public async Task SeedAsync(Action<StoryExhibitDb> add)
    {
        await using var db = await Get<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
    }

    public async Task<T> QueryAsync<T>(Func<StoryExhibitDb, Task<T>> query)
    {
        await using var db = await Get<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        return await query(db);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
