namespace StoryExhibit.Core.Analytics;

/// <summary>How events are written and when an unfinished story counts as abandoned (<c>Analytics</c> in appsettings.json).</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>A story nobody touched for this long, and not finished, is recorded as abandoned (once).</summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How often the abandoned-story sweep runs.</summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>The most events written in one database round trip.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>Events waiting to be written beyond this are dropped (oldest first) rather than slowing a visitor.</summary>
    public int QueueCapacity { get; set; } = 10_000;
}
