using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Video;

/// <summary>
/// A real three-scene story for the video tests: a SQLite file, pictures by the offline illustrator and narration by
/// espeak-ng, all through the app's own services. Made once for the class, since narrating and painting take a while.
/// </summary>
public sealed class VideoStoryFixture : IAsyncLifetime
{
    public static readonly string[] Prose =
    [
        "Mira found a silver compass under the old oak. It pointed at the sea.",
        "The fox led her down to the harbour at dusk. A small boat was waiting.",
        "They sailed out beneath the first stars. The compass glowed softly.",
        "At midnight an island rose from the waves. Lanterns hung from its trees.",
        "An old keeper met them on the shore. She had been waiting for the compass.",
        "Mira gave it back and the island lit up. The fox wagged its tail all the way home.",
    ];

    private int _sceneCount = 3;

    /// <summary>A story of up to six scenes (the benchmark's), set up outside xunit.</summary>
    public static async Task<VideoStoryFixture> CreateAsync(int scenes)
    {
        var fixture = new VideoStoryFixture { _sceneCount = Math.Clamp(scenes, 1, Prose.Length) };
        await fixture.InitializeAsync();
        return fixture;
    }

    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-video-").FullName;
    private List<IHostedService> _hosted = [];

    public ServiceProvider Services { get; private set; } = null!;
    public Story Story { get; private set; } = null!;
    public List<Scene> Scenes { get; } = [];
    public string JobsFolder => Path.Combine(_folder, "jobs");

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
            ["Generation:Speech:Provider"] = "Espeak",
            ["Generation:Speech:MinSentenceLength"] = "10",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
        _hosted = Services.GetServices<IHostedService>().ToList();
        foreach (var hosted in _hosted) await hosted.StartAsync(default);

        var store = Services.GetRequiredService<StoryStore>();
        Story = await Services.GetRequiredService<StoryEngine>().StartAsync(new StorySeed { Prompt = "A fox finds a silver compass", Genre = "Adventure", Characters = ["Mira"] }, default);
        Scene? parent = null;
        Choice? via = null;
        foreach (var (prose, i) in Prose.Take(_sceneCount).Select((p, i) => (p, i)))
        {
            var scene = new Scene { StoryId = Story.Id, Number = i + 1, Prose = prose, State = SceneState.Complete, ParentId = parent?.Id, ViaChoiceId = via?.Id };
            await store.AddSceneAsync(scene, default);
            via = new Choice { SceneId = scene.Id, Position = 0, Text = "Go on" };
            await store.AddChoiceAsync(via, default);
            Scenes.Add(scene);
            parent = scene;
        }
        Story = (await store.GetAsync(Story.Id, default))!;
        var illustrations = Services.GetRequiredService<SceneIllustrations>();
        foreach (var scene in Scenes)
        {
            var picture = await illustrations.RequestAsync(Story, scene, default);
            for (var tries = 0; (await illustrations.FindAsync(picture.Id, default))!.State != IllustrationState.Ready; tries++)
            {
                if (tries > 400) throw new TimeoutException("The offline illustrator never painted the scene.");
                await Task.Delay(25);
            }
        }
        Directory.CreateDirectory(JobsFolder);
    }

    public string NewJobFolder() => Directory.CreateDirectory(Path.Combine(JobsFolder, Guid.NewGuid().ToString("N"))).FullName;

    public async Task DisposeAsync()
    {
        foreach (var hosted in _hosted) await hosted.StopAsync(default);
        await Services.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>ffprobe's JSON description of a media file: its streams and its format.</summary>
    public static async Task<JsonElement> ProbeAsync(string path, params string[] extra)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-print_format", "json", "-show_streams", "-show_format" }.Concat(extra).Append(path)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var json = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return JsonDocument.Parse(json).RootElement;
    }
}
