using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;

namespace StoryExhibit.Tests.Core.Persistence;

/// <summary>The store's writes that the story engine relies on before a scene's first words.</summary>
public sealed class StoryStoreTests : EngineOnSqlite
{
    private StoryStore Store => Services.GetRequiredService<StoryStore>();

    [Fact]
    public async Task A_new_scene_is_stored_as_the_story_s_current_one_in_the_same_write()
    {
        var story = await Engine.StartAsync(Seed, default);
        var first = new Scene { StoryId = story.Id, Number = 1, Prose = "Ember lit a tiny lantern.", State = SceneState.Complete };
        first.Choices.Add(new Choice { SceneId = first.Id, Text = "Follow the glow", Position = 0 });
        await Store.AddSceneAsync(first, default);
        Assert.Equal(first.Id, (await Store.GetAsync(story.Id, default))!.CurrentSceneId);

        var second = new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = first.Choices[0].Id, Number = 2 };
        await Store.AddSceneAsync(second, default);
        Assert.Equal(second.Id, (await Store.GetAsync(story.Id, default))!.CurrentSceneId);
    }

    [Fact]
    public async Task A_scene_refused_by_the_store_leaves_the_current_scene_as_it_was()
    {
        var story = await Engine.StartAsync(Seed, default);
        var first = (await LastAsync(Engine.ContinueAsync(story, null, null, default))).Scene;

        var stray = new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = Guid.NewGuid(), Number = 2 };
        await Assert.ThrowsAsync<StoryChangedException>(() => Store.AddSceneAsync(stray, default));

        var stored = (await Store.GetAsync(story.Id, default))!;
        Assert.Equal(first.Id, stored.CurrentSceneId);
        Assert.Single(stored.Scenes);
    }
}
