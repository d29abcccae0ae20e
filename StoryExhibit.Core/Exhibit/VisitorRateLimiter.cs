using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Exhibit;

/// <summary>What a visitor asks the storyteller for, each with its own limit.</summary>
public enum VisitorAction { StartStory, WriteScene, SpeakWords }

/// <summary>Whether a visitor may go ahead, and if not, when they may try again.</summary>
public sealed record RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly RateDecision Go = new(true, TimeSpan.Zero);

    /// <summary>The friendly sentence a refused visitor sees.</summary>
    public string Message => Allowed ? "" : $"The storyteller needs a short rest - try again in {Wait(RetryAfter)}.";

    private static string Wait(TimeSpan t)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(t.TotalSeconds));
        if (seconds == 1) return "a second";
        if (seconds < 90) return $"{seconds.ToString(CultureInfo.InvariantCulture)} seconds";
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return $"{minutes.ToString(CultureInfo.InvariantCulture)} minutes";
    }
}

/// <summary>
/// Per-visitor limits (<see cref="VisitorLimits"/>): stories started an hour and scenes written a minute, so one person
/// cannot use up the storyteller or the budget. A visitor is one browser (a cookie), or an address when there is none.
/// Each limit is a token bucket: a full allowance at once, then one more every hour/allowance. New limits set by staff
/// apply at once (counts start afresh).
/// </summary>
public sealed class VisitorRateLimiter : IDisposable
{
    public const int MaxStoriesPerHour = 1000;
    public const int MaxScenesPerMinute = 600;

    private readonly IOptionsMonitor<ExhibitOptions> _options;
    private readonly ILogger<VisitorRateLimiter> _log;
    private readonly Lock _gate = new();
    private readonly Dictionary<VisitorAction, (int Limit, PartitionedRateLimiter<string> Limiter)> _limiters = [];

    public VisitorRateLimiter(IOptionsMonitor<ExhibitOptions> options, ILogger<VisitorRateLimiter> log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>Takes one from the visitor's allowance for <paramref name="action"/>, or says how long to wait.</summary>
    public RateDecision TryAcquire(string visitorKey, VisitorAction action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visitorKey);
        var limits = _options.CurrentValue.VisitorLimits;
        var (limit, window) = action switch
        {
            VisitorAction.StartStory => (limits.StoriesPerHour, TimeSpan.FromHours(1)),
            VisitorAction.SpeakWords => (limits.RecordingsPerMinute, TimeSpan.FromMinutes(1)),
            _ => (limits.ScenesPerMinute, TimeSpan.FromMinutes(1)),
        };
        if (limit <= 0) return RateDecision.Go;

        using var lease = LimiterFor(action, limit, window).AttemptAcquire(visitorKey);
        if (lease.IsAcquired) return RateDecision.Go;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window / limit;
        _log.LogInformation("Visitor {Visitor} reached the {Action} limit ({Limit} per {Window}); retry after {RetryAfter}", visitorKey, action, limit, window, retry);
        return new RateDecision(false, retry);
    }

    private PartitionedRateLimiter<string> LimiterFor(VisitorAction action, int limit, TimeSpan window)
    {
        lock (_gate)
        {
            if (_limiters.TryGetValue(action, out var existing) && existing.Limit == limit) return existing.Limiter;
            existing.Limiter?.Dispose();
            var period = window / limit;
            var limiter = PartitionedRateLimiter.Create<string, string>(visitor => RateLimitPartition.GetTokenBucketLimiter(visitor, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }), StringComparer.Ordinal);
            _limiters[action] = (limit, limiter);
            return limiter;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var (_, limiter) in _limiters.Values) limiter.Dispose();
            _limiters.Clear();
        }
    }
}
