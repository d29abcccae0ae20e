using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Jobs;

/// <summary>Deletes finished jobs (their rows and folders) once they are older than <see cref="JobOptions.KeepFor"/>.</summary>
public sealed class JobRetention(JobRecords records, IOptionsMonitor<JobOptions> options, ILogger<JobRetention> log) : BackgroundService
{
    public async Task<int> CleanUpAsync(CancellationToken ct)
    {
        var deleted = await records.DeleteFinishedBeforeAsync(records.UtcNow - options.CurrentValue.KeepFor, ct);
        if (deleted > 0) log.LogInformation("Deleted {Count} finished jobs older than {KeepFor}", deleted, options.CurrentValue.KeepFor);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        try
        {
            using var timer = new PeriodicTimer(options.CurrentValue.CleanUpEvery, records.Clock);
            do
            {
                try { await CleanUpAsync(stopping); }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogError(ex, "Cleaning up old jobs failed"); }
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
    }
}
