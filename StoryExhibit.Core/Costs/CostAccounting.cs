using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Wraps any generator so that every call is recorded (provider, latency, outcome, units, estimated cost) and, once
/// a budget is spent, the offline provider serves instead of the paid one. The storyteller takes it as chat client
/// middleware (<see cref="CostAccountingChatClientBuilderExtensions.UseCostAccounting"/>); pictures and speech, which have
/// no Microsoft.Extensions.AI contract here, through a <c>Wrap…</c> decorator where the provider is chosen. Pass <c>offline: null</c> when the chosen provider is itself the offline one: its calls are
/// recorded (free, with their latency) and nothing falls back.
/// </summary>
public sealed class CostAccounting(BudgetGuard guard, ProviderCallLog calls, IOptionsMonitor<CostOptions> options, ILogger<CostAccounting> log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The scene illustrator; <paramref name="providerName"/> is "OpenAI", "SdxlTurbo" or "Offline".</summary>
    public IIllustrator WrapImages(IIllustrator provider, string providerName, IIllustrator? offline) =>
        new CostAccountingIllustrator(provider, providerName, Prices.IsFree(providerName) ? null : offline, this);

    /// <summary>The live canvases' illustrator: every frame is a call; while the budget is spent frames come from the offline illustrator.</summary>
    public ILiveIllustrator WrapLiveImages(ILiveIllustrator provider, string providerName, ILiveIllustrator? offline) =>
        new CostAccountingLiveIllustrator(provider, providerName, Prices.IsFree(providerName) ? null : offline, this);

    /// <summary>The narrator; <paramref name="providerName"/> is "OpenAI", "OpenAICompatible" or "Espeak".</summary>
    public ISpeechSynthesizer WrapSpeech(ISpeechSynthesizer provider, string providerName, ISpeechSynthesizer? offline) =>
        new CostAccountingSynthesizer(provider, providerName, Prices.IsFree(providerName) ? null : offline, this);

    internal PriceList CurrentPrices => options.CurrentValue.Prices;

    internal long Now() => _clock.GetTimestamp();

    /// <summary>
    /// Whether this call goes to the paid provider. A call that starts within budget may finish over it. When the
    /// budget is spent, the first fallback of the day is logged as a warning.
    /// </summary>
    internal bool UsePaid(GeneratorService service, string providerName, bool hasFallback)
    {
        if (!hasFallback) return true;
        if (guard.AllowsPaidCall(service))
        {
            guard.NotePaidCall(service);
            return true;
        }
        if (guard.NoteFallback(service))
            log.LogWarning("The {Service} budget for today is spent: the offline provider serves instead of {Provider} until the budget allows it again",
                service, providerName);
        return false;
    }

    internal void Record(GeneratorService service, string provider, long started, Exception? failure, double units, string unitKind, decimal cost, bool stopped = false)
    {
        // A visitor's Stop (or leaving) cancels the call: that is not the provider failing. A provider's own timeout comes wrapped in a GenerationException.
        if (failure is OperationCanceledException) (stopped, failure) = (true, null);
        calls.Record(new ProviderCall
        {
            OccurredUtc = _clock.GetUtcNow().UtcDateTime - _clock.GetElapsedTime(started),
            Service = service,
            Provider = provider,
            LatencyMs = _clock.GetElapsedTime(started).TotalMilliseconds,
            Succeeded = failure is null && !stopped,
            Error = failure is not null ? ErrorKind(failure) : stopped ? Stopped : null,
            Units = units,
            UnitKind = unitKind,
            EstimatedCost = cost,
        });
    }

    /// <summary>The <see cref="ProviderCall.Error"/> of a call cut short by the visitor: counted as a stop, never as an error.</summary>
    public const string Stopped = "Stopped";

    /// <summary>The offline provider's name as the settings call it.</summary>
    internal static string OfflineName(GeneratorService service) => service == GeneratorService.Speech ? "Espeak" : "Offline";

    /// <summary>What kind of failure, for the dashboard: never the message, which may quote the visitor.</summary>
    internal static string ErrorKind(Exception ex) => ex switch
    {
        GenerationException { InnerException: ClientResultException { Status: > 0 } http } => $"HTTP {http.Status}",
        GenerationException { InnerException: TimeoutException or OperationCanceledException } => "Timeout",
        GenerationException => "Provider error",
        ArgumentException => "Bad request",
        _ => ex.GetType().Name,
    };
}
