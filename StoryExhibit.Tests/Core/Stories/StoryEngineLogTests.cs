using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>What the app logs, every level captured (the database's own lines too), when a scene fails or its visitor leaves.</summary>
public sealed class StoryEngineLogTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-engine-logs-").FullName;
    private readonly CapturedLogs _logs = new();
    private ServiceProvider? _services;

    private static readonly StorySeed Seed = new() { Prompt = "A shy dragon who is afraid of the dark", Genre = "Fantasy", Length = 4, RandomSeed = 42 };

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task<StoryEngine> EngineWithAsync(IChatClient storyteller)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
        }).Build();
        _services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs))
            .AddStoryExhibitCore(configuration).AddSingleton(storyteller).BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>()) await hosted.StartAsync(default);
        return _services.GetRequiredService<StoryEngine>();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            foreach (var hosted in _services.GetServices<IHostedService>()) await hosted.StopAsync(default);
            await _services.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_provider_failure_is_logged_with_its_exception_exactly_once()
    {
        var failure = new GenerationException("test", "The storyteller service did not answer in time.");
        var engine = await EngineWithAsync(new ScriptedChatClient(["The ", "tower ", "was ", "dark."], failure));
        var story = await engine.StartAsync(Seed, default);
        await foreach (var _ in engine.ContinueAsync(story, null, null, default)) { }

        var withException = _logs.Lines.Where(l => l.Exception is not null).ToList();
        var line = Assert.Single(withException);
        Assert.Same(failure, line.Exception);
        Assert.Equal(LogLevel.Warning, line.Level);
    }

    [Fact]
    public async Task A_visitor_leaving_mid_scene_logs_no_error()
    {
        var engine = await EngineWithAsync(new ScriptedChatClient(Enumerable.Repeat("word ", 30), hangAfter: true));
        var story = await engine.StartAsync(Seed, default);
        using var circuit = new CancellationTokenSource();
        SceneProgress? last = null;
        await foreach (var step in engine.ContinueAsync(story, null, null, circuit.Token))
        {
            last = step;
            if (step.Prose.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 30) await circuit.CancelAsync();
        }

        Assert.Equal(SceneState.Stopped, last!.Scene.State);
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Warning && l.Exception is OperationCanceledException);
    }
}
