using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>The engine on a real SQLite database, with the offline storyteller or a scripted one.</summary>
public sealed class StoryEngineTests : EngineOnSqlite
{
    [Fact]
    public async Task A_scene_streams_then_is_saved_complete_with_choices_and_becomes_current()
    {
        var story = await Engine.StartAsync(Seed, default);
        var steps = new List<SceneProgress>();
        await foreach (var step in Engine.ContinueAsync(story, null, null, default)) steps.Add(step);

        Assert.True(steps.Count > 20, "The scene did not stream in pieces.");
        Assert.All(steps.SkipLast(1), s => Assert.False(s.Finished));
        Assert.True(steps[^1].Finished);
        Assert.True(steps.Select(s => s.Prose.Length).Zip(steps.Skip(1).Select(s => s.Prose.Length)).All(p => p.First <= p.Second), "Prose shrank while streaming.");

        var saved = (await Engine.OpenAsync(story.SessionCode, default))!;
        var scene = Assert.Single(saved.Scenes);
        Assert.Equal(SceneState.Complete, scene.State);
        Assert.InRange(scene.Choices.Count, 2, 3);
        Assert.Equal(steps[^1].Prose, scene.Prose);
        Assert.Equal(scene.Id, saved.CurrentSceneId);
        Assert.Contains("Ember", scene.Prose);
    }

    [Fact]
    public async Task Following_the_arc_the_story_ends_at_its_planned_length()
    {
        var story = await Engine.StartAsync(Seed, default);
        Scene scene = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;
        while (!scene.IsEnding)
        {
            Assert.True(scene.Number < Seed.Length, "The story went past its planned length.");
            scene = (await LastAsync(Engine.ContinueAsync(story, scene.Id, scene.Choices[0].Id, default))).Scene;
        }
        Assert.Equal(Seed.Length, scene.Number);
        Assert.Empty(scene.Choices);
        await Assert.ThrowsAsync<InvalidOperationException>(() => LastAsync(Engine.ContinueAsync(story, scene.Id, null, default)));
    }

    [Fact]
    public async Task A_choice_taken_before_leads_back_to_its_scene_instead_of_writing_a_new_one()
    {
        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;
        var second = (await LastAsync(Engine.ContinueAsync(story, first.Id, first.Choices[1].Id, default))).Scene;
        var again = await LastAsync(Engine.ContinueAsync(story, first.Id, first.Choices[1].Id, default));
        Assert.Equal(second.Id, again.Scene.Id);
        Assert.Equal(2, (await Engine.OpenAsync(story.SessionCode, default))!.Scenes.Count);
    }

    [Fact]
    public async Task Stopping_keeps_and_saves_the_partial_prose_with_ways_to_go_on()
    {
        await StartAsync(new ScriptedChatClient(Enumerable.Repeat("word ", 30), hangAfter: true));
        var story = await Engine.StartAsync(Seed, default);
        using var stop = new CancellationTokenSource();
        SceneProgress? last = null;
        await foreach (var step in Engine.ContinueAsync(story, null, null, stop.Token))
        {
            last = step;
            if (step.Prose.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 30) stop.Cancel();
        }
        Assert.True(last!.Finished);
        var saved = Assert.Single((await Engine.OpenAsync(story.SessionCode, default))!.Scenes);
        Assert.Equal(SceneState.Stopped, saved.State);
        Assert.Equal(30, saved.Prose.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(saved.Choices.Count, 2, 3);
    }

    [Fact]
    public async Task A_failing_storyteller_keeps_the_prose_and_tells_the_visitor()
    {
        await StartAsync(new ScriptedChatClient(["The ", "tower ", "was ", "dark."], new GenerationException("test", "The storyteller service did not answer in time.")));
        var story = await Engine.StartAsync(Seed, default);
        var last = await LastAsync(Engine.ContinueAsync(story, null, null, default));
        Assert.Equal(SceneState.Failed, last.Scene.State);
        Assert.Equal("The storyteller service did not answer in time.", last.Scene.Error);
        var saved = Assert.Single((await Engine.OpenAsync(story.SessionCode, default))!.Scenes);
        Assert.Equal("The tower was dark.", saved.Prose);
        Assert.Equal(SceneState.Failed, saved.State);
    }

    [Fact]
    public async Task Regenerating_rewrites_the_last_scene_in_place_and_differently()
    {
        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;
        var before = first.Prose;
        var rewritten = (await LastAsync(Engine.RegenerateAsync(story, first.Id, default))).Scene;
        Assert.Equal(first.Id, rewritten.Id);
        Assert.NotEqual(before, rewritten.Prose);
        Assert.Equal(1, rewritten.Variant);

        await LastAsync(Engine.ContinueAsync(story, first.Id, rewritten.Choices[0].Id, default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => LastAsync(Engine.RegenerateAsync(story, first.Id, default)));
    }

    [Fact]
    public async Task The_prompt_carries_the_brief_with_the_choices_taken()
    {
        var scripted = new ScriptedChatClient(["Prose.\n\n### What happens next?\n1. Open the door\n2. Run away\n"]);
        await StartAsync(scripted);
        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;
        await LastAsync(Engine.ContinueAsync(story, first.Id, first.Choices[1].Id, default));
        var brief = StoryBrief.FindIn(scripted.Requests[1][^1].Text)!;
        Assert.Equal(2, brief.SceneNumber);
        Assert.Equal(["Run away"], brief.Path);
        Assert.Equal(Seed.Prompt, brief.Seed.Prompt);
        Assert.Contains("Prose.", scripted.Requests[1][^1].Text);
    }

    [Fact]
    public async Task Bad_seeds_and_custom_choices_are_refused_with_a_clear_message()
    {
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => Engine.StartAsync(Seed with { Prompt = "  " }, default));
        Assert.Contains("what your story is about", empty.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => Engine.StartAsync(Seed with { Prompt = new string('x', 501) }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Engine.StartAsync(Seed with { Genre = "Opera" }, default));

        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;
        await Assert.ThrowsAsync<ArgumentException>(() => Engine.AddCustomChoiceAsync(story, first.Id, "", default));
        var own = await Engine.AddCustomChoiceAsync(story, first.Id, "  Ember sings to the moon  ", default);
        Assert.Equal("Ember sings to the moon", own.Text);
        Assert.True(own.IsCustom);
    }

    [Fact]
    public async Task Scenes_left_writing_by_a_crash_are_kept_as_stopped_at_the_next_start()
    {
        var story = await Engine.StartAsync(Seed, default);
        var store = Services.GetRequiredService<StoryStore>();
        await store.AddSceneAsync(new Scene { StoryId = story.Id, Number = 1, Prose = "Half a scene" }, default);
        await StartAsync(storyteller: null);
        var scene = Assert.Single((await Engine.OpenAsync(story.SessionCode, default))!.Scenes);
        Assert.Equal(SceneState.Stopped, scene.State);
        Assert.Equal("Half a scene", scene.Prose);
        // Not a dead end: ways on are offered from the saved words.
        Assert.InRange(scene.Choices.Count, 2, 3);
    }
}
