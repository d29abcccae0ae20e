using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Ask;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Exports;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Profiles;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.StoryIllustrator;
using StoryExhibit.Core.Writer;
using StoryExhibit.Core.Video;

namespace StoryExhibit.Core;

public static class StoryExhibitServices
{
    /// <summary>Everything the exhibit needs below the UI: database, generators, plugins, the story engine, costs, analytics and privacy.</summary>
    public static IServiceCollection AddStoryExhibitCore(this IServiceCollection services, IConfiguration configuration)
    {
        var folders = new DataFolders(configuration);
        services.AddSingleton(folders);
        // Pooled: a context is made for every save and read, and setting one up anew costs more than the query.
        services.AddPooledDbContextFactory<StoryExhibitDb>(options => options.UseSqlite(folders.ConnectionString).AddInterceptors(new SqliteBusyTimeout()));
        services.AddSingleton<StoryStore>();
        services.AddSingleton<DatabaseStatus>();
        services.AddHostedService<DatabaseInitializer>();

        services.AddExhibitRules(configuration.GetSection(ExhibitOptions.Section));
        services.AddTextGeneration(configuration.GetSection(TextGenerationOptions.Section));
        services.AddModeration(configuration.GetSection(ModerationOptions.Section));
        services.AddSingleton<LiveScenes>();
        services.AddSingleton<StoryEngine>();

        services.AddSpeech(configuration.GetSection(SpeechOptions.Section));
        services.AddSingleton<SceneNarrator>();
        services.AddSpeechInput(configuration.GetSection(SpeechInputOptions.Section));

        services.AddImages(configuration.GetSection(ImageOptions.Section));
        services.AddSingleton<IllustrationFeed>();
        services.AddSingleton<SceneIllustrations>();
        services.AddHostedService<IllustrationWorker>();

        services.AddImaging(configuration.GetSection(ImagingOptions.Section));
        services.AddSingleton<RasterCopyMaker>();
        services.AddStoryIllustrator(configuration.GetSection(IllustratorOptions.Section));
        services.AddExports();

        services.AddSingleton<CanvasStore>();
        services.AddSingleton<CanvasHub>();
        services.AddHostedService<CanvasRunner>();

        services.AddGeneratorKernel();
        services.AddMusic(configuration.GetSection(MusicOptions.Section));
        services.AddAsk();
        services.AddSongs(configuration.GetSection(SongOptions.Section));
        services.AddResearch(configuration.GetSection(ResearchOptions.Section));
        services.AddCosts(configuration.GetSection(CostOptions.Section));
        services.AddAnalytics(configuration);
        services.AddPrivacy(configuration);
        services.AddSingleton<StoryFactsReader>();
        services.AddSingleton<ProfileStore>();
        services.AddWriter();
        services.AddVideo(configuration.GetSection(VideoOptions.Section));
        services.AddJobs(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<ApiKeyStore>();
        return services;
    }
}
