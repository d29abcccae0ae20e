using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// Keeps every composed loop on disk, one file per provider, mood and theme, so a cue is composed once and then served
/// at once. While a cue is being composed, every other request for it waits for that same composition. A composition
/// carries on when the visitor who asked leaves (the next visitor gets it sooner); it is given up only when the app stops.
/// </summary>
public sealed class MusicCache(IMusicComposer composer, string folder, string provider, ILogger<MusicCache>? log = null) : IMusicComposer, IDisposable
{
    /// <summary>Part of every file name: raise it when the composer changes, so old loops are composed anew.</summary>
    public const int CompositionVersion = 1;

    private readonly ConcurrentDictionary<MusicCue, Lazy<Task<MusicTrack>>> _composing = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _log = log ?? (ILogger)NullLogger.Instance;
    private int _disposed;

    public string Folder => folder;

    /// <summary>The cached loop for <paramref name="cue"/>, or null when it has not been composed yet.</summary>
    public MusicTrack? Find(MusicCue cue)
    {
        var path = PathOf(cue);
        if (!File.Exists(path)) return null;
        var seconds = File.Exists(path + ".seconds") && double.TryParse(File.ReadAllText(path + ".seconds"), CultureInfo.InvariantCulture, out var s) ? s : 0;
        return new MusicTrack(path, OfflineMusicComposer.MediaType, TimeSpan.FromSeconds(seconds));
    }

    public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cue);
        if (Find(cue) is { } cached) return cached;
        var work = _composing.GetOrAdd(cue, c => new Lazy<Task<MusicTrack>>(() => ComposeAndKeepAsync(c)));
        return await work.Value.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task<MusicTrack> ComposeAndKeepAsync(MusicCue cue)
    {
        try
        {
            var track = await composer.ComposeAsync(cue, _stopping.Token).ConfigureAwait(false);
            if (track.StandIn) return track;
            var path = PathOf(cue);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(path + ".seconds", track.Duration.TotalSeconds.ToString("R", CultureInfo.InvariantCulture), _stopping.Token).ConfigureAwait(false);
            if (!string.Equals(Path.GetFullPath(track.FilePath), path, StringComparison.Ordinal)) File.Move(track.FilePath, path, overwrite: true);
            _log.LogInformation("Composed the {Mood} {Theme} music ({Seconds:0.0} s loop)", cue.Mood, cue.Theme, track.Duration.TotalSeconds);
            return track with { FilePath = path };
        }
        finally
        {
            _composing.TryRemove(cue, out _);
        }
    }

    private string PathOf(MusicCue cue) =>
        Path.GetFullPath(Path.Combine(folder, $"{provider}-{cue.Mood}-{cue.Theme}-v{CompositionVersion}.ogg".ToLowerInvariant()));

    /// <summary>Gives up compositions under way. Safe to call twice (the container disposes it as itself and as the composer).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
