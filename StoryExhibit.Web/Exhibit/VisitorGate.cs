using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;

namespace StoryExhibit.Web.Exhibit;

/// <summary>What this visitor may do now: the staff's feature switches and content limits, and their per-visitor allowance.</summary>
public sealed class VisitorGate(IOptionsMonitor<ExhibitOptions> options, VisitorRateLimiter limiter, VisitorIdentity visitor)
{
    public ExhibitOptions Options => options.CurrentValue;
    public FeatureSwitches Features => options.CurrentValue.Features;
    public ContentLimits Content => options.CurrentValue.Content;

    public RateDecision TryStartStory() => limiter.TryAcquire(visitor.Key, VisitorAction.StartStory);

    public RateDecision TryWriteScene() => limiter.TryAcquire(visitor.Key, VisitorAction.WriteScene);
}
