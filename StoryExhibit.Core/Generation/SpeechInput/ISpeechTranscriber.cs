namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>What a visitor said, as the browser recorded it (WebM/Opus, Ogg, WAV...). Never stored.</summary>
public sealed record SpokenAudio(ReadOnlyMemory<byte> Bytes, string? MediaType);

/// <summary>The words heard, and how long the recording was (after any cut to the longest allowed).</summary>
public sealed record Transcript(string Text, TimeSpan Duration)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// Turns a short spoken request into text. Failures surface as <see cref="GenerationException"/> with a kind message;
/// the caller's cancellation as <see cref="OperationCanceledException"/>. Implementations never keep or log the audio.
/// </summary>
public interface ISpeechTranscriber
{
    string Name { get; }

    Task<Transcript> TranscribeAsync(SpokenAudio audio, CancellationToken ct);
}
