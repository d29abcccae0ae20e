using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.Video;

public static class VideoServices
{
    /// <summary>Registers story videos and snippets: <see cref="VideoOptions"/>, the renderer and the two job kinds.</summary>
    public static IServiceCollection AddVideo(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = VideoOptions.Section;
        services.AddOptions<VideoOptions>().Bind(section)
            .Validate(o => o.FramesPerSecond is >= 10 and <= 60, $"{s}:FramesPerSecond must be between 10 and 60.")
            .Validate(o => o.Crf is >= 0 and <= 51, $"{s}:Crf must be between 0 and 51.")
            .Validate(o => o.CrossfadeSeconds is > 0 and <= 2 && o.CardSeconds > o.CrossfadeSeconds * 2 && o.MinSceneSeconds > o.CrossfadeSeconds * 2,
                $"{s}:CrossfadeSeconds must be between 0 and 2, and cards and scenes at least twice as long.")
            .Validate(o => o.SegmentsAtOnce is >= 1 and <= 8, $"{s}:SegmentsAtOnce must be between 1 and 8.")
            .Validate(o => o.MaxScenes >= 1 && o.SnippetSeconds is >= 1 and <= 10, $"{s}:MaxScenes must be at least 1 and SnippetSeconds between 1 and 10.")
            .Validate(o => o.Timeout > TimeSpan.Zero, $"{s}:Timeout must be positive, e.g. \"00:10:00\".")
            .ValidateOnStart();
        services.AddSingleton(sp => new FfmpegRunner(() => sp.GetRequiredService<IOptionsMonitor<VideoOptions>>().CurrentValue));
        services.AddSingleton<StoryVideoSource>();
        services.AddSingleton<StoryVideoRenderer>();
        services.AddJobKind<VideoInput, VideoJobHandler>(JobKinds.Video, maxConcurrency: 1);
        services.AddJobKind<SnippetInput, SnippetJobHandler>(JobKinds.Snippet, maxConcurrency: 2);
        return services;
    }
}
