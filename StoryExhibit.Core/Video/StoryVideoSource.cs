using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Video;

/// <summary>
/// Gathers what a story video shows: the scenes of the path as read (or the scenes asked for), each one's picture as
/// its raster copy, and its narration from the narration store, narrating now only the sentences not stored yet.
/// </summary>
public sealed class StoryVideoSource(StoryStore stories, SceneIllustrations illustrations, RasterCopyMaker copies, SceneNarrator narrator, FfmpegRunner ffmpeg)
{
    private const double WordsPerSecond = 2.6;

    /// <summary>The story with this code; <see cref="JobInputException"/> when there is none.</summary>
    public async Task<Story> StoryAsync(string code, CancellationToken ct)
        => await stories.FindByCodeAsync(SessionCodes.Normalize(code) ?? "", ct) ?? throw new JobInputException("There is no story with this code.");

    /// <summary>The finished scenes to show: the given ones in their order, or the path the visitor read.</summary>
    public static IReadOnlyList<Scene> Scenes(Story story, IReadOnlyList<Guid>? sceneIds)
    {
        var tree = new StoryTree(story.Scenes, story.CurrentSceneId);
        var scenes = sceneIds is { Count: > 0 }
            ? sceneIds.Select(id => tree.Find(id) ?? throw new JobInputException("One of the scenes is not part of this story.")).ToList()
            : tree.CurrentPath.ToList();
        var shown = scenes.Where(s => s.IsFinished && !string.IsNullOrWhiteSpace(s.Prose)).ToList();
        return shown.Count > 0 ? shown : throw new JobInputException("This story has no finished scene to show yet.");
    }

    /// <summary>The scene's picture as a raster file, or null when it has none ready.</summary>
    public async Task<string?> PictureAsync(Guid storyId, Guid sceneId, CancellationToken ct)
    {
        var pictures = await illustrations.ForStoryAsync(storyId, ct);
        return pictures.TryGetValue(sceneId, out var picture) && picture.State == IllustrationState.Ready
            ? await copies.CopyPathAsync(picture, ct)
            : null;
    }

    /// <summary>Everything the video shows; <paramref name="sceneDone"/> is told after each scene's narration is ready.</summary>
    public async Task<VideoPlan> PlanAsync(Story story, IReadOnlyList<Scene> scenes, Func<int, Task> sceneDone, CancellationToken ct)
    {
        var shown = new List<VideoScene>();
        foreach (var scene in scenes)
        {
            var sentences = new List<VideoSentence>();
            await foreach (var clip in narrator.NarrateSceneAsync(scene, ct))
            {
                var audio = clip.Error is null ? narrator.AudioPath(clip) : null;
                var seconds = clip.DurationSeconds ?? (audio is null ? null : await ffmpeg.DurationAsync(audio, ct)) ?? Estimate(clip.Sentence);
                sentences.Add(new VideoSentence(clip.Sentence, audio, Math.Max(0.5, seconds)));
            }
            shown.Add(new VideoScene(scene.Number, await PictureAsync(story.Id, scene.Id, ct), sentences));
            await sceneDone(shown.Count);
        }
        var credits = $"The end\n{story.Title}\nMade at the story exhibit\n{story.CreatedUtc:d MMMM yyyy}";
        return new VideoPlan(story.Title, shown, credits);
    }

    /// <summary>How long a silent caption stays: about as long as reading it aloud would take.</summary>
    private static double Estimate(string sentence)
        => Math.Max(1.5, sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / WordsPerSecond);
}
