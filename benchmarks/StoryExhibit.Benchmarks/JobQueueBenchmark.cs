using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// The job system's own cost: jobs a second through the real <see cref="JobSystem"/> (SQLite in a temporary folder) with a
/// handler that does nothing, at one and four at once per kind, and the time from StartAsync to the handler starting,
/// for a job started on an idle queue and for jobs started in a burst.
/// </summary>
internal static class JobQueueBenchmark
{
    public static async Task RunAsync(int jobs)
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-jobbench-").FullName;
        try
        {
            var services = await StartAsync(folder);
            try
            {
                var jobSystem = services.GetRequiredService<IJobs>();
                await BurstAsync(jobSystem, NothingHandler.OneAtOnce, 20); // warm-up: EF Core's queries compiled, the JIT done
                foreach (var kind in new[] { NothingHandler.OneAtOnce, NothingHandler.FourAtOnce })
                {
                    var idle = await IdleAsync(jobSystem, kind, Math.Min(jobs, 50));
                    var (perSecond, burst) = await BurstAsync(jobSystem, kind, jobs);
                    Console.WriteLine($"Job queue, kind \"{kind}\" ({jobs} jobs, a handler that does nothing, SQLite):");
                    Console.WriteLine($"  throughput, all started at once: {perSecond:0} jobs/s (started, claimed, run, finished and stored)");
                    Console.WriteLine($"  StartAsync -> handler starts, idle queue: {Figures.Summary(idle, "ms")}");
                    Console.WriteLine($"  StartAsync -> handler starts, in the burst: {Figures.Summary(burst, "ms")}");
                }
            }
            finally
            {
                await services.GetRequiredService<JobRunner>().StopAsync(default);
                await services.DisposeAsync();
                SqliteConnection.ClearAllPools();
            }
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    private static async Task<ServiceProvider> StartAsync(string folder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}",
            ["Jobs:MaxPerOwner"] = "100",
        };
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddJobKind<NothingInput, NothingHandler>(NothingHandler.OneAtOnce, maxConcurrency: 1);
        services.AddJobKind<NothingInput, NothingHandler>(NothingHandler.FourAtOnce, maxConcurrency: 4);
        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        await provider.GetRequiredService<JobRunner>().StartAsync(default);
        return provider;
    }

    /// <summary>One job at a time, each waited for: the latency a visitor sees when nothing else is queued.</summary>
    private static async Task<List<double>> IdleAsync(IJobs jobSystem, string kind, int count)
    {
        var latencies = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var job = await jobSystem.StartAsync(kind, new NothingInput(i), JobOwner.Visitor("bench"), null, default);
            var entered = await NothingHandler.EnteredAsync(job.Id);
            latencies.Add(Stopwatch.GetElapsedTime(started, entered).TotalMilliseconds);
            await UntilFinishedAsync(jobSystem, job.Id);
        }
        return latencies;
    }

    /// <summary>Starts <paramref name="count"/> jobs as fast as StartAsync allows, then waits until all are stored as finished.</summary>
    private static async Task<(double PerSecond, List<double> Latencies)> BurstAsync(IJobs jobSystem, string kind, int count)
    {
        var clock = Stopwatch.StartNew();
        var started = new List<(Guid Id, long At)>();
        for (var i = 0; i < count; i++)
        {
            var at = Stopwatch.GetTimestamp();
            // Owners change every 50 jobs so the per-visitor limit (100 here) does not refuse the burst.
            var job = await jobSystem.StartAsync(kind, new NothingInput(i), JobOwner.Visitor($"bench-{i / 50}"), null, default);
            started.Add((job.Id, at));
        }
        foreach (var (id, _) in started) await UntilFinishedAsync(jobSystem, id);
        var perSecond = count / clock.Elapsed.TotalSeconds;
        var latencies = new List<double>();
        foreach (var (id, at) in started) latencies.Add(Stopwatch.GetElapsedTime(at, await NothingHandler.EnteredAsync(id)).TotalMilliseconds);
        return (perSecond, latencies);
    }

    private static async Task UntilFinishedAsync(IJobs jobSystem, Guid id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await foreach (var snapshot in jobSystem.WatchAsync(id, timeout.Token))
        {
            if (snapshot.State is JobState.Failed or JobState.Cancelled) throw new InvalidOperationException($"Job {id} ended {snapshot.State}: {snapshot.Error}");
        }
    }

    public sealed record NothingInput(int Number);

    /// <summary>A handler that only notes when it was entered, so what is measured is the job system.</summary>
    public sealed class NothingHandler : IJobHandler<NothingInput>
    {
        public const string OneAtOnce = "bench-1";
        public const string FourAtOnce = "bench-4";
        private static readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> Entered = new();

        public static Task<long> EnteredAsync(Guid id) => Entered.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public IReadOnlyList<string> Validate(NothingInput input) => [];

        public Task RunAsync(NothingInput input, JobRun run, CancellationToken ct)
        {
            Entered.GetOrAdd(run.JobId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        }
    }
}
