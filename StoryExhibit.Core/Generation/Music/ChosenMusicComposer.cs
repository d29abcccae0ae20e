namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// The composer <see cref="MusicOptions.Provider"/> chooses at the moment of asking, so a provider saved on the settings
/// page applies at once. Each provider has its own <see cref="MusicCache"/> (its loops carry its name on disk).
/// </summary>
public sealed class ChosenMusicComposer(Func<MusicProvider> chosen, MusicCache offline, MusicCache songService) : IMusicComposer, IDisposable
{
    public MusicCache Offline => offline;
    public MusicCache SongService => songService;

    public Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct) =>
        (chosen() == MusicProvider.SongService ? songService : offline).ComposeAsync(cue, ct);

    public void Dispose()
    {
        offline.Dispose();
        songService.Dispose();
    }
}
