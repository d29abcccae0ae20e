using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Jobs;

/// <summary>
/// <see cref="IJobs"/> over the stored jobs and the <see cref="JobRunner"/>. <c>StartAsync&lt;object&gt;</c> with an input
/// of the kind's input type works too: that is how the API starts any kind without knowing it.
/// </summary>
public sealed class JobSystem(JobRunner runner, JobRecords records, JobWatchers watchers, IServiceProvider services, IOptionsMonitor<JobOptions> options,
    ILogger<JobSystem> log) : IJobs
{
    public async Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class
    {
        var jobKind = runner.Kind(kind) ?? throw new ArgumentException($"No job kind \"{kind}\" is registered.", nameof(kind));
        if (input is null) throw new JobInputException("The job needs its input.");
        if (!jobKind.InputType.IsInstanceOfType(input))
            throw new ArgumentException($"Kind \"{kind}\" takes {jobKind.InputType.Name}, not {input.GetType().Name}.", nameof(input));
        var problems = JobHandlerAdapter.For(jobKind, services).Validate(input);
        if (problems.Count > 0) throw new JobInputException(string.Join(" ", problems));

        var max = options.CurrentValue.MaxPerOwner;
        if (await records.CountUnderWayAsync(owner, ct) >= max)
            throw new JobLimitException($"You already have {max} jobs under way. Please wait for one to finish.");

        var record = new JobRecord
        {
            Id = Guid.CreateVersion7(), Kind = kind, InputJson = JsonSerializer.Serialize(input, jobKind.InputType, JobRecords.Json),
            OwnerKind = owner.Kind, OwnerId = owner.Id, StoryId = storyId, State = JobState.Queued, CreatedUtc = records.UtcNow,
        };
        await records.AddAsync(record, ct);
        runner.Enqueue(record);
        log.LogInformation("Job {JobId} ({Kind}) queued for {OwnerKind}", record.Id, kind, owner.Kind);
        return JobRecords.Snapshot(record);
    }

    public async Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct)
        => watchers.Live(id) ?? (await records.FindAsync(id, ct) is { } record ? JobRecords.Snapshot(record) : null);

    public async IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, [EnumeratorCancellation] CancellationToken ct)
    {
        // Subscribed before reading the job, so no change between the two is missed.
        var channel = watchers.Subscribe(id);
        try
        {
            var current = await FindAsync(id, ct);
            if (current is null) yield break;
            yield return current;
            if (current.IsFinished) yield break;
            await foreach (var snapshot in channel.Reader.ReadAllAsync(ct))
            {
                yield return snapshot;
                if (snapshot.IsFinished) yield break;
            }
        }
        finally { watchers.Unsubscribe(id, channel); }
    }

    public async Task<bool> CancelAsync(Guid id, CancellationToken ct)
    {
        if (await records.CancelQueuedAsync(id, records.UtcNow, ct))
        {
            if (await records.FindAsync(id, ct) is { } cancelled) watchers.Publish(JobRecords.Snapshot(cancelled));
            log.LogInformation("Job {JobId} cancelled before it started", id);
            return true;
        }
        return runner.Cancel(id);
    }

    public async Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct)
        => [.. (await records.ListAsync(owner, storyId, max, ct)).Select(r => watchers.Live(r.Id) ?? JobRecords.Snapshot(r))];

    public async Task<JobOverview> OverviewAsync(int max, CancellationToken ct)
    {
        var overview = await records.OverviewAsync(max, ct);
        return overview with { Newest = [.. overview.Newest.Select(j => watchers.Live(j.Job.Id) is { } live ? j with { Job = live } : j)] };
    }

    public async Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } job || job.Files.All(f => f.Name != name)) return null;
        var path = Path.Combine(records.FolderOf(id), name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Who owns a job (the API and downloads check it); null when there is no such job.</summary>
    public async Task<JobOwner?> OwnerAsync(Guid id, CancellationToken ct)
        => await records.FindAsync(id, ct) is { } r ? new JobOwner(r.OwnerKind, r.OwnerId) : null;

    public IEnumerable<JobKind> Kinds => runner.Kinds;
}
