using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Exhibit;

public sealed class ExhibitRulesTests
{
    [Fact]
    public void The_ceiling_clamps_the_rating_and_only_allowed_audiences_remain()
    {
        var limits = new ContentLimits { RatingCeiling = ContentRating.Mild, Audiences = [Audience.Children, Audience.Teens] };
        Assert.Equal([ContentRating.Gentle, ContentRating.Mild], limits.AllowedRatings());

        var seed = limits.Apply(new StorySeed { Prompt = "A dragon", Genre = "Fantasy", Audience = Audience.Adults, Rating = ContentRating.Thrilling });
        Assert.Equal(ContentRating.Mild, seed.Rating);
        Assert.Equal(Audience.Teens, seed.Audience); // the nearest allowed audience
        Assert.Equal(ContentRating.Gentle, limits.Clamp(ContentRating.Gentle)); // below the ceiling stays as chosen
    }

    [Fact]
    public void The_rate_limiter_refuses_a_visitor_over_the_limit_with_a_wait_and_not_another_visitor()
    {
        var options = new Monitor(new ExhibitOptions { VisitorLimits = new VisitorLimits { StoriesPerHour = 2, ScenesPerMinute = 3 } });
        using var limiter = new VisitorRateLimiter(options, NullLogger<VisitorRateLimiter>.Instance);

        Assert.True(limiter.TryAcquire("browser:a", VisitorAction.StartStory).Allowed);
        Assert.True(limiter.TryAcquire("browser:a", VisitorAction.StartStory).Allowed);
        var refused = limiter.TryAcquire("browser:a", VisitorAction.StartStory);
        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30));
        Assert.Matches(@"^The storyteller needs a short rest - try again in \d+ (seconds|minutes)\.$", refused.Message);

        Assert.True(limiter.TryAcquire("browser:b", VisitorAction.StartStory).Allowed); // each visitor has their own allowance
        for (var i = 0; i < 3; i++) Assert.True(limiter.TryAcquire("browser:a", VisitorAction.WriteScene).Allowed); // and each action
        var scenes = limiter.TryAcquire("browser:a", VisitorAction.WriteScene);
        Assert.False(scenes.Allowed);
        Assert.Contains("20 seconds", scenes.Message); // a minute shared by three scenes

        // Staff raise the limit: it applies at once.
        options.Value = new ExhibitOptions { VisitorLimits = new VisitorLimits { StoriesPerHour = 5, ScenesPerMinute = 0 } };
        Assert.True(limiter.TryAcquire("browser:a", VisitorAction.StartStory).Allowed);
        for (var i = 0; i < 50; i++) Assert.True(limiter.TryAcquire("browser:a", VisitorAction.WriteScene).Allowed); // 0 is no limit
    }

    private sealed class Monitor(ExhibitOptions value) : IOptionsMonitor<ExhibitOptions>
    {
        public ExhibitOptions Value { get; set; } = value;
        public ExhibitOptions CurrentValue => Value;
        public ExhibitOptions Get(string? name) => Value;
        public IDisposable? OnChange(Action<ExhibitOptions, string?> listener) => null;
    }
}
