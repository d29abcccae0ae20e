using System.Threading.RateLimiting;

namespace StoryExhibit.Core.Privacy;

/// <summary>
/// Slows down guessing of story codes: a client (an IP address, a browser tab) that gives <see cref="MaxWrongPerMinute"/>
/// unknown codes within a minute is refused until those codes are a minute old. Right codes cost nothing. Each client
/// has a sliding window of its own; clients gone quiet are forgotten, so a scan from many addresses stays small.
/// </summary>
public sealed class WrongCodeLimiter : IDisposable
{
    public const int MaxWrongPerMinute = 5;
    // A wrong code is forgotten within 5 s of turning a minute old.
    private const int SegmentsPerWindow = 12;

    private readonly PartitionedRateLimiter<string> _wrong;

    public WrongCodeLimiter() : this(TimeSpan.FromMinutes(1)) { }

    /// <summary>With another window than a minute, so tests need not wait a minute.</summary>
    internal WrongCodeLimiter(TimeSpan window)
        => _wrong = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetSlidingWindowLimiter(client, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = MaxWrongPerMinute,
            Window = window,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="client"/> has used up its wrong codes for now; asking uses none.</summary>
    public bool IsBlocked(string client)
    {
        // Zero permits: only says whether any are left.
        using var lease = _wrong.AttemptAcquire(client, permitCount: 0);
        return !lease.IsAcquired;
    }

    public void RecordWrong(string client) => _wrong.AttemptAcquire(client).Dispose();

    public void Dispose() => _wrong.Dispose();
}
