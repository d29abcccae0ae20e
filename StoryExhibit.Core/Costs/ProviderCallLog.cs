using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Where generator calls are recorded: counted towards today's budget at once, and queued for
/// <see cref="ProviderCallWriter"/> to store in batches, so recording never slows a scene. Never throws.
/// </summary>
public sealed class ProviderCallLog(BudgetGuard guard, ILogger<ProviderCallLog> log)
{
    /// <summary>Calls waiting to be stored; beyond this (the database is gone for a long while) new ones are dropped and counted.</summary>
    public const int MaxQueued = 20_000;

    private long _dropped;

    internal BatchQueue<ProviderCall> Queue { get; } = new(MaxQueued, WhenQueueFull.RefuseNewest);

    /// <summary>Calls that could not be queued (queue full, or recorded after shutdown).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(ProviderCall call)
    {
        guard.Add(call);
        if (Queue.TryAdd(call)) return;
        if (Interlocked.Increment(ref _dropped) % 1000 == 1)
            log.LogWarning("A {Service} call by {Provider} could not be queued for the database ({Dropped} so far); it still counts towards today's budget",
                call.Service, call.Provider, Dropped);
    }
}
