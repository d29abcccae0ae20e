using System.Threading.Channels;
using StoryExhibit.Core.Narration;

namespace StoryExhibit.Web.Narration;

/// <summary>
/// The narration of one scene while it is written. It is shown the whole prose so far each time, never pieces, so the
/// streaming view holding a line back for a moment cannot make a sentence be spoken twice; when the prose no longer
/// continues what was narrated (the storyteller started the scene again), narration starts again with it.
/// </summary>
public sealed class LiveNarration
{
    private readonly Action<LiveNarration, string> _restart;
    private Channel<string> _prose = NewChannel();
    private readonly ShownProse _shown = new();

    internal LiveNarration(Guid sceneId, Action<LiveNarration, string> restart)
    {
        SceneId = sceneId;
        _restart = restart;
    }

    public Guid SceneId { get; }

    /// <summary>Ends when this narration has finished or was stopped.</summary>
    internal Task Done { get; set; } = Task.CompletedTask;

    /// <summary>When this narration (or its restart, for a scene written again) began: every clip it made is newer.</summary>
    internal DateTime BegunUtc { get; set; }

    /// <summary>The pieces of prose to narrate, as they become new.</summary>
    internal ChannelReader<string> Prose => _prose.Reader;

    /// <summary>The prose shown now: the whole text so far.</summary>
    public void Show(string shown)
    {
        switch (_shown.Next(shown))
        {
            case null:
                _prose.Writer.TryComplete();
                _prose = NewChannel();
                _restart(this, shown);
                break;
            case { Length: > 0 } added:
                _prose.Writer.TryWrite(added);
                break;
        }
    }

    /// <summary>The scene ended: what is held back is narrated now.</summary>
    public void Complete() => _prose.Writer.TryComplete();

    /// <summary>Restarting: the narration begins with the prose shown so far.</summary>
    internal void Restarted() => _prose.Writer.TryWrite(_shown.Narrated);

    private static Channel<string> NewChannel() => Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
}
