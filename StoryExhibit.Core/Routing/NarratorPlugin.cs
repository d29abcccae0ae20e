using System.ComponentModel;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Routing;

/// <summary>The speech capability: speaks one sentence with the voice the settings choose.</summary>
public sealed class NarratorPlugin(CurrentSpeech speech)
{
    public const string Name = "Narrator";
    public const string SpeakSentence = "speak_sentence";

    [KernelFunction(SpeakSentence)]
    [Description("Speaks one sentence aloud; returns a complete audio file with its media type.")]
    public Task<SpeechAudio> SpeakSentenceAsync(
        [Description("The sentence, the voice, the speed and pitch, and any provider-specific settings.")] SpeechRequest request,
        CancellationToken ct) =>
        (speech.Synthesizer ?? throw new InvalidOperationException("Narration is off or the visitor's browser speaks: the server has no voice to use."))
            .SynthesizeAsync(request, ct);
}
