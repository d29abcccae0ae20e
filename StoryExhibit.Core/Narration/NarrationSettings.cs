using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Narration;

/// <summary>How the <see cref="NarrationPipeline"/> speaks.</summary>
/// <param name="Voice">Narrator's voice; null for the synthesizer's default.</param>
/// <param name="CharacterVoices">Voices for named characters' quoted lines; empty: the narrator reads everything.</param>
public sealed record NarrationSettings(
    string? Voice = null,
    double Speed = 1.0,
    int? Pitch = null,
    IReadOnlyDictionary<string, object?>? ExtraParameters = null,
    int MaxParallel = 2,
    SegmenterOptions? Segmenter = null,
    IReadOnlyList<string>? CharacterVoices = null)
{
    public static NarrationSettings From(SpeechOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NarrationSettings(
            string.IsNullOrWhiteSpace(options.Voice) ? null : options.Voice,
            options.Speed,
            options.Pitch,
            options.ExtraParameters.Count > 0 ? options.TypedExtraParameters() : null,
            options.MaxParallel,
            new SegmenterOptions(options.MinSentenceLength, options.MaxSentenceLength, options.MinClipLength),
            [.. options.CharacterVoices.Where(v => !string.IsNullOrWhiteSpace(v))]);
    }
}
