using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Analytics;

/// <summary>What the dashboard learns from a scene on a real database: a visitor's Stop is no provider error, and the wait for first words is kept apart from the whole scene.</summary>
public sealed class SceneOutcomeTests
{
    private static async Task<AnalyticsHost> StartWritingAsync()
    {
        // A small pause between words, so the visitor's Stop lands while the scene is still being written.
        var host = await AnalyticsHost.StartAsync(new Dictionary<string, string?> { ["Generation:Text:Offline:WordDelay"] = "00:00:00.005" });
        foreach (var writer in host.Services.GetServices<IHostedService>().Where(h => h is EventWriter or ProviderCallWriter))
            await writer.StartAsync(default);
        return host;
    }

    private static async Task StopWritingAsync(AnalyticsHost host)
    {
        foreach (var writer in host.Services.GetServices<IHostedService>().Where(h => h is EventWriter or ProviderCallWriter))
            await writer.StopAsync(default);
    }

    [Fact]
    public async Task A_visitors_stop_is_recorded_as_a_stop_and_not_counted_as_a_provider_error()
    {
        await using var host = await StartWritingAsync();
        var engine = host.Get<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A lighthouse keeper who collects echoes", Genre = "Mystery", RandomSeed = 7 }, default);
        using var stop = new CancellationTokenSource();
        SceneProgress? last = null;
        await foreach (var step in engine.ContinueAsync(story, null, null, stop.Token))
        {
            last = step;
            if (step.Prose.Length > 0) stop.Cancel();
        }
        Assert.Equal(SceneState.Stopped, last!.Scene.State);
        await StopWritingAsync(host);

        var call = Assert.Single(await host.QueryAsync(db => Task.FromResult(db.ProviderCalls.ToList())));
        Assert.Equal((GeneratorService.Text, false, CostAccounting.Stopped), (call.Service, call.Succeeded, call.Error));
        var text = Assert.Single((await host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Today, default)).Providers);
        Assert.Equal((1, 0, 1, 0.0), (text.Calls, text.Failures, text.Stops, text.FailureRate));
        Assert.Null(text.CommonError);
    }

    [Fact]
    public async Task Each_scene_records_when_its_first_words_arrived_apart_from_the_whole_scene()
    {
        await using var host = await StartWritingAsync();
        var engine = host.Get<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A lighthouse keeper who collects echoes", Genre = "Mystery", Length = 3, RandomSeed = 7 }, default);
        Scene? scene = null;
        await foreach (var step in engine.ContinueAsync(story, null, null, default)) scene = step.Scene;
        await foreach (var step in engine.ContinueAsync(story, scene!.Id, scene.Choices[0].Id, default)) scene = step.Scene;
        await StopWritingAsync(host);

        var events = await host.QueryAsync(db => Task.FromResult(db.Events.OrderBy(e => e.Id).ToList()));
        var firstWords = events.Where(e => e.Kind == ExhibitEventKind.SceneFirstWords).ToList();
        var whole = events.Where(e => e.Kind == ExhibitEventKind.SceneGenerated).ToList();
        Assert.Equal(2, firstWords.Count);
        Assert.All(firstWords, e => Assert.Equal(("Offline", story.SessionCode), (e.Detail, e.SessionCode)));
        // Each scene's first words come before that scene is written out, and are recorded before it.
        for (var i = 0; i < 2; i++)
        {
            Assert.True(firstWords[i].Id < whole[i].Id);
            Assert.True(firstWords[i].DurationMs < whole[i].DurationMs, "The first words arrive before the whole scene is written.");
        }

        var shown = Assert.Single((await host.Get<ExhibitAnalytics>().SnapshotAsync(AnalyticsRange.Today, default)).FirstWords);
        Assert.Equal(("Offline", 2), (shown.Provider, shown.Scenes));
        Assert.Equal(firstWords.Max(e => e.DurationMs!.Value), shown.P95Ms, 3);
    }
}
