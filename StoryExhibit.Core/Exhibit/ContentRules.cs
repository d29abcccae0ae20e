using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Exhibit;

/// <summary>What the staff's content limits allow: the ratings up to the ceiling and the audiences they picked.</summary>
public static class ContentRules
{
    public static IReadOnlyList<ContentRating> AllowedRatings(this ContentLimits limits) =>
        [.. Enum.GetValues<ContentRating>().Where(r => r <= limits.RatingCeiling)];

    /// <summary>The rating a story may have: never above the ceiling.</summary>
    public static ContentRating Clamp(this ContentLimits limits, ContentRating rating) => rating > limits.RatingCeiling ? limits.RatingCeiling : rating;

    /// <summary>The audience a story may have: the visitor's if allowed, else the nearest allowed one (younger first).</summary>
    public static Audience Clamp(this ContentLimits limits, Audience audience)
    {
        var allowed = limits.AllowedAudiences;
        if (allowed.Contains(audience)) return audience;
        return allowed.OrderBy(a => Math.Abs((int)a - (int)audience)).ThenBy(a => a).First();
    }

    /// <summary>The seed within the limits (rating at most the ceiling, an allowed audience).</summary>
    public static StorySeed Apply(this ContentLimits limits, StorySeed seed) =>
        seed with { Rating = limits.Clamp(seed.Rating), Audience = limits.Clamp(seed.Audience) };
}
