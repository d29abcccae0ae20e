namespace StoryExhibit.Core.Narration;

/// <summary>How prose is cut into the clips that are narrated one by one.</summary>
/// <param name="MinLength">A sentence shorter than this (in characters) is merged with the next one, so narration does not stutter.</param>
/// <param name="MaxLength">A sentence longer than this is split at the clause boundary (; , : —) nearest its middle.</param>
/// <param name="MinClipLength">
/// After the first clip (which stays one sentence, so narration starts at once), sentences are joined into clips of at
/// least this many characters, never past <paramref name="MaxLength"/>; a character's quoted line keeps a clip of its own,
/// as it is read in that character's voice. Fewer, longer clips cost the server less per scene. 0: one sentence a clip.
/// </param>
public sealed record SegmenterOptions(int MinLength = 20, int MaxLength = 220, int MinClipLength = 0)
{
    public static SegmenterOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MinLength, nameof(MinLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLength, 40, nameof(MaxLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(MinLength, MaxLength, nameof(MinLength));
        ArgumentOutOfRangeException.ThrowIfNegative(MinClipLength, nameof(MinClipLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinClipLength, MaxLength, nameof(MinClipLength));
    }
}
