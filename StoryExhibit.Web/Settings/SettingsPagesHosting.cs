using StoryExhibit.Core.Generation.Probes;

namespace StoryExhibit.Web.Settings;

public static class SettingsPagesHosting
{
    /// <summary>The services behind the providers, storyteller, visitors and moderation settings pages.</summary>
    public static IServiceCollection AddSettingsPages(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ProviderProbe(sp.GetRequiredService<ILogger<ProviderProbe>>()));
        services.AddScoped<ProviderSettingsEditor>();
        services.AddScoped<StorytellerSettingsEditor>();
        services.AddScoped<VisitorSettingsEditor>();
        services.AddScoped<ModerationSettingsEditor>();
        return services;
    }
}
