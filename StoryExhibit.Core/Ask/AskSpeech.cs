using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Ask;

/// <summary>One sentence of a chat reply read aloud: its audio's id (served over HTTP), or none when the browser speaks it or it failed.</summary>
public sealed record AskSpoken(int Index, string Sentence, Guid? ClipId, string? Error);

/// <summary>
/// Reads chat replies aloud with the narration's voice: the same pipeline, the kernel's narrator and the same
/// compression as scenes, but nothing is stored: the newest clips are kept in memory for the browser to fetch.
/// </summary>
public sealed class AskSpeech(CurrentSpeech speech, SpeechAudioEncoder encoder, Kernel kernel, ILogger<NarrationPipeline> log)
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<Guid, SpeechAudio> _clips = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public bool Enabled => speech.Options.Enabled;
    public double Speed => speech.Options.Speed;

    public async IAsyncEnumerable<AskSpoken> ReadAsync(string text, [EnumeratorCancellation] CancellationToken ct)
    {
        var pipeline = new NarrationPipeline(speech.Synthesizer is null ? null : SpeakAsync, speech.Settings, log);
        await foreach (var chunk in pipeline.NarrateTextAsync(text, ct).WithCancellation(ct))
            yield return new AskSpoken(chunk.Index, chunk.Sentence, chunk.Audio is { } audio ? Keep(audio) : null, chunk.Error);
    }

    public SpeechAudio? Find(Guid id) => _clips.GetValueOrDefault(id);

    private async Task<SpeechAudio> SpeakAsync(SpeechRequest request, CancellationToken ct) =>
        await encoder.CompressAsync(await kernel.SpeakSentenceAsync(request, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    private Guid Keep(SpeechAudio audio)
    {
        var id = Guid.NewGuid();
        _clips[id] = audio;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest)) _clips.TryRemove(oldest, out _);
        return id;
    }
}
