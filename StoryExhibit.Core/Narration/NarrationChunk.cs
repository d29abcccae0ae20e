using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// One narrated sentence, delivered in order. <see cref="Audio"/> is null when synthesis failed (see
/// <see cref="Error"/>, fit for a visitor) or when no server synthesizer is configured (the browser speaks
/// <see cref="Sentence"/> itself; <see cref="Error"/> is then null too).
/// </summary>
/// <param name="Voice">Voice the sentence was (or is to be) spoken in.</param>
/// <param name="Speaker">Character whose quoted line this is, when one was recognised.</param>
public sealed record NarrationChunk(int Index, string Sentence, SpeechAudio? Audio, string? Error, string? Voice = null, string? Speaker = null);
