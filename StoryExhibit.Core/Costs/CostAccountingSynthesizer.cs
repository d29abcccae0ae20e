using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Records each sentence spoken, by its characters; uses the offline synthesizer while the speech budget is spent
/// (with its own default voice: a paid provider's voice names mean nothing to espeak-ng).
/// </summary>
internal sealed class CostAccountingSynthesizer(ISpeechSynthesizer provider, string providerName, ISpeechSynthesizer? offline, CostAccounting costs)
    : ISpeechSynthesizer
{
    public const string Characters = "characters";

    public string Name => provider.Name;

    public async Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct)
    {
        var paid = costs.UsePaid(GeneratorService.Speech, providerName, offline is not null);
        var (synthesizer, name, asked) = paid
            ? (provider, providerName, request)
            : (offline!, CostAccounting.OfflineName(GeneratorService.Speech), request with { Voice = null, ExtraParameters = null });
        var started = costs.Now();
        var characters = request.Text?.Length ?? 0;
        try
        {
            var audio = await synthesizer.SynthesizeAsync(asked, ct).ConfigureAwait(false);
            costs.Record(GeneratorService.Speech, name, started, null, characters, Characters, Prices.Speech(costs.CurrentPrices, name, characters));
            return audio;
        }
        catch (Exception ex)
        {
            costs.Record(GeneratorService.Speech, name, started, ex, characters, Characters, 0m);
            throw;
        }
    }

    public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct) => provider.ListVoicesAsync(ct);
}
