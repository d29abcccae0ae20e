using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Core.Privacy;

/// <summary>Runs the <see cref="RetentionSweeper"/> shortly after start and then every hour.</summary>
public sealed class RetentionService(RetentionSweeper sweeper, ILogger<RetentionService> log, TimeProvider? clock = null) : BackgroundService
{
    public static readonly TimeSpan FirstSweepAfter = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Not at once: the database is being migrated and the first visitors are arriving.
            await Task.Delay(FirstSweepAfter, _clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, _clock);
            do
            {
                try { await sweeper.SweepAsync(stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogError(ex, "The retention sweep failed; it runs again in {Interval}", Interval); }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
