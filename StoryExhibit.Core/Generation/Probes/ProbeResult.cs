namespace StoryExhibit.Core.Generation.Probes;

/// <summary>What a "Test connection" found: whether the provider answered, in plain words, and how fast.</summary>
public sealed record ProbeResult(bool Success, string Message, TimeSpan? Latency = null)
{
    public static ProbeResult Ok(string message, TimeSpan latency) => new(true, message, latency);
    public static ProbeResult Failed(string message) => new(false, message);
}
