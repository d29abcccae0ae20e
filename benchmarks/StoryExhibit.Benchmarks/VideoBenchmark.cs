using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Video;
using StoryExhibit.Tests.Core.Video;

namespace StoryExhibit.Benchmarks;

/// <summary>
/// Renders a story's narrated video (offline pictures, espeak-ng narration, real ffmpeg) and a scene's looping snippet,
/// and prints how long each took and how big the files are. The first run narrates the scenes too; later runs find the
/// narration stored, as a visitor's story read aloud in the exhibit would.
/// </summary>
public static class VideoBenchmark
{
    private static readonly string Kept = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "storyexhibit-video-benchmark")).FullName;

    public static async Task RunAsync(int scenes, int runs)
    {
        var clock = Stopwatch.StartNew();
        var story = await VideoStoryFixture.CreateAsync(scenes);
        Console.WriteLine($"Story of {story.Scenes.Count} scenes with offline pictures set up in {clock.Elapsed.TotalSeconds:0.0} s");
        try
        {
            var video = story.Services.GetRequiredService<VideoJobHandler>();
            for (var run = 1; run <= runs; run++)
            {
                var job = new JobRun(Guid.NewGuid(), story.NewJobFolder(), (_, _) => Task.CompletedTask);
                clock.Restart();
                await video.RunAsync(new VideoInput(story.Story.SessionCode), job, default);
                var mp4 = job.Files.Single(f => f.Name.EndsWith(".mp4", StringComparison.Ordinal));
                var probe = await VideoStoryFixture.ProbeAsync(Path.Combine(job.Folder, mp4.Name));
                var seconds = probe.GetProperty("format").GetProperty("duration").GetString();
                foreach (var file in job.Files) File.Copy(Path.Combine(job.Folder, file.Name), Path.Combine(Kept, file.Name), overwrite: true);
                Console.WriteLine($"Video run {run} ({(run == 1 ? "narrating and rendering" : "narration stored, rendering")}): {clock.Elapsed.TotalSeconds:0.0} s"
                    + $" for {seconds} s of video, MP4 {mp4.Bytes / 1024.0 / 1024:0.00} MB");
            }
            var snippet = story.Services.GetRequiredService<SnippetJobHandler>();
            var snippetJob = new JobRun(Guid.NewGuid(), story.NewJobFolder(), (_, _) => Task.CompletedTask);
            clock.Restart();
            await snippet.RunAsync(new SnippetInput(story.Story.SessionCode, 1), snippetJob, default);
            Console.WriteLine($"Snippet: {clock.Elapsed.TotalSeconds:0.0} s, GIF {snippetJob.Files.Single().Bytes / 1024.0:0} KB");
            File.Copy(Path.Combine(snippetJob.Folder, SnippetJobHandler.FileName), Path.Combine(Kept, SnippetJobHandler.FileName), overwrite: true);
            Console.WriteLine($"The last video, its captions and the snippet are kept to watch in {Kept}");
        }
        finally
        {
            await story.DisposeAsync();
        }
    }
}
