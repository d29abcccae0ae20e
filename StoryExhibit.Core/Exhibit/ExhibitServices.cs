using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Exhibit;

public static class ExhibitServices
{
    /// <summary>
    /// Registers <see cref="ExhibitOptions"/> (feature switches, content limits, per-visitor limits; staff change them live)
    /// and the <see cref="VisitorRateLimiter"/>. Bad values in appsettings.json stop the app at start with a clear message.
    /// </summary>
    public static IServiceCollection AddExhibitRules(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = ExhibitOptions.Section;
        services.AddOptions<ExhibitOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.Content.RatingCeiling), $"{s}:Content:RatingCeiling must be Gentle, Mild or Thrilling.")
            .Validate(o => o.Content.Audiences.All(Enum.IsDefined), $"{s}:Content:Audiences may only list Children, Teens and Adults.")
            .Validate(o => o.VisitorLimits.StoriesPerHour is >= 0 and <= VisitorRateLimiter.MaxStoriesPerHour,
                $"{s}:VisitorLimits:StoriesPerHour must be between 0 (no limit) and {VisitorRateLimiter.MaxStoriesPerHour}.")
            .Validate(o => o.VisitorLimits.ScenesPerMinute is >= 0 and <= VisitorRateLimiter.MaxScenesPerMinute,
                $"{s}:VisitorLimits:ScenesPerMinute must be between 0 (no limit) and {VisitorRateLimiter.MaxScenesPerMinute}.")
            .Validate(o => o.Kiosk.IdleSeconds is >= KioskOptions.MinIdleSeconds and <= KioskOptions.MaxIdleSeconds,
                $"{s}:Kiosk:IdleSeconds must be between {KioskOptions.MinIdleSeconds} and {KioskOptions.MaxIdleSeconds}.")
            .Validate(o => ExhibitOptions.IsValidPublicBaseUrl(o.PublicBaseUrl), $"{s}:PublicBaseUrl must be empty or an http(s) address such as https://stories.example.org.")
            .ValidateOnStart();
        services.AddSingleton<VisitorRateLimiter>();
        return services;
    }
}
