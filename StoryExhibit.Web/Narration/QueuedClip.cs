using StoryExhibit.Core.Narration;

namespace StoryExhibit.Web.Narration;

/// <summary>
/// A clip as the browser's audio queue (NarrationPlayer.razor.js) is given it: its sentences, which the caption and the
/// highlight follow one at a time while the clip plays, and the address of its audio (none: the browser reads it).
/// </summary>
public sealed record QueuedClip(int Index, string Sentence, IReadOnlyList<string> Sentences, string? Url, string? Error)
{
    public static QueuedClip Of(int index, string sentence, string? url, string? error)
        => new(index, sentence, SentenceSegmenter.SentencesOf(sentence), url, error);
}
