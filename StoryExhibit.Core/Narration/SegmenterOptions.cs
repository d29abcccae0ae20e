namespace StoryExhibit.Core.Narration;

/// <summary>How prose is cut into the sentences that are narrated one by one.</summary>
/// <param name="MinLength">A sentence shorter than this (in characters) is merged with the next one, so narration does not stutter.</param>
/// <param name="MaxLength">A sentence longer than this is split at the clause boundary (; , : —) nearest its middle.</param>
public sealed record SegmenterOptions(int MinLength = 20, int MaxLength = 220)
{
    public static SegmenterOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MinLength, nameof(MinLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLength, 40, nameof(MaxLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(MinLength, MaxLength, nameof(MinLength));
    }
}
