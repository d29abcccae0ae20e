using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Components;
using StoryExhibit.Web.Narration;

namespace StoryExhibit.Tests.Web.Narration;

/// <summary>What a visitor's narration keeps and deletes when a scene it narrated live ends, and what a late player is handed.</summary>
public sealed class NarrationSessionTests
{
    private const string Kept = "Nobody came down to the old harbour that long winter night.";
    private const string TakenBack = "Then the lantern went out for good, and the fox ran home.";

    [Fact]
    public async Task When_a_live_scene_ends_its_earlier_version_s_clips_go_and_every_clip_handed_to_the_browser_stays()
    {
        await using var services = new ServiceCollection().AddStorySessionForTests().BuildServiceProvider();
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(default);
        await using var scope = services.CreateAsyncScope();
        var narration = scope.ServiceProvider.GetRequiredService<NarrationSession>();
        var narrator = services.GetRequiredService<SceneNarrator>();
        var store = services.GetRequiredService<StoryStore>();

        // The scene as first told, read aloud: its clips belong to that version.
        var story = await services.GetRequiredService<StoryEngine>().StartAsync(new StorySeed { Prompt = "A fox and a lantern", Genre = "Fantasy" }, default);
        var scene = new Scene { StoryId = story.Id, Number = 1, Prose = "The lantern flickered twice above the empty quay. " + Kept, State = SceneState.Complete };
        await store.AddSceneAsync(scene, default);
        var earlier = new List<NarrationClip>();
        await foreach (var clip in narrator.NarrateSceneAsync(scene, default)) earlier.Add(clip);

        // Written again and narrated as it streams; the storyteller then takes its last sentence back.
        var handed = new List<NarrationClip>();
        narration.ClipReady += (clip, _) => { lock (handed) handed.Add(clip); };
        var live = narration.BeginLive(scene.Id)!;
        live.Show(Kept);
        live.Show(Kept + " " + TakenBack);
        live.Complete();
        await live.Done;
        scene.Prose = Kept;
        await store.SaveSceneAsync(scene, default);
        narration.SceneFinished(scene, narratedLive: true);

        // The sweep runs in the background once the narration is done: it has run when the earlier clips are gone.
        for (var waited = 0; earlier.Any(c => narrator.AudioPath(c) is not null); waited += 50)
        {
            Assert.True(waited < 10_000, "The earlier version's clips were never deleted.");
            await Task.Delay(50);
        }
        Assert.Equal([Kept, TakenBack], handed.Select(c => c.Sentence));
        Assert.All(handed, c => Assert.NotNull(narrator.AudioPath(c)));

        foreach (var service in hosted) await service.StopAsync(default);
    }

    [Fact]
    public async Task A_player_that_listens_after_the_first_clips_gets_them_first_in_order_and_nothing_after_a_stop()
    {
        await using var services = new ServiceCollection().AddStorySessionForTests().BuildServiceProvider();
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(default);
        await using var scope = services.CreateAsyncScope();
        var narration = scope.ServiceProvider.GetRequiredService<NarrationSession>();
        var story = await services.GetRequiredService<StoryEngine>().StartAsync(new StorySeed { Prompt = "A fox and a lantern", Genre = "Fantasy" }, default);
        var scene = new Scene { StoryId = story.Id, Number = 1 };
        await services.GetRequiredService<StoryStore>().AddSceneAsync(scene, default);

        // The first sentence is narrated before the page's player exists (its first render came later).
        var firstHanded = new TaskCompletionSource();
        narration.ClipReady += (_, _) => firstHanded.TrySetResult();
        var live = narration.BeginLive(scene.Id)!;
        live.Show(Kept);
        live.Show(Kept + " " + TakenBack);
        await firstHanded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var player = new List<string?>();
        narration.Listen((clip, _) => { lock (player) player.Add(clip.Sentence); });
        live.Complete();
        await live.Done;
        Assert.Equal([Kept, TakenBack], player);

        // A stopped narration is not handed to the next page's player.
        narration.Stop();
        var next = new List<string?>();
        narration.Listen((clip, _) => next.Add(clip.Sentence));
        Assert.Empty(next);

        foreach (var service in hosted) await service.StopAsync(default);
    }
}
