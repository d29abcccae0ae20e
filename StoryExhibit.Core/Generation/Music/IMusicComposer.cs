namespace StoryExhibit.Core.Generation.Music;

/// <summary>The feeling of a scene, which chooses its music.</summary>
public enum MusicMood { Calm, Joyful, Playful, Mysterious, Tense, Sad, Triumphant, Eerie }

/// <summary>The character of the exhibit's music, chosen by the visitor.</summary>
public enum MusicTheme { Cinematic, Cartoon, Calm }

public sealed record MusicCue(MusicMood Mood, MusicTheme Theme);

/// <summary>A finished, loopable piece of music on the server's disk, served to browsers over HTTP.</summary>
public sealed record MusicTrack(string FilePath, string MediaType, TimeSpan Duration)
{
    /// <summary>
    /// The built-in composer's loop, served because the chosen provider failed or the budget is spent: it is not kept
    /// as the chosen provider's loop, so that provider is asked again next time.
    /// </summary>
    public bool StandIn { get; init; }
}

/// <summary>Composes (or fetches from its cache) the loop for a mood and theme.</summary>
public interface IMusicComposer
{
    Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct);
}
