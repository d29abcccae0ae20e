using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Video;

namespace StoryExhibit.Tests.Core.Video;

/// <summary>The video and snippet jobs run on their own with a real story, real ffmpeg, and checked by ffprobe.</summary>
public sealed partial class StoryVideoTests(VideoStoryFixture story) : IClassFixture<VideoStoryFixture>
{
    private readonly List<(double Fraction, string Line)> _reports = [];

    private JobRun NewRun() => new(Guid.NewGuid(), story.NewJobFolder(), (f, line) =>
    {
        lock (_reports) _reports.Add((f, line));
        return Task.CompletedTask;
    });

    [Fact]
    public async Task A_story_becomes_a_narrated_h264_and_aac_mp4_as_long_as_its_narration_with_a_caption_per_sentence()
    {
        var handler = story.Services.GetRequiredService<VideoJobHandler>();
        var run = NewRun();

        await handler.RunAsync(new VideoInput(story.Story.SessionCode), run, default);

        Assert.Equal(story.Story.Id, run.StoryId);
        Assert.Equal(["story.mp4", "story.vtt"], run.Files.Select(f => f.Name).Order());
        var probe = await VideoStoryFixture.ProbeAsync(Path.Combine(run.Folder, "story.mp4"));
        var streams = probe.GetProperty("streams").EnumerateArray().ToList();
        var video = Assert.Single(streams, s => s.GetProperty("codec_type").GetString() == "video");
        Assert.Equal(("h264", "yuv420p", 1280, 720), (video.GetProperty("codec_name").GetString(), video.GetProperty("pix_fmt").GetString(),
            video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        var audio = Assert.Single(streams, s => s.GetProperty("codec_type").GetString() == "audio");
        Assert.Equal("aac", audio.GetProperty("codec_name").GetString());

        // Each scene lasts its narration plus the crossfades and a breath on each side (never under the minimum), the cards a fixed time.
        var options = story.Services.GetRequiredService<FfmpegRunner>().Options;
        var narrated = new List<List<NarrationClip>>();
        foreach (var scene in story.Scenes)
        {
            var clips = new List<NarrationClip>();
            await foreach (var clip in story.Services.GetRequiredService<SceneNarrator>().NarrateSceneAsync(scene, default)) clips.Add(clip);
            Assert.All(clips, c => Assert.NotNull(c.FileName)); // spoken by espeak and stored
            narrated.Add(clips);
        }
        var scenes = narrated.Sum(c => Math.Max(options.MinSceneSeconds, c.Sum(x => x.DurationSeconds!.Value) + 2 * options.CrossfadeSeconds + 0.6));
        var expected = 2 * options.CardSeconds + scenes - 4 * options.CrossfadeSeconds;
        var duration = double.Parse(probe.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(duration, expected - 0.5, expected + 0.5);
        Assert.True(narrated.Sum(c => c.Sum(x => x.DurationSeconds!.Value)) > 3, "espeak narrated the scenes");

        // The WebVTT track has a cue per narrated sentence, in order, inside the video, with the sentence's words.
        var vtt = await File.ReadAllTextAsync(Path.Combine(run.Folder, "story.vtt"));
        Assert.StartsWith("WEBVTT\n\n", vtt);
        var cues = Cue().Matches(vtt).Select(m => (Start: Seconds(m.Groups["start"].Value), End: Seconds(m.Groups["end"].Value), Text: m.Groups["text"].Value.Trim())).ToList();
        var sentences = narrated.SelectMany(c => c.Select(x => x.Sentence)).ToList();
        Assert.Equal(sentences, cues.Select(c => c.Text));
        Assert.Equal(6, cues.Count);
        Assert.All(cues, c => Assert.InRange(c.Start, options.CardSeconds - options.CrossfadeSeconds, c.End));
        Assert.All(cues.Zip(cues.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start + 0.001));
        Assert.True(cues[^1].End <= duration - options.CardSeconds + options.CrossfadeSeconds);

        // The bar moves forward through every scene to the end.
        lock (_reports)
        {
            Assert.Equal(_reports.Select(r => r.Fraction).Order(), _reports.Select(r => r.Fraction));
            Assert.Contains(_reports, r => r.Line == "Scene 3 of 3");
            Assert.Contains(_reports, r => r.Line == "Narrating scene 2 of 3");
            Assert.Equal(1, _reports[^1].Fraction);
        }
    }

    [Fact]
    public async Task A_snippet_is_a_small_looping_gif_of_the_scene_picture_with_many_frames()
    {
        var handler = story.Services.GetRequiredService<SnippetJobHandler>();
        var run = NewRun();

        await handler.RunAsync(new SnippetInput(story.Story.SessionCode, 2), run, default);

        var file = Assert.Single(run.Files);
        Assert.Equal(("snippet.gif", "image/gif"), (file.Name, file.MediaType));
        var bytes = await File.ReadAllBytesAsync(Path.Combine(run.Folder, file.Name));
        Assert.Equal("GIF89a"u8.ToArray(), bytes[..6]);
        Assert.True(bytes.AsSpan().IndexOf("NETSCAPE2.0"u8) > 0, "the GIF loops");
        var probe = await VideoStoryFixture.ProbeAsync(Path.Combine(run.Folder, file.Name), "-count_frames");
        var gif = Assert.Single(probe.GetProperty("streams").EnumerateArray());
        Assert.Equal(("gif", 480, 270), (gif.GetProperty("codec_name").GetString(), gif.GetProperty("width").GetInt32(), gif.GetProperty("height").GetInt32()));
        Assert.InRange(int.Parse(gif.GetProperty("nb_read_frames").GetString()!, CultureInfo.InvariantCulture), 24, 120);

        await Assert.ThrowsAsync<JobInputException>(() => handler.RunAsync(new SnippetInput(story.Story.SessionCode, 9), NewRun(), default));
    }

    [Fact]
    public async Task Cancelling_mid_render_throws_and_leaves_no_ffmpeg_behind()
    {
        var handler = story.Services.GetRequiredService<VideoJobHandler>();
        var runner = story.Services.GetRequiredService<FfmpegRunner>();
        var started = new List<int>();
        using var cancel = new CancellationTokenSource();
        var rendering = false;
        var run = new JobRun(Guid.NewGuid(), story.NewJobFolder(), (_, line) =>
        {
            if (line.StartsWith("Scene ", StringComparison.Ordinal)) Volatile.Write(ref rendering, true);
            return Task.CompletedTask;
        });
        void Started(int pid)
        {
            lock (started) started.Add(pid);
            if (Volatile.Read(ref rendering)) cancel.CancelAfter(300); // while a segment is being encoded
        }
        runner.ProcessStarted += Started;
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.RunAsync(new VideoInput(story.Story.SessionCode), run, cancel.Token));
        }
        finally { runner.ProcessStarted -= Started; }

        Assert.True(cancel.IsCancellationRequested);
        Assert.NotEmpty(started);
        Assert.DoesNotContain(run.Files, f => f.Name == "story.mp4");
        foreach (var pid in started)
        {
            // The process is killed and reaped; give the runtime a moment to collect its exit.
            for (var i = 0; i < 100 && IsAlive(pid); i++) await Task.Delay(50);
            Assert.False(IsAlive(pid), $"ffmpeg {pid} is still running");
        }
    }

    [Fact]
    public void Inputs_are_checked_field_by_field()
    {
        var video = story.Services.GetRequiredService<VideoJobHandler>();
        var snippet = story.Services.GetRequiredService<SnippetJobHandler>();

        Assert.Empty(video.Validate(new VideoInput(story.Story.SessionCode)));
        Assert.StartsWith("StoryCode:", Assert.Single(video.Validate(new VideoInput("not a code"))));
        Assert.StartsWith("SceneIds:", Assert.Single(video.Validate(new VideoInput(story.Story.SessionCode, Enumerable.Range(0, 41).Select(_ => Guid.NewGuid()).ToList()))));
        var twice = Guid.NewGuid();
        Assert.StartsWith("SceneIds:", Assert.Single(video.Validate(new VideoInput(story.Story.SessionCode, [twice, twice]))));
        Assert.StartsWith("SceneNumber:", Assert.Single(snippet.Validate(new SnippetInput(story.Story.SessionCode, 0))));
        Assert.Equal(2, snippet.Validate(new SnippetInput("", -1)).Count);
    }

    [Fact]
    public async Task A_story_code_nobody_has_or_a_scene_of_another_story_is_refused_with_a_reason()
    {
        var handler = story.Services.GetRequiredService<VideoJobHandler>();
        var unknown = await Assert.ThrowsAsync<JobInputException>(() => handler.RunAsync(new VideoInput("OTTER-LANTERN-MANGO-48213"), NewRun(), default));
        Assert.Contains("no story", unknown.Message);
        var foreign = await Assert.ThrowsAsync<JobInputException>(() => handler.RunAsync(new VideoInput(story.Story.SessionCode, [Guid.NewGuid()]), NewRun(), default));
        Assert.Contains("not part of this story", foreign.Message);
    }

    private static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return false;
        try
        {
            var text = File.ReadAllText(status);
            // Still ours (not a later process given the same id) and not just waiting to be reaped.
            return text.StartsWith("Name:\tff", StringComparison.Ordinal) && !text.Contains("State:\tZ", StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
    }

    private static double Seconds(string time) => TimeSpan.ParseExact(time, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture).TotalSeconds;

    [GeneratedRegex(@"(?<start>\d\d:\d\d:\d\d\.\d{3}) --> (?<end>\d\d:\d\d:\d\d\.\d{3})\n(?<text>(?:.+\n)+)")]
    private static partial Regex Cue();
}
