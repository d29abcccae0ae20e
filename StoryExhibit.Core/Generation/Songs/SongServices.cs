using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Generation.Songs.Performance;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Generation.Songs;

public static class SongServices
{
    /// <summary>Registers songs on request: <see cref="SongOptions"/> (bad settings stop the app at start), <see cref="ISongMaker"/> and its kernel plugin.</summary>
    public static IServiceCollection AddSongs(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = SongOptions.Section;
        services.AddOptions<SongOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.Provider), $"{s}:Provider must be Offline or Remote.")
            .Validate(o => o.Provider != SongProvider.Remote || ProbeAddress.Problem(o.Endpoint?.OriginalString, out _) is null,
                $"{s}:Provider is Remote, so {s}:Endpoint must be the song service's http(s) address.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.TotalTimeout > TimeSpan.Zero && o.RetryDelay >= TimeSpan.Zero,
                $"{s}: RequestTimeout, PollInterval and TotalTimeout must be positive, e.g. \"00:00:20\".")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, $"{s}:MaxRetries must be between 0 and 10.")
            .Validate(o => o.CostPerSong >= 0, $"{s}:CostPerSong cannot be negative.")
            .ValidateOnStart();
        services.AddSingleton<SongFiles>();
        services.AddSingleton<SongWordsWriter>();
        services.AddSingleton<OfflinePerformer>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SongMaker>(sp,
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan }));
        services.AddSingleton<ISongMaker>(sp => sp.GetRequiredService<SongMaker>());
        services.AddGeneratorPlugin<SongPlugin>(SongPlugin.Name);
        return services;
    }
}
