namespace StoryExhibit.Core.Generation.Speech;

/// <summary>
/// Turns one sentence of text into audio. Implementations are safe for concurrent use. Every failure
/// surfaces as a <see cref="GenerationException"/> whose message is fit for a visitor, except cancellation
/// by the caller, which surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// Our own small contract rather than Microsoft.Extensions.AI's <c>ITextToSpeechClient</c>, which is
/// experimental (MEAI001) in 10.11 and would need a suppressed diagnostic wherever it is used.
/// </remarks>
public interface ISpeechSynthesizer
{
    /// <summary>Short provider name for logs, e.g. "espeak-ng".</summary>
    string Name { get; }

    Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct);

    Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct);
}

/// <summary>What to say and how.</summary>
/// <param name="Text">The text to speak (one sentence or a few).</param>
/// <param name="Voice">Provider voice id (espeak-ng "en-gb" or "en+f3", OpenAI "alloy"); null for the provider's default.</param>
/// <param name="Speed">1.0 is normal; 0.5 half as fast, 2.0 twice.</param>
/// <param name="Pitch">0–99 with 50 as normal (espeak-ng's scale); providers without a pitch control ignore it.</param>
/// <param name="ExtraParameters">Provider-specific settings passed through as they are (e.g. Chatterbox's "exaggeration").</param>
public sealed record SpeechRequest(
    string Text,
    string? Voice = null,
    double Speed = 1.0,
    int? Pitch = null,
    IReadOnlyDictionary<string, object?>? ExtraParameters = null);

/// <summary>Audio for one request.</summary>
/// <param name="Bytes">A complete audio file (WAV, MP3, ...), playable on its own.</param>
/// <param name="MediaType">e.g. "audio/wav", "audio/mpeg".</param>
/// <param name="Duration">Playing time, when the format tells it cheaply (WAV does).</param>
public sealed record SpeechAudio(byte[] Bytes, string MediaType, TimeSpan? Duration = null);

/// <summary>A voice a provider offers.</summary>
/// <param name="Id">What to pass as <see cref="SpeechRequest.Voice"/>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Language">Language tag, when known (e.g. "en-gb").</param>
/// <param name="Gender">"M", "F" or null when unknown.</param>
public sealed record SpeechVoice(string Id, string Name, string? Language = null, string? Gender = null);
