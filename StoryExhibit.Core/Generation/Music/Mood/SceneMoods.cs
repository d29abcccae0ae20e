using System.Collections.Concurrent;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Music.Mood;

/// <summary>
/// The mood of every scene, remembered per scene so a scene keeps its mood however often it is shown: the model's
/// opinion while a real storyteller model is configured (<paramref name="model"/> gives it, or null), else, or when the
/// model has none, the offline <see cref="SceneMoodReader"/>. A scene still being written has no mood yet: the music
/// of the scene before carries on.
/// </summary>
public sealed class SceneMoods(Func<ModelMoodReader?>? model = null)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<Guid, MusicMood> _known = new();

    public async ValueTask<MusicMood?> OfAsync(Scene? scene, CancellationToken ct)
    {
        if (scene is null || scene.State == SceneState.Writing || string.IsNullOrWhiteSpace(scene.Prose)) return null;
        if (_known.TryGetValue(scene.Id, out var known)) return known;
        var mood = model?.Invoke() is { } reader ? await reader.ReadAsync(scene.Prose, ct).ConfigureAwait(false) : null;
        if (_known.Count >= MaxRemembered) _known.Clear(); // reading a scene again is cheap; memory is not endless
        return _known[scene.Id] = mood ?? SceneMoodReader.Read(scene.Prose);
    }
}
