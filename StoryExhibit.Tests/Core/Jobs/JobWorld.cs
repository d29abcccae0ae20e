using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>A clock the test moves by hand that also moves a millisecond each time it is read, so jobs keep their order.</summary>
public sealed class TickingClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks;
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => start + Offset + TimeSpan.FromMilliseconds(Interlocked.Increment(ref _ticks));
}

/// <summary>
/// The core services on a real SQLite file with the test job kinds and the job runner started (no other background
/// service). Stopping and starting it again on the same folder is a restart of the exhibit.
/// </summary>
public sealed class JobWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private JobWorld(string folder, ServiceProvider services, TickingClock clock)
    {
        Folder = folder;
        _services = services;
        Clock = clock;
    }

    public string Folder { get; }
    public TickingClock Clock { get; }
    public IJobs Jobs => Get<IJobs>();
    public TestJobGate Gate => Get<TestJobGate>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static ServiceProvider Build(string folder, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddSingleton(clock);
        services.AddSingleton<TestJobGate>();
        services.AddJobKind<TestJobInput, TestJobHandler>(TestJobHandler.Kind);
        services.AddJobKind<TestJobInput, TestJobHandler>(TestJobHandler.PairKind, maxConcurrency: 2);
        return services.BuildServiceProvider();
    }

    public static async Task<JobWorld> StartAsync(string? folder = null, IDictionary<string, string?>? settings = null, TickingClock? clock = null)
    {
        folder ??= Directory.CreateTempSubdirectory("storyexhibit-jobs-").FullName;
        clock ??= new TickingClock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var services = Build(folder, clock, settings);
        await using (var db = await services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        await services.GetRequiredService<JobRunner>().StartAsync(default);
        return new JobWorld(folder, services, clock);
    }

    /// <summary>Stops the runner as the host does when the exhibit shuts down; the folder stays for the next start.</summary>
    public async Task StopAsync()
    {
        await Get<JobRunner>().StopAsync(default);
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public Task<JobSnapshot> StartAsync(TestJobInput input, string kind = TestJobHandler.Kind, JobOwner? owner = null)
        => Jobs.StartAsync(kind, input, owner ?? JobOwner.Visitor("visitor-1"), null, default);

    /// <summary>Watches a job until it has finished and returns every snapshot seen.</summary>
    public async Task<List<JobSnapshot>> UntilFinishedAsync(Guid id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<JobSnapshot>();
        await foreach (var snapshot in Jobs.WatchAsync(id, timeout.Token)) seen.Add(snapshot);
        Assert.True(seen[^1].IsFinished, $"Job {id} did not finish: {seen[^1].State}");
        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); } catch (ObjectDisposedException) { }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
