using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.Songs;

public static class SongsHosting
{
    /// <summary>The web side of songs: the "Songs" settings section's editor and the songs health check (the core registers <c>AddSongs</c>).</summary>
    public static IServiceCollection AddSongsWeb(this IServiceCollection services)
    {
        services.AddScoped<SongSettingsEditor>();
        services.AddHealthChecks().AddCheck<SongProviderHealthCheck>("songs", tags: [HealthHosting.ReadyTag, "provider"]);
        return services;
    }
}
