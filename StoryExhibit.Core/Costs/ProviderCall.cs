namespace StoryExhibit.Core.Costs;

/// <summary>The generators the exhibit calls, each with its own daily budget.</summary>
public enum GeneratorService { Text, Images, Speech, Music }

/// <summary>One call to a generator: who served it, how long it took, whether it worked and what it cost.</summary>
public sealed class ProviderCall
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; } = DateTime.UtcNow;
    public GeneratorService Service { get; set; }
    /// <summary>The provider's name as the settings call it, e.g. "Offline", "OpenAICompatible", "SdxlTurbo".</summary>
    public string Provider { get; set; } = "";
    public double LatencyMs { get; set; }
    public bool Succeeded { get; set; }
    /// <summary>The error kind when the call failed (never the visitor's text).</summary>
    public string? Error { get; set; }
    /// <summary>What was billed: tokens, images, characters or seconds, as <see cref="UnitKind"/> says.</summary>
    public double Units { get; set; }
    public string UnitKind { get; set; } = "";
    /// <summary>Estimated cost in the configured currency; 0 for offline providers.</summary>
    public decimal EstimatedCost { get; set; }
    public Guid? StoryId { get; set; }

    /// <summary>
    /// Whether a call that did not succeed was cut short by the visitor (<see cref="CostAccounting.Stopped"/>; older rows say
    /// "Cancelled") rather than failed by the provider: a stop is never counted as an error.
    /// </summary>
    public static bool IsStop(string? error) => error is CostAccounting.Stopped or "Cancelled";
}
