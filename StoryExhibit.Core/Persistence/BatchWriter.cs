using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Core.Persistence;

/// <summary>
/// Stores what a <see cref="BatchQueue{T}"/> holds in batches, in the background. A batch that cannot be stored is
/// logged and dropped: recording never takes the exhibit down. At shutdown the queue takes nothing more and everything
/// already queued is stored before the writer stops. Register with <see cref="BatchWriterServices.AddBatchWriter{TWriter}"/>.
/// </summary>
public abstract class BatchWriter<T>(BatchQueue<T> queue, int batchSize, IDbContextFactory<StoryExhibitDb> contexts, ILogger log) : BackgroundService
{
    private readonly int _batchSize = Math.Max(1, batchSize);

    /// <summary>Adds one batch to <paramref name="db"/>; the writer saves it.</summary>
    protected abstract Task AddAsync(StoryExhibitDb db, IReadOnlyList<T> batch, CancellationToken ct);

    /// <summary>Says, in the words of what the rows are, that a batch was lost to a database error.</summary>
    protected abstract void LogDropped(ILogger log, Exception error, int count);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WriteQueuedAsync();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // A writer stopped right after starting may never have run its loop (or was never started): store what is left.
        if (ExecuteTask is null or { IsCompleted: true }) await WriteQueuedAsync().ConfigureAwait(false);
    }

    // Waits on the queue, not a stopping token: StopAsync completes the queue, and this ends once it is drained.
    private async Task WriteQueuedAsync()
    {
        var batch = new List<T>(_batchSize);
        while (await queue.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _batchSize && queue.TryRead(out var row)) batch.Add(row);
            await WriteAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    // Not cancellable: a batch taken off the queue is stored even while the app stops (it is quick).
    private async Task WriteAsync(List<T> batch)
    {
        var ct = CancellationToken.None;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
            await AddAsync(db, batch, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogDropped(log, ex, batch.Count);
        }
    }
}

public static class BatchWriterServices
{
    /// <summary>
    /// Registers <typeparamref name="TWriter"/> as the first hosted service. Hosted services stop in reverse order, so
    /// it stops last: rows recorded while the others stop are still stored.
    /// </summary>
    public static IServiceCollection AddBatchWriter<TWriter>(this IServiceCollection services) where TWriter : class, IHostedService
    {
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, TWriter>());
        return services;
    }
}
