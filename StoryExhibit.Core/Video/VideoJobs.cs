using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Video;

/// <summary>A narrated video of a story: the path the visitor read, or the scenes given (by id, in order).</summary>
public sealed record VideoInput(string StoryCode, IReadOnlyList<Guid>? SceneIds = null);

/// <summary>A short looping picture of one scene of a story, by its number on the path the visitor read.</summary>
public sealed record SnippetInput(string StoryCode, int SceneNumber);

internal static class VideoInputChecks
{
    public static IEnumerable<string> Code(string? code)
    {
        if (SessionCodes.Normalize(code) is null) yield return $"StoryCode: a story code is {SessionCodes.Shape}, like {SessionCodes.Example}.";
    }
}

/// <summary>The <see cref="JobKinds.Video"/> job: story.mp4 and story.vtt.</summary>
public sealed class VideoJobHandler(StoryVideoSource source, StoryVideoRenderer renderer, FfmpegRunner ffmpeg, ILogger<VideoJobHandler> log) : IJobHandler<VideoInput>
{
    public const string FileName = "story";
    private const double Narrating = 0.3;

    public IReadOnlyList<string> Validate(VideoInput input)
    {
        var problems = VideoInputChecks.Code(input.StoryCode).ToList();
        var max = ffmpeg.Options.MaxScenes;
        if (input.SceneIds is { } ids && ids.Count > max) problems.Add($"SceneIds: at most {max} scenes.");
        if (input.SceneIds is { } given && given.Distinct().Count() != given.Count) problems.Add("SceneIds: each scene at most once.");
        return problems;
    }

    public async Task RunAsync(VideoInput input, JobRun run, CancellationToken ct)
    {
        var story = await source.StoryAsync(input.StoryCode, ct);
        run.StoryId = story.Id;
        var scenes = StoryVideoSource.Scenes(story, input.SceneIds);
        if (scenes.Count > ffmpeg.Options.MaxScenes) scenes = scenes.Take(ffmpeg.Options.MaxScenes).ToList();
        await run.ReportAsync(0, $"Narrating scene 1 of {scenes.Count}");
        var plan = await source.PlanAsync(story, scenes, done => run.ReportAsync(Narrating * done / scenes.Count,
            done < scenes.Count ? $"Narrating scene {done + 1} of {scenes.Count}" : "Drawing the scenes"), ct);
        var timeline = await renderer.RenderAsync(plan, run.Folder, FileName, (f, line) => run.ReportAsync(Narrating + (1 - Narrating) * f, line), ct);
        run.AddFile(FileName + ".mp4", "video/mp4");
        run.AddFile(FileName + ".vtt", "text/vtt");
        log.LogInformation("Video job {JobId}: story {StoryId}, {Scenes} scenes, {Seconds:0.0} s", run.JobId, story.Id, scenes.Count, timeline.Duration);
    }
}

/// <summary>The <see cref="JobKinds.Snippet"/> job: snippet.gif, a few seconds of one scene's picture, looping.</summary>
public sealed class SnippetJobHandler(StoryVideoSource source, StoryVideoRenderer renderer) : IJobHandler<SnippetInput>
{
    public const string FileName = "snippet.gif";

    public IReadOnlyList<string> Validate(SnippetInput input)
    {
        var problems = VideoInputChecks.Code(input.StoryCode).ToList();
        if (input.SceneNumber is < 1 or > 1000) problems.Add("SceneNumber: the number of a scene, from 1.");
        return problems;
    }

    public async Task RunAsync(SnippetInput input, JobRun run, CancellationToken ct)
    {
        var story = await source.StoryAsync(input.StoryCode, ct);
        run.StoryId = story.Id;
        var scene = StoryVideoSource.Scenes(story, null).FirstOrDefault(s => s.Number == input.SceneNumber)
            ?? throw new JobInputException($"This story has no scene {input.SceneNumber} yet.");
        await run.ReportAsync(0.1, $"Scene {input.SceneNumber}");
        var picture = await source.PictureAsync(story.Id, scene.Id, ct)
            ?? throw new JobInputException($"Scene {input.SceneNumber} has no picture yet.");
        await renderer.RenderSnippetAsync(picture, Path.Combine(run.Folder, FileName), ct);
        run.AddFile(FileName, "image/gif");
        await run.ReportAsync(1, "Done");
    }
}
