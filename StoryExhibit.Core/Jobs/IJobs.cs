namespace StoryExhibit.Core.Jobs;

/// <summary>
/// The studio's one job system: jobs are stored in the database, queued per kind with bounded concurrency, survive a
/// restart (resumed, or failed with a reason), and can be cancelled (the work really stops).
/// </summary>
public interface IJobs
{
    /// <summary>Queues a job; throws <see cref="JobInputException"/> with the handler's problems when the input is not valid,
    /// or <see cref="JobLimitException"/> when the owner has too many jobs under way.</summary>
    Task<JobSnapshot> StartAsync<TInput>(string kind, TInput input, JobOwner owner, Guid? storyId, CancellationToken ct) where TInput : class;

    Task<JobSnapshot?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The job now and then every change until it finishes (or <paramref name="ct"/> ends the watch).</summary>
    IAsyncEnumerable<JobSnapshot> WatchAsync(Guid id, CancellationToken ct);

    /// <summary>Cancels a queued or running job; false when it had already finished or does not exist.</summary>
    Task<bool> CancelAsync(Guid id, CancellationToken ct);

    /// <summary>Jobs newest first, optionally only one owner's or one story's.</summary>
    Task<IReadOnlyList<JobSnapshot>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct);

    /// <summary>The newest jobs of everyone (at most <paramref name="max"/>) for staff, with who started each and the total.</summary>
    Task<JobOverview> OverviewAsync(int max, CancellationToken ct);

    /// <summary>The full path of one of a job's result files, or null.</summary>
    Task<string?> FilePathAsync(Guid id, string name, CancellationToken ct);
}

/// <summary>The owner already has as many jobs queued or running as allowed.</summary>
public sealed class JobLimitException(string message) : Exception(message);
