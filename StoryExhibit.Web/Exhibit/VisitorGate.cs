using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Web.Kiosk;

namespace StoryExhibit.Web.Exhibit;

/// <summary>
/// What this visitor may do now: the staff's feature switches and content limits, and their per-visitor allowance. A
/// visitor is one browser, or on a kiosk one visitor's session (the kiosk's browser serves everyone).
/// </summary>
public sealed class VisitorGate(IOptionsMonitor<ExhibitOptions> options, VisitorRateLimiter limiter, VisitorIdentity visitor, KioskMode kiosk)
{
    public ExhibitOptions Options => options.CurrentValue;
    public FeatureSwitches Features => options.CurrentValue.Features;
    public ContentLimits Content => options.CurrentValue.Content;

    private string LimitKey => kiosk.IsOn ? kiosk.SessionKey : visitor.Key;

    /// <summary>
    /// The visitor as the dashboard counts them: a browser's pseudonym, or on a kiosk one visitor's session (counted by
    /// the browser, a kiosk that served a hundred visitors would be one).
    /// </summary>
    public string? Pseudonym => kiosk.IsOn ? VisitorIdentity.PseudonymOf(kiosk.SessionKey) : visitor.Pseudonym;

    public RateDecision TryStartStory() => limiter.TryAcquire(LimitKey, VisitorAction.StartStory);

    public RateDecision TryWriteScene() => limiter.TryAcquire(LimitKey, VisitorAction.WriteScene);

    public RateDecision TrySpeakWords() => limiter.TryAcquire(LimitKey, VisitorAction.SpeakWords);
}
