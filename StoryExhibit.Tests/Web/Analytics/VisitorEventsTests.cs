using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Components;
using StoryExhibit.Web.Narration;

namespace StoryExhibit.Tests.Web.Analytics;

/// <summary>The events a visitor's circuit records: narration heard, once per narration.</summary>
public sealed class VisitorEventsTests
{
    [Fact]
    public async Task The_first_sound_of_each_narration_is_recorded_once_with_the_time_it_took()
    {
        await using var services = new ServiceCollection().AddStorySessionForTests().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var narration = scope.ServiceProvider.GetRequiredService<NarrationSession>();
        var recorder = scope.ServiceProvider.GetRequiredService<EventRecorder>();
        var scene = new Scene { StoryId = Guid.NewGuid(), Number = 1, Prose = "The fox ran home.", State = SceneState.Complete };

        narration.SoundStarted(scene.StoryId); // nothing asked for yet: not counted
        Assert.False(recorder.Pending.TryRead(out _));

        narration.ReadAloud(scene);
        await Task.Delay(30);
        narration.SoundStarted(scene.StoryId);
        narration.SoundStarted(scene.StoryId); // the second sentence of the same narration
        Assert.True(recorder.Pending.TryRead(out var played));
        Assert.Equal((ExhibitEventKind.NarrationPlayed, scene.StoryId), (played!.Kind, played.StoryId));
        Assert.True(played.DurationMs >= 25, $"{played.DurationMs} ms");
        Assert.False(recorder.Pending.TryRead(out _));

        narration.ReadAloud(scene);
        narration.SoundStarted(scene.StoryId);
        Assert.True(recorder.Pending.TryRead(out _));
        narration.Stop();
    }
}
