using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Costs;

namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// Records every composition as a provider call (seconds of music, <paramref name="costPerPiece"/> for a paid one).
/// When today's music budget is spent, or the paid provider fails, the <paramref name="offline"/> composer's loop is
/// served instead, marked <see cref="MusicTrack.StandIn"/> (logged; the visitor just hears music). The stand-in is the
/// offline provider's own cache, which records its own compositions. Cached loops are not calls: this sits below <see cref="MusicCache"/>.
/// </summary>
internal sealed class CostAccountingMusicComposer(IMusicComposer provider, string providerName, IMusicComposer? offline, CostAccounting costs,
    Func<decimal>? costPerPiece = null, ILogger? log = null) : IMusicComposer
{
    public const string Seconds = "seconds";
    private readonly ILogger _log = log ?? NullLogger.Instance;

    public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cue);
        if (costs.UsePaid(GeneratorService.Music, providerName, offline is not null))
        {
            try
            {
                return await ComposeWithAsync(provider, providerName, costPerPiece?.Invoke() ?? 0m, cue, ct).ConfigureAwait(false);
            }
            catch (GenerationException ex) when (offline is not null)
            {
                _log.LogWarning(ex, "{Provider} could not make the {Mood} {Theme} music ({Detail}); the built-in composer's loop plays instead",
                    providerName, cue.Mood, cue.Theme, ex.Detail);
            }
        }
        var track = await offline!.ComposeAsync(cue, ct).ConfigureAwait(false);
        return track with { StandIn = true };
    }

    private async Task<MusicTrack> ComposeWithAsync(IMusicComposer composer, string name, decimal cost, MusicCue cue, CancellationToken ct)
    {
        var started = costs.Now();
        try
        {
            var track = await composer.ComposeAsync(cue, ct).ConfigureAwait(false);
            costs.Record(GeneratorService.Music, name, started, null, track.Duration.TotalSeconds, Seconds, cost);
            return track;
        }
        catch (Exception ex)
        {
            costs.Record(GeneratorService.Music, name, started, ex, 0, Seconds, 0m);
            throw;
        }
    }
}
