using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Costs;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>
/// Records each transcription as a provider call of the speech service (by seconds of audio) and lets pocketsphinx
/// listen instead of the paid service when the speech budget is spent, or when the service fails or is too slow: a
/// visitor who spoke should get their words either way.
/// </summary>
internal sealed class MeteredTranscriber(ISpeechTranscriber provider, ISpeechTranscriber? offline, CostAccounting costs, ILogger log) : ISpeechTranscriber
{
    public const string Seconds = "seconds";

    public string Name => provider.Name;

    public async Task<Transcript> TranscribeAsync(SpokenAudio audio, CancellationToken ct)
    {
        if (offline is null || !costs.UsePaid(GeneratorService.Speech, provider.Name, hasFallback: true))
            return await RecordedAsync(offline ?? provider, audio, ct).ConfigureAwait(false);
        try
        {
            return await RecordedAsync(provider, audio, ct).ConfigureAwait(false);
        }
        catch (GenerationException ex)
        {
            log.LogWarning("Speech input from {Provider} failed ({Detail}); pocketsphinx listens instead", provider.Name, ex.Detail);
            return await RecordedAsync(offline, audio, ct).ConfigureAwait(false);
        }
    }

    private async Task<Transcript> RecordedAsync(ISpeechTranscriber transcriber, SpokenAudio audio, CancellationToken ct)
    {
        var started = costs.Now();
        try
        {
            var transcript = await transcriber.TranscribeAsync(audio, ct).ConfigureAwait(false);
            var seconds = transcript.Duration.TotalSeconds;
            costs.Record(GeneratorService.Speech, transcriber.Name, started, null, seconds, Seconds, Prices.SpeechInput(costs.CurrentPrices, transcriber.Name, seconds));
            return transcript;
        }
        catch (Exception ex)
        {
            costs.Record(GeneratorService.Speech, transcriber.Name, started, ex, 0, Seconds, 0m);
            throw;
        }
    }
}
