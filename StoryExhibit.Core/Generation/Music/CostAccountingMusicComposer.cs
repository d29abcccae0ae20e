using StoryExhibit.Core.Costs;

namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// Records every composition as a provider call (seconds of music); once today's music budget is spent, the offline
/// composer serves instead of a paid one. Cached loops are not calls: this sits below <see cref="MusicCache"/>.
/// </summary>
internal sealed class CostAccountingMusicComposer(IMusicComposer provider, string providerName, IMusicComposer? offline, CostAccounting costs) : IMusicComposer
{
    public const string Seconds = "seconds";

    public async Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
    {
        var paid = costs.UsePaid(GeneratorService.Music, providerName, offline is not null);
        var (composer, name) = paid ? (provider, providerName) : (offline!, CostAccounting.OfflineName(GeneratorService.Music));
        var started = costs.Now();
        try
        {
            var track = await composer.ComposeAsync(cue, ct).ConfigureAwait(false);
            costs.Record(GeneratorService.Music, name, started, null, track.Duration.TotalSeconds, Seconds, 0m);
            return track;
        }
        catch (Exception ex)
        {
            costs.Record(GeneratorService.Music, name, started, ex, 0, Seconds, 0m);
            throw;
        }
    }
}
