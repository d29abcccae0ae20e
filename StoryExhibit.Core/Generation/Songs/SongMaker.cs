using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Generation.Songs.Performance;
using StoryExhibit.Core.Generation.Songs.Remote;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Generation.Songs;

/// <summary>
/// The exhibit's <see cref="ISongMaker"/>: words from the story (<see cref="SongWordsWriter"/>), then a performance by the
/// remote song provider when one is configured and the music budget allows it, otherwise (or when it fails or takes
/// too long) by this machine (<see cref="OfflinePerformer"/>). Every performance is recorded as a music provider call;
/// the song is stored in its story's folder and served from <see cref="SongFiles.UrlFor"/>.
/// </summary>
public sealed class SongMaker(StoryStore stories, SongWordsWriter words, OfflinePerformer offline, SongFiles files, CostAccounting costs,
    IOptionsMonitor<SongOptions> options, HttpClient http, ILogger<SongMaker> log) : ISongMaker
{
    public const string OfflineProvider = "Offline";

    public async Task<Song> MakeAsync(SongRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report("Writing the words");
        var story = request.StoryId is { } storyId
            ? await stories.GetAsync(storyId, ct).ConfigureAwait(false) ?? throw new GenerationException("songs", "That story could not be found.")
            : null;
        var told = story is null ? SongStory.Without(SongWishes.NamedIn(request.Wish, [])) : SongStory.From(story, request.Wish);
        var kind = SongWishes.KindOf(request.Wish, told.Genre);
        var lyrics = await words.WriteAsync(kind, told, Seed(request), ct).ConfigureAwait(false);

        var audio = await PerformAsync(lyrics, progress, ct).ConfigureAwait(false);
        var id = Guid.NewGuid();
        await files.SaveAsync(request.StoryId, id, audio.Bytes, audio.MediaType, ct).ConfigureAwait(false);
        log.LogInformation("Made a {Kind} song {Song} for story {Story}: {Bytes} bytes of {MediaType}", kind, id, request.StoryId, audio.Bytes.Length, audio.MediaType);
        return new Song(id, lyrics.Title, lyrics.Text, SongFiles.UrlFor(request.StoryId, id));
    }

    private async Task<SpeechAudio> PerformAsync(SongLyrics lyrics, IProgress<string>? progress, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (o.Provider == SongProvider.Remote && o.Endpoint is not null && costs.UsePaid(GeneratorService.Music, RemoteSongClient.Provider, hasFallback: true))
        {
            var started = costs.Now();
            try
            {
                progress?.Report("Sending the words to the song service");
                var remote = await new RemoteSongClient(o, http, log).MakeAsync(new RemoteSongOrder(lyrics.Title, lyrics.Text, Style(lyrics.Kind)), progress, ct)
                    .ConfigureAwait(false);
                costs.Record(GeneratorService.Music, RemoteSongClient.Provider, started, null, 1, "songs", o.CostPerSong);
                return new SpeechAudio(remote.Bytes, remote.MediaType);
            }
            catch (Exception ex)
            {
                costs.Record(GeneratorService.Music, RemoteSongClient.Provider, started, ex, 1, "songs", 0m);
                if (ex is not GenerationException) throw;
                log.LogWarning(ex, "The song service failed ({Detail}); the song is sung on this machine instead", ((GenerationException)ex).Detail);
                progress?.Report("The song service is busy, so we will sing it ourselves");
            }
        }
        var began = costs.Now();
        try
        {
            var sung = await offline.PerformAsync(lyrics, progress, ct).ConfigureAwait(false);
            costs.Record(GeneratorService.Music, OfflineProvider, began, null, 1, "songs", 0m);
            return sung;
        }
        catch (Exception ex)
        {
            costs.Record(GeneratorService.Music, OfflineProvider, began, ex, 1, "songs", 0m);
            throw;
        }
    }

    internal static string Style(SongKind kind) => kind switch
    {
        SongKind.Lullaby => "gentle lullaby, soft voice, music box and strings, slow",
        SongKind.Funny => "silly cartoon song, bouncy, ukulele and kazoo, upbeat",
        SongKind.Sad => "tender ballad, piano, slow, minor key",
        _ => "heroic adventure song, marching drums and brass, uplifting",
    };

    private static int Seed(SongRequest request)
    {
        unchecked
        {
            var hash = request.StoryId?.GetHashCode() ?? 7;
            foreach (var c in request.Wish ?? "") hash = hash * 31 + char.ToLowerInvariant(c);
            return hash;
        }
    }
}
