using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Writer;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>The real core services, offline, on a throwaway SQLite file: what the writer's tests run against.</summary>
public sealed class WriterHost : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("storyexhibit-writer-").FullName;
    public ServiceProvider Services { get; private set; } = null!;

    public StoryWriter Writer => Services.GetRequiredService<StoryWriter>();
    public WriterJobHandler Handler => Services.GetRequiredService<WriterJobHandler>();
    public StoryStore Store => Services.GetRequiredService<StoryStore>();

    public static readonly WriterInputs Sample = new()
    {
        Persona = "Award-winning science fiction author",
        Setting = "A futuristic city in the year 2150",
        Characters = "Juno is a tall engineer with a kind heart\nPip, a small silver robot",
        PlotElements = "Juno must find the lost power crystal before the city lights go out",
        WritingStyle = "Casual", Tone = "Suspenseful", View = NarrativeView.ThirdPerson,
        Audience = Audience.Adults, Rating = ContentRating.Mild, Ending = EndingPreference.Happy, Chapters = 5,
    };

    /// <param name="model">A stand-in for a real model: the writer then chains prompts through it instead of writing offline.</param>
    public static async Task<WriterHost> StartAsync(Microsoft.Extensions.AI.IChatClient? model = null)
    {
        var host = new WriterHost();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(host.Folder, "stories.db")}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
            ["Exhibit:Moderation:UseProvider"] = "false",
        };
        if (model is not null)
        {
            settings["Generation:Text:Provider"] = "OpenAICompatible";
            settings["Generation:Text:OpenAICompatible:Model"] = "scripted";
        }
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (model is not null) services.AddSingleton(model);
        host.Services = services.BuildServiceProvider();
        foreach (var hosted in host.Services.GetServices<IHostedService>().Where(h => h is DatabaseInitializer))
            await hosted.StartAsync(default);
        return host;
    }

    public async Task<WriterOutline> OutlineAsync(WriterInputs inputs)
    {
        var text = new System.Text.StringBuilder();
        await foreach (var part in Writer.OutlineAsync(inputs, default)) text.Append(part);
        return Writer.ReadOutline(text.ToString());
    }

    public async Task<string> ChapterAsync(WriterInputs inputs, WriterOutline outline, int index)
    {
        var text = new System.Text.StringBuilder();
        await foreach (var part in Writer.ChapterAsync(inputs, outline, index, [], default)) text.Append(part);
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // SQLite may still hold the file briefly
    }
}
