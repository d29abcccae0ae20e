using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Music;

public static class MusicHosting
{
    /// <summary>The music's health check and the services behind its settings page (the composer itself is registered in Core).</summary>
    public static IServiceCollection AddMusicPages(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<MusicHealthCheck>("music", tags: [HealthHosting.ReadyTag, "provider"]);
        services.AddScoped<MusicSettingsEditor>();
        return services;
    }
}
