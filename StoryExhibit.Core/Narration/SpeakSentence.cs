using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Narration;

/// <summary>Speaks one sentence: the kernel's narrator in the app, anything in a test.</summary>
public delegate Task<SpeechAudio> SpeakSentence(SpeechRequest request, CancellationToken ct);
