using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Music.Mood;
using StoryExhibit.Core.Generation.Music.Rendering;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Generation.Music;

public static class MusicServices
{
    /// <summary>
    /// Registers ambient music: <see cref="MusicOptions"/>, the composer the options choose (recorded as provider calls)
    /// behind the <see cref="MusicCache"/> in the data folder's "music" folder, and the kernel's <see cref="MusicPlugin"/>.
    /// </summary>
    public static IServiceCollection AddMusic(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = MusicOptions.Section;
        services.AddOptions<MusicOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.DefaultTheme), $"{s}:DefaultTheme must be Cinematic, Cartoon or Calm.")
            .Validate(o => o.BitrateKbps is >= 24 and <= 256, $"{s}:BitrateKbps must be between 24 and 256.")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{s}:Timeout must be positive, e.g. \"00:02:00\".")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SoundFont), $"{s}:SoundFont must be the path of a General MIDI SoundFont, e.g. {MusicOptions.DefaultSoundFont}.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<MusicOptions>>();
            var options = monitor.CurrentValue;
            var folder = Path.Combine(sp.GetRequiredService<DataFolders>().Root, "music");
            IMusicComposer composer = new OfflineMusicComposer(new MusicRenderer(() => monitor.CurrentValue), Path.Combine(folder, "work"));
            if (sp.GetService<CostAccounting>() is { } costs)
                composer = new CostAccountingMusicComposer(composer, options.Provider.ToString(), null, costs);
            return new MusicCache(composer, folder, options.Provider.ToString(), sp.GetService<ILogger<MusicCache>>());
        });
        services.AddSingleton<IMusicComposer>(sp => sp.GetRequiredService<MusicCache>());
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
