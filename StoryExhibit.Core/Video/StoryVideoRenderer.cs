using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Video;

/// <summary>
/// Renders a <see cref="VideoPlan"/> to an H.264 + AAC MP4 (1280x720, yuv420p, index at the front, so phones play it)
/// with a WebVTT file of its captions beside it. Slides are encoded as separate segments, a few at once, then joined
/// without encoding again; all work files live in a temporary folder removed afterwards.
/// </summary>
public sealed class StoryVideoRenderer(FfmpegRunner ffmpeg, ILogger<StoryVideoRenderer> log)
{
    /// <summary>Writes <paramref name="name"/>.mp4 and .vtt into <paramref name="folder"/>; progress goes from 0 to 1.</summary>
    public async Task<VideoTimeline> RenderAsync(VideoPlan plan, string folder, string name, Func<double, string, Task> progress, CancellationToken ct)
    {
        var options = ffmpeg.Options;
        var timeline = new VideoTimeline(plan, options);
        var work = TemporaryFiles.NewFolder("video");
        var clock = Stopwatch.StartNew();
        try
        {
            var segments = timeline.Slides.Select(s => Path.Combine(work.FullName, $"segment-{s.Index:000}.mp4")).ToArray();
            var done = 0;
            var scenes = plan.Scenes.Count;
            using var slots = new SemaphoreSlim(Math.Max(1, options.SegmentsAtOnce));
            using var reporting = new SemaphoreSlim(1, 1);
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            async Task RenderSlideAsync(VideoSlide slide)
            {
                await slots.WaitAsync(failed.Token);
                try
                {
                    var captions = Path.Combine(work.FullName, $"segment-{slide.Index:000}.srt");
                    var offset = timeline.SegmentOffset(slide);
                    await File.WriteAllTextAsync(captions, CaptionFiles.SubRip(slide.Captions.Select(c => c with { Start = c.Start - offset, End = c.End - offset })), failed.Token);
                    await ffmpeg.RunAsync(VideoCommands.Segment(timeline, slide, captions, segments[slide.Index], options), failed.Token);
                    // One report at a time, so the bar never steps back when two segments finish together.
                    await reporting.WaitAsync(failed.Token);
                    try
                    {
                        var finished = ++done;
                        await progress(0.9 * finished / timeline.Slides.Count, $"Scene {Math.Clamp(finished, 1, scenes)} of {scenes}");
                    }
                    finally { reporting.Release(); }
                }
                catch
                {
                    await failed.CancelAsync();
                    throw;
                }
                finally { slots.Release(); }
            }
            await progress(0, $"Scene 1 of {scenes}");
            var renders = timeline.Slides.Select(RenderSlideAsync).ToList();
            try { await Task.WhenAll(renders); }
            catch when (ct.IsCancellationRequested) { ct.ThrowIfCancellationRequested(); }
            catch { throw renders.Select(r => r.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) ?? new OperationCanceledException(ct); }

            await progress(0.92, "Mixing the narration");
            var sound = Path.Combine(work.FullName, "sound.m4a");
            await ffmpeg.RunAsync(VideoCommands.SoundTrack(timeline, sound), ct);

            await progress(0.96, "Putting it together");
            var list = Path.Combine(work.FullName, "segments.txt");
            await File.WriteAllLinesAsync(list, segments.Select(s => $"file '{s}'"), ct);
            var video = Path.Combine(folder, name + ".mp4");
            await ffmpeg.RunAsync(VideoCommands.Join(list, sound, video), ct);
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".vtt"), CaptionFiles.WebVtt(timeline.SceneCaptions()), ct);
            log.LogInformation("Rendered a video of {Scenes} scenes, {Seconds:0.0} s long, in {ElapsedMs} ms", scenes, timeline.Duration, clock.ElapsedMilliseconds);
            await progress(1, "Done");
            return timeline;
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (IOException) { /* a temporary folder left behind is harmless */ }
        }
    }

    /// <summary>Writes a looping GIF of one picture to <paramref name="output"/>.</summary>
    public async Task RenderSnippetAsync(string picture, string output, CancellationToken ct)
        => await ffmpeg.RunAsync(VideoCommands.Snippet(picture, output, ffmpeg.Options), ct);
}
