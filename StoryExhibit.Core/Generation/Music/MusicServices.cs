using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Music.Mood;
using StoryExhibit.Core.Generation.Music.Remote;
using StoryExhibit.Core.Generation.Music.Rendering;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Generation.Music;

public static class MusicServices
{
    private static readonly HttpClient RemoteHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>
    /// Registers ambient music: <see cref="MusicOptions"/>, the composer the options choose (recorded as provider calls, the built-in one standing in for the song service)
    /// behind a <see cref="MusicCache"/> per provider in the data folder's "music" folder, and the kernel's <see cref="MusicPlugin"/>.
    /// </summary>
    public static IServiceCollection AddMusic(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = MusicOptions.Section;
        services.AddOptions<MusicOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.DefaultTheme), $"{s}:DefaultTheme must be Cinematic, Cartoon or Calm.")
            .Validate(o => o.BitrateKbps is >= 24 and <= 256, $"{s}:BitrateKbps must be between 24 and 256.")
            .Validate(o => Enum.IsDefined(o.Provider), $"{s}:Provider must be Offline or SongService.")
            .Validate(o => o.CostPerPiece >= 0, $"{s}:CostPerPiece cannot be negative.")
            .Validate(o => o.MaxLoopLength >= TimeSpan.FromSeconds(5), $"{s}:MaxLoopLength must be at least 5 seconds, e.g. \"00:02:00\".")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{s}:Timeout must be positive, e.g. \"00:02:00\".")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SoundFont), $"{s}:SoundFont must be the path of a General MIDI SoundFont, e.g. {MusicOptions.DefaultSoundFont}.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<MusicOptions>>();
            var songs = sp.GetRequiredService<IOptionsMonitor<SongOptions>>();
            var costs = sp.GetRequiredService<CostAccounting>();
            var folder = Path.Combine(sp.GetRequiredService<DataFolders>().Root, "music");
            var offlineName = CostAccounting.OfflineName(GeneratorService.Music);
            var offline = new MusicCache(
                new CostAccountingMusicComposer(new OfflineMusicComposer(new MusicRenderer(() => monitor.CurrentValue), Path.Combine(folder, "work")), offlineName, null, costs),
                folder, offlineName, sp.GetService<ILogger<MusicCache>>());
            var remote = new SongServiceMusicComposer(() => songs.CurrentValue, new LoopEncoder(() => monitor.CurrentValue), RemoteHttp,
                Path.Combine(folder, "work"), sp.GetService<ILogger<SongServiceMusicComposer>>());
            // The offline cache stands in: its loops are served when the song service fails or the budget is spent.
            var songService = new MusicCache(
                new CostAccountingMusicComposer(remote, SongServiceMusicComposer.Provider, offline, costs, () => monitor.CurrentValue.CostPerPiece, sp.GetService<ILogger<MusicCache>>()),
                folder, SongServiceMusicComposer.Provider, sp.GetService<ILogger<MusicCache>>());
            return new ChosenMusicComposer(() => monitor.CurrentValue.Provider, offline, songService);
        });
        services.AddSingleton<IMusicComposer>(sp => sp.GetRequiredService<ChosenMusicComposer>());
        // The model's opinion only while a real storyteller model writes the stories; offline, the lexicon reads the mood.
        services.AddSingleton(sp =>
        {
            var text = sp.GetRequiredService<IOptionsMonitor<TextGenerationOptions>>();
            var model = new ModelMoodReader(sp.GetRequiredService<CurrentStoryteller>(), log: sp.GetService<ILogger<ModelMoodReader>>());
            return new SceneMoods(() => text.CurrentValue.Provider == TextProvider.Offline ? null : model);
        });
        services.AddGeneratorPlugin<MusicPlugin>(MusicPlugin.Name);
        return services;
    }
}
