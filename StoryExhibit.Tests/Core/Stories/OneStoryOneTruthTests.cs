using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>
/// Two devices on one story: one writer at a time, the others watch the same scene arrive, and no write builds on a
/// scene or choice that is gone. Each "device" holds its own copy of the story, as each page does.
/// </summary>
public sealed class OneStoryOneTruthTests : EngineOnSqlite
{
    private StoryStore Store => Services.GetRequiredService<StoryStore>();
    private LiveScenes Live => Services.GetRequiredService<LiveScenes>();

    private async Task<Story> DeviceAsync(Story story) => (await Engine.OpenAsync(story.SessionCode, default))!;

    [Fact]
    public async Task A_choice_of_a_scene_written_again_on_another_device_is_refused_and_nothing_is_saved()
    {
        var kiosk = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(kiosk, null, null, default))).Scene;
        var staleChoice = first.Choices[0].Id;

        var phone = await DeviceAsync(kiosk);
        var rewritten = (await LastAsync(Engine.RegenerateAsync(phone, first.Id, default))).Scene;
        Assert.DoesNotContain(rewritten.Choices, c => c.Id == staleChoice);

        // The kiosk still shows the first version and takes one of its choices.
        var refused = await Assert.ThrowsAsync<StoryChangedException>(() => LastAsync(Engine.ContinueAsync(kiosk, first.Id, staleChoice, default)));
        Assert.Equal(StoryChangedException.ChoiceGone, refused.Message);

        var stored = (await DeviceAsync(kiosk)).Scenes;
        var only = Assert.Single(stored);
        Assert.Equal(rewritten.Prose, only.Prose);
        var choiceIds = stored.SelectMany(s => s.Choices).Select(c => c.Id).ToHashSet();
        Assert.All(stored, s => Assert.True(s.ViaChoiceId is null || choiceIds.Contains(s.ViaChoiceId.Value)));
    }

    [Fact]
    public async Task A_choice_already_taken_on_another_device_leads_to_that_scene_instead_of_a_second_one()
    {
        var kiosk = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(kiosk, null, null, default))).Scene;
        var phone = await DeviceAsync(kiosk);
        var second = (await LastAsync(Engine.ContinueAsync(phone, first.Id, first.Choices[0].Id, default))).Scene;

        // The kiosk's copy has not seen the phone's scene: the engine builds on the story as stored.
        var again = await LastAsync(Engine.ContinueAsync(kiosk, first.Id, first.Choices[0].Id, default));
        Assert.Equal(second.Id, again.Scene.Id);
        Assert.Equal(2, (await DeviceAsync(kiosk)).Scenes.Count);
    }

    [Fact]
    public async Task The_store_refuses_a_scene_whose_parent_or_choice_is_gone_and_a_stale_save()
    {
        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;

        var noChoice = new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = Guid.NewGuid(), Number = 2 };
        Assert.Equal(StoryChangedException.ChoiceGone, (await Assert.ThrowsAsync<StoryChangedException>(() => Store.AddSceneAsync(noChoice, default))).Message);
        var noParent = new Scene { StoryId = story.Id, ParentId = Guid.NewGuid(), ViaChoiceId = first.Choices[0].Id, Number = 2 };
        Assert.Equal(StoryChangedException.SceneGone, (await Assert.ThrowsAsync<StoryChangedException>(() => Store.AddSceneAsync(noParent, default))).Message);
        var secondRoot = new Scene { StoryId = story.Id, Number = 1 };
        await Assert.ThrowsAsync<StoryChangedException>(() => Store.AddSceneAsync(secondRoot, default));

        // A writer still holding the version before a rewrite cannot overwrite the rewrite.
        var stale = new Scene { Id = first.Id, StoryId = story.Id, Number = 1, Prose = "An older version", State = SceneState.Complete, Variant = first.Variant };
        await LastAsync(Engine.RegenerateAsync(await DeviceAsync(story), first.Id, default));
        await Assert.ThrowsAsync<StoryChangedException>(() => Store.SaveSceneAsync(stale, default));

        var stored = Assert.Single((await DeviceAsync(story)).Scenes);
        Assert.NotEqual("An older version", stored.Prose);
        Assert.Equal(first.Variant + 1, stored.Variant);
    }

    [Fact]
    public async Task One_scene_is_written_at_a_time_and_another_device_watches_it_arrive()
    {
        await StartAsync(new ScriptedChatClient(["Ember ", "lit ", "a ", "tiny ", "lantern. ", "The ", "cave ", "glowed."], hangAfter: true));
        var kiosk = await Engine.StartAsync(Seed, default);
        using var stop = new CancellationTokenSource();
        var writing = Engine.ContinueAsync(kiosk, null, null, stop.Token).GetAsyncEnumerator();
        while (await writing.MoveNextAsync() && !writing.Current.Prose.Contains("lantern")) { }

        var phone = await DeviceAsync(kiosk);
        var scene = Assert.Single(phone.Scenes);
        await Assert.ThrowsAsync<StoryBusyException>(() => LastAsync(Engine.RegenerateAsync(phone, scene.Id, default)));
        await Assert.ThrowsAsync<StoryBusyException>(() => LastAsync(Engine.ContinueAsync(phone, null, null, default)));

        var watched = new List<LiveSceneFrame>();
        var live = Live.Watching(kiosk.Id) ?? throw new Xunit.Sdk.XunitException("No scene is being written.");
        Assert.Equal(scene.Id, live.SceneId);
        Assert.Same(live, Live.Writing(scene.Id));
        Assert.False(live.Ended.IsCompleted);
        var watch = Task.Run(async () => { await foreach (var frame in live.WatchAsync(default)) watched.Add(frame); });
        while (await writing.MoveNextAsync() && !writing.Current.Prose.Contains("glowed")) { }
        // The storyteller now hangs: the kiosk stops it, and the scene is saved as far as it came.
        stop.Cancel();
        while (await writing.MoveNextAsync()) { }
        await writing.DisposeAsync();
        await watch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("Ember lit a tiny lantern.", watched[0].Prose);
        Assert.True(watched[^1].Finished);
        Assert.Equal(Assert.Single((await DeviceAsync(kiosk)).Scenes).Prose, watched[^1].Prose);
        Assert.False(Live.IsWriting(kiosk.Id));
        Assert.Null(Live.Writing(scene.Id));
        Assert.True(await live.Ended, "A stopped scene is saved: its writer finished it.");
        // Free again: the phone may write now.
        await StartAsync(storyteller: null);
        var rewritten = await LastAsync(Engine.RegenerateAsync(await DeviceAsync(kiosk), scene.Id, default));
        Assert.Equal(SceneState.Complete, rewritten.Scene.State);
    }

    [Fact]
    public async Task A_scene_cut_short_by_a_crash_is_carried_on_from_its_saved_words_by_the_offline_storyteller()
    {
        var whole = await Engine.StartAsync(Seed, default);
        var uninterrupted = (await LastAsync(Engine.ContinueAsync(whole, null, null, default))).Scene;

        // The same story again, cut off after its first sentences when the server died.
        var story = await Engine.StartAsync(Seed, default);
        var words = uninterrupted.Prose.Split(' ');
        var saved = string.Join(' ', words.Take(words.Length / 2));
        await Store.AddSceneAsync(new Scene { StoryId = story.Id, Number = 1, Prose = saved }, default);
        await StartAsync(storyteller: null);

        var reopened = (await Engine.OpenAsync(story.SessionCode, default))!;
        var cut = Assert.Single(reopened.Scenes);
        Assert.Equal(SceneState.Stopped, cut.State);
        var steps = new List<SceneProgress>();
        await foreach (var step in Engine.ResumeAsync(reopened, cut.Id, default)) steps.Add(step);

        var carried = (await DeviceAsync(story)).Scenes.Single();
        Assert.Equal(SceneState.Complete, carried.State);
        Assert.StartsWith(saved, carried.Prose);
        Assert.Equal(uninterrupted.Prose, carried.Prose);
        Assert.Equal(uninterrupted.Choices.Select(c => c.Text), carried.Choices.OrderBy(c => c.Position).Select(c => c.Text));
        Assert.All(steps, s => Assert.StartsWith(saved, s.Prose));
    }

    [Fact]
    public async Task A_storyteller_asked_to_carry_on_gets_the_saved_words_and_its_answer_follows_them()
    {
        var scripted = new ScriptedChatClient(["glowed ", "softly.\n\n", "### What happens next?\n1. Follow the light\n2. Call out to the cave\n"]);
        await StartAsync(scripted);
        var story = await Engine.StartAsync(Seed, default);
        await Store.AddSceneAsync(new Scene { StoryId = story.Id, Number = 1, Prose = "Ember lit a tiny lantern. The cave" }, default);
        await StartAsync(scripted);

        var reopened = (await Engine.OpenAsync(story.SessionCode, default))!;
        var carried = (await LastAsync(Engine.ResumeAsync(reopened, reopened.Scenes[0].Id, default))).Scene;

        var prompt = scripted.Requests[^1][^1].Text;
        Assert.Contains("\"soFar\":\"Ember lit a tiny lantern. The cave\"", prompt);
        Assert.Contains("continue the scene from exactly where it stops", prompt);
        Assert.Equal("Ember lit a tiny lantern. The cave glowed softly.", carried.Prose);
        Assert.Equal(["Follow the light", "Call out to the cave"], carried.Choices.Select(c => c.Text));
    }
}
