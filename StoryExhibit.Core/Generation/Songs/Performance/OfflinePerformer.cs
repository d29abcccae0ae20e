using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;

namespace StoryExhibit.Core.Generation.Songs.Performance;

/// <summary>
/// Performs a song on this machine: a melody for the words, sung by espeak-ng, mixed over the composer's backing for the
/// song's kind (a cappella when there is no composer or it fails) and compressed to Ogg Opus.
/// </summary>
public sealed class OfflinePerformer(IOptionsMonitor<SongOptions> options, SpeechAudioEncoder encoder, ILogger<OfflinePerformer> log, IMusicComposer? composer = null)
{
    public async Task<SpeechAudio> PerformAsync(SongLyrics lyrics, IProgress<string>? progress, CancellationToken ct)
    {
        var melody = MelodyWriter.Write(lyrics);
        progress?.Report("Singing");
        var backing = BackingAsync(lyrics.Kind, ct);
        var voice = await new EspeakSinger(voice: options.CurrentValue.Voice).SingAsync(melody, ct).ConfigureAwait(false);
        progress?.Report("Adding the music");
        var mixed = await new SongMixer().MixAsync(voice, await backing.ConfigureAwait(false), ct).ConfigureAwait(false);
        var compressed = await encoder.CompressAsync(mixed, ct).ConfigureAwait(false);
        return compressed;
    }

    private async Task<string?> BackingAsync(SongKind kind, CancellationToken ct)
    {
        if (composer is null) return null;
        try
        {
            var track = await composer.ComposeAsync(SongWishes.BackingFor(kind), ct).ConfigureAwait(false);
            return File.Exists(track.FilePath) ? track.FilePath : null;
        }
        catch (Exception ex) when (ex is GenerationException or IOException)
        {
            log.LogWarning(ex, "No backing music for a {Kind} song; it is sung without", kind);
            return null;
        }
    }
}
