using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Moderation;

public static class ModerationServices
{
    /// <summary>Registers <see cref="ModerationOptions"/> (staff tune them live) and the moderation of visitor text and scenes.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = ModerationOptions.Section;
        services.AddOptions<ModerationOptions>().Bind(section)
            .Validate(o => AllLevels(o).All(l => l is >= ContentSeverity.None and <= ContentSeverity.Max), $"{s}: every level must be between 0 (none) and {ContentSeverity.Max}.")
            .Validate(o => o.ProviderTimeout > TimeSpan.Zero && o.ProviderTimeout <= TimeSpan.FromSeconds(30), $"{s}:ProviderTimeout must be between 0 and 30 seconds.")
            .ValidateOnStart();
        services.AddSingleton<ProviderModeration>();
        services.AddSingleton<ContentModerator>();
        services.AddSingleton<VisitorTextGuard>();
        services.AddSingleton<SceneModeration>();
        return services;
    }

    private static IEnumerable<int> AllLevels(ModerationOptions o) =>
        new[] { o.Gentle, o.Mild, o.Thrilling, o.Children, o.Teens, o.Adults }
            .SelectMany(levels => Enum.GetValues<ModerationCategory>().Select(c => levels[c]));
}
