using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StoryExhibit.Core;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Costs;

/// <summary>The core services on a SQLite file in a temp folder, hosted services started in order and stopped in reverse, as the app does.</summary>
internal sealed class CostsTestHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-costs-").FullName;
    private List<IHostedService> _hosted = [];
    private bool _stopped;

    public ServiceProvider Services { get; private set; } = null!;
    public CostAccounting Costs => Services.GetRequiredService<CostAccounting>();
    public BudgetGuard Guard => Services.GetRequiredService<BudgetGuard>();
    public ProviderCallLog Calls => Services.GetRequiredService<ProviderCallLog>();
    public string DatabasePath => Path.Combine(_folder, "stories.db");

    public static async Task<CostsTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var host = new CostsTestHost();
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={host.DatabasePath}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration);
        services?.Invoke(collection);
        host.Services = collection.BuildServiceProvider();
        // The canvases and the picture worker would record calls of their own; each test makes exactly the calls it counts.
        host._hosted = host.Services.GetServices<IHostedService>().Where(h => h is not CanvasRunner and not IllustrationWorker).ToList();
        foreach (var hosted in host._hosted) await hosted.StartAsync(default);
        return host;
    }

    /// <summary>Stops the hosted services in reverse order (the call writer last, flushing what is queued).</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        for (var i = _hosted.Count - 1; i >= 0; i--) await _hosted[i].StopAsync(default);
    }

    public async Task<List<ProviderCall>> StoredCallsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        return await db.ProviderCalls.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>Waits until the writer has stored at least <paramref name="count"/> calls.</summary>
    public async Task<List<ProviderCall>> WaitForStoredCallsAsync(int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var calls = await StoredCallsAsync();
            if (calls.Count >= count) return calls;
            await Task.Delay(50);
        }
        return await StoredCallsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Cost options that a test changes between calls, as the budgets page does through configuration.</summary>
internal sealed class ChangingCostOptions(CostOptions value) : IOptionsMonitor<CostOptions>
{
    public CostOptions CurrentValue { get; set; } = value;
    public CostOptions Get(string? name) => CurrentValue;
    public IDisposable? OnChange(Action<CostOptions, string?> listener) => null;
}

internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
