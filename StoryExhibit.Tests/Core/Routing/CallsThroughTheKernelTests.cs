using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using StoryExhibit.Core;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Routing;

/// <summary>The app as wired: one kernel with a plugin per capability, and the story engine, the narrator and the illustration worker reach generators through it.</summary>
public sealed class CallsThroughTheKernelTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-kernel-").FullName;
    private readonly CapturedLogs _logs = new();
    private ServiceProvider _services = null!;
    private List<IHostedService> _hosted = [];

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
            ["Generation:Speech:Provider"] = "Espeak",
        }).Build();
        _services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(_logs)).AddStoryExhibitCore(configuration).BuildServiceProvider();
        _hosted = _services.GetServices<IHostedService>().ToList();
        foreach (var hosted in _hosted) await hosted.StartAsync(default);
    }

    public async Task DisposeAsync()
    {
        foreach (var hosted in _hosted) await hosted.StopAsync(default);
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private IReadOnlyList<object?> CalledFunctions => _logs.Lines
        .Where(l => l.Category == typeof(InvocationLogFilter).FullName).Select(l => l.Values["Function"]).ToList();

    [Fact]
    public void One_kernel_holds_a_plugin_per_capability_with_descriptions()
    {
        var kernel = _services.GetRequiredService<Kernel>();
        Assert.Same(kernel, _services.GetRequiredService<Kernel>());
        var functions = kernel.Plugins.GetFunctionsMetadata().ToDictionary(f => $"{f.PluginName}.{f.Name}");
        Assert.Equal(["AskRouter.route_request", "Illustrator.paint_picture", "Illustrator.stream_frames", "Music.compose_music", "Narrator.speak_sentence", "Research.answer_question", "Songs.make_song", "Storyteller.write_scene"], functions.Keys.Order());
        Assert.All(functions.Values, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.All(functions.Values.SelectMany(f => f.Parameters).Where(p => p.ParameterType != typeof(CancellationToken)),
            p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
    }

    [Fact]
    public async Task Scenes_narration_and_pictures_go_through_the_kernel()
    {
        var engine = _services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A fox and a lantern", Genre = "Fantasy", Length = 3, RandomSeed = 3 }, default);
        SceneProgress? last = null;
        await foreach (var step in engine.ContinueAsync(story, null, null, default)) last = step;
        var scene = last!.Scene;
        Assert.Contains("Storyteller.write_scene", CalledFunctions);

        await foreach (var _ in _services.GetRequiredService<SceneNarrator>().NarrateSceneAsync(scene, default)) { }
        Assert.Contains("Narrator.speak_sentence", CalledFunctions);

        var picture = await _services.GetRequiredService<SceneIllustrations>().RequestAsync(story, scene, default);
        for (var i = 0; i < 200 && !CalledFunctions.Contains("Illustrator.paint_picture"); i++) await Task.Delay(50);
        Assert.Contains("Illustrator.paint_picture", CalledFunctions);
        Assert.NotEqual(Guid.Empty, picture.Id);
    }
}
