using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Analytics;

/// <summary>Events recorded off the visitor's path, written in batches, flushed at shutdown; and the story engine's own events.</summary>
public sealed class EventRecordingTests
{
    private static async Task<int> CountAsync(AnalyticsHost host) => await host.QueryAsync(db => Task.FromResult(db.Events.Count()));

    private static async Task WaitForAsync(AnalyticsHost host, int count)
    {
        for (var i = 0; i < 200 && await CountAsync(host) < count; i++) await Task.Delay(25);
    }

    [Fact]
    public async Task Events_are_written_in_batches_and_what_is_queued_at_shutdown_is_flushed()
    {
        await using var host = await AnalyticsHost.StartAsync(new Dictionary<string, string?> { ["Analytics:BatchSize"] = "50" });
        var recorder = host.Get<EventRecorder>();
        var writer = host.Services.GetServices<IHostedService>().OfType<EventWriter>().Single();

        // Queued before the writer runs: recording never waits for the database.
        for (var i = 0; i < 420; i++) recorder.Record(ExhibitEventKind.ChoiceMade, detail: "offered");
        Assert.Equal(0, await CountAsync(host));
        await writer.StartAsync(default);
        await WaitForAsync(host, 420);
        Assert.Equal(420, await CountAsync(host));

        for (var i = 0; i < 7; i++) recorder.Record(ExhibitEventKind.PictureShown, detail: "Comic");
        await writer.StopAsync(default);
        Assert.Equal(427, await CountAsync(host));
    }

    [Fact]
    public async Task The_event_writer_is_among_the_first_hosted_services_so_it_stops_after_those_that_record_events()
    {
        await using var host = await AnalyticsHost.StartAsync();
        var hosted = host.Services.GetServices<IHostedService>().ToList();
        var before = hosted.TakeWhile(h => h is not EventWriter).ToList();
        Assert.True(before.Count < hosted.Count, "The event writer is registered.");
        Assert.All(before, h => Assert.IsType<ProviderCallWriter>(h)); // only the other batch writer
        Assert.Contains(hosted.Skip(before.Count), h => h is AbandonedStorySweep);
    }

    [Fact]
    public async Task An_event_known_only_by_its_story_gets_the_stories_session_code_and_no_visitor_text()
    {
        await using var host = await AnalyticsHost.StartAsync();
        var story = await host.Get<StoryEngine>().StartAsync(new StorySeed { Prompt = "My secret wish is a pony", Genre = "Fairy tale" }, default);
        var writer = host.Services.GetServices<IHostedService>().OfType<EventWriter>().Single();
        await writer.StartAsync(default);
        host.Get<EventRecorder>().NarrationPlayed(story.Id, TimeSpan.FromMilliseconds(420));
        await writer.StopAsync(default);

        var events = await host.QueryAsync(db => Task.FromResult(db.Events.OrderBy(e => e.Id).ToList()));
        Assert.Equal([ExhibitEventKind.StoryStarted, ExhibitEventKind.NarrationPlayed], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal((story.Id, story.SessionCode), (e.StoryId, e.SessionCode)));
        Assert.Equal("Fairy tale", events[0].Detail);
        Assert.Equal(420, events[1].DurationMs!.Value, 0);
        Assert.DoesNotContain(events, e => e.Detail?.Contains("pony") == true);
    }

    [Fact]
    public async Task The_engine_records_a_story_from_its_start_through_choices_and_a_new_branch_to_its_end()
    {
        await using var host = await AnalyticsHost.StartAsync();
        var writer = host.Services.GetServices<IHostedService>().OfType<EventWriter>().Single();
        await writer.StartAsync(default);
        var engine = host.Get<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A lighthouse keeper who collects echoes", Genre = "Mystery", Length = 3, RandomSeed = 7 }, default);

        var scene = await LastSceneAsync(engine.ContinueAsync(story, null, null, default));
        var first = scene;
        while (!scene.IsEnding)
            scene = await LastSceneAsync(engine.ContinueAsync(story, scene.Id, scene.Choices[0].Id, default));
        // Back to the first scene and down another path: a new branch.
        await LastSceneAsync(engine.ContinueAsync(story, first.Id, first.Choices[1].Id, default));
        // Taking the first path again only revisits it.
        await LastSceneAsync(engine.ContinueAsync(story, first.Id, first.Choices[0].Id, default));
        await writer.StopAsync(default);

        var events = await host.QueryAsync(db => Task.FromResult(db.Events.OrderBy(e => e.Id).ToList()));
        var scenes = story.Scenes.Count;
        Assert.Equal("Mystery", events.Single(e => e.Kind == ExhibitEventKind.StoryStarted).Detail);
        var generated = events.Where(e => e.Kind == ExhibitEventKind.SceneGenerated).ToList();
        Assert.Equal(scenes, generated.Count);
        Assert.All(generated, e => { Assert.Equal("Offline", e.Detail); Assert.True(e.DurationMs > 0); });
        Assert.Equal(["offered", "offered", "offered", "revisit"], events.Where(e => e.Kind == ExhibitEventKind.ChoiceMade).Select(e => e.Detail));
        Assert.Equal("scene 1", Assert.Single(events, e => e.Kind == ExhibitEventKind.BranchTaken).Detail);
        Assert.Equal(3, scenes - 1);
        Assert.Contains(events, e => e.Kind == ExhibitEventKind.StoryFinished && e.Detail == "3 scenes");
        Assert.All(events, e => Assert.Equal(story.SessionCode, e.SessionCode));
    }

    private static async Task<Scene> LastSceneAsync(IAsyncEnumerable<SceneProgress> progress)
    {
        Scene? scene = null;
        await foreach (var step in progress) scene = step.Scene;
        return scene!;
    }

    [Fact]
    public async Task A_quiet_unfinished_story_is_recorded_as_abandoned_once()
    {
        await using var host = await AnalyticsHost.StartAsync();
        var now = DateTime.UtcNow;
        var quiet = new Story { SessionCode = "OWL-0001", Title = "Quiet", Seed = new StorySeed { Prompt = "x y z", Genre = "Fantasy" }, CreatedUtc = now.AddHours(-2), UpdatedUtc = now.AddHours(-1) };
        var recent = new Story { SessionCode = "OWL-0002", Title = "Recent", Seed = new StorySeed { Prompt = "x y z", Genre = "Fantasy" }, CreatedUtc = now.AddHours(-2), UpdatedUtc = now.AddMinutes(-5) };
        var finished = new Story { SessionCode = "OWL-0003", Title = "Done", Seed = new StorySeed { Prompt = "x y z", Genre = "Fantasy" }, CreatedUtc = now.AddHours(-2), UpdatedUtc = now.AddHours(-1) };
        var activeByEvent = new Story { SessionCode = "OWL-0004", Title = "Listening", Seed = new StorySeed { Prompt = "x y z", Genre = "Fantasy" }, CreatedUtc = now.AddHours(-2), UpdatedUtc = now.AddHours(-1) };
        await host.SeedAsync(db =>
        {
            db.Stories.AddRange(quiet, recent, finished, activeByEvent);
            db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.StoryFinished, StoryId = finished.Id, OccurredUtc = now.AddHours(-1) });
            db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.NarrationPlayed, StoryId = activeByEvent.Id, OccurredUtc = now.AddMinutes(-10) });
        });

        var sweep = host.Get<AbandonedStorySweep>();
        Assert.Equal(1, await sweep.SweepAsync(now, default));
        Assert.Equal(0, await sweep.SweepAsync(now.AddMinutes(1), default));
        var abandoned = await host.QueryAsync(db => Task.FromResult(db.Events.Where(e => e.Kind == ExhibitEventKind.StoryAbandoned).ToList()));
        Assert.Equal((quiet.Id, "OWL-0001"), (Assert.Single(abandoned).StoryId, abandoned[0].SessionCode));
    }
}
