using StoryExhibit.Core.Video;

namespace StoryExhibit.Tests.Core.Video;

/// <summary>The video's clock and its caption files, without ffmpeg.</summary>
public sealed class VideoTimelineTests
{
    private static readonly VideoOptions Options = new() { CardSeconds = 3, MinSceneSeconds = 4, CrossfadeSeconds = 0.5 };

    [Fact]
    public void Scenes_last_as_long_as_their_narration_and_overlap_by_the_crossfade_with_the_cards_around_them()
    {
        var plan = new VideoPlan("The Compass", [
            new VideoScene(1, "/a.jpg", [new("One.", "/1.ogg", 2), new("Two.", "/2.ogg", 3)]),
            new VideoScene(2, null, [new("Quiet.", null, 1)]), // silent (speech off) and short: the minimum
        ], "The end");

        var timeline = new VideoTimeline(plan, Options);

        Assert.Equal([3, 2 * 0.5 + 0.6 + 5, 4, 3], timeline.Slides.Select(s => Math.Round(s.Seconds, 3)));
        Assert.Equal([0, 2.5, 8.6, 12.1], timeline.Slides.Select(s => Math.Round(s.Start, 3)));
        Assert.Equal(15.1, Math.Round(timeline.Duration, 3));
        Assert.True(timeline.Slides[0].IsCard && timeline.Slides[^1].IsCard);
        Assert.Equal("The Compass", Assert.Single(timeline.Slides[0].Captions).Text);

        // Narration begins after the crossfade in and ends before the crossfade out.
        var scene = timeline.Slides[1];
        Assert.Equal([(0.8, 2.8), (2.8, 5.8)], scene.Captions.Select(c => (Math.Round(c.Start, 3), Math.Round(c.End, 3))));
        Assert.True(scene.Captions[^1].End <= scene.Seconds - Options.CrossfadeSeconds);
        Assert.Equal([(3.3, 5.3), (5.3, 8.3), (9.4, 10.4)],
            timeline.SceneCaptions().Select(c => (Math.Round(c.Start, 3), Math.Round(c.End, 3))));

        // Each segment after the first starts where the previous one's crossfade ended: together they make the whole.
        Assert.Equal(Math.Round(timeline.Duration, 3), Math.Round(timeline.Slides.Sum(timeline.SegmentSeconds), 3));
    }

    [Fact]
    public void Captions_are_words_never_markup_in_either_format()
    {
        Caption[] captions = [new("<b>Bold</b> & {\\an8}up\n\nthere", 1.25, 61.5)];

        var vtt = CaptionFiles.WebVtt(captions);
        var srt = CaptionFiles.SubRip(captions);

        Assert.Equal("WEBVTT\n\n1\n00:00:01.250 --> 00:01:01.500\n&lt;b&gt;Bold&lt;/b&gt; &amp; {\\an8}up\nthere\n\n", vtt);
        Assert.Equal("1\n00:00:01,250 --> 00:01:01,500\nbBold/b & an8up\nthere\n\n", srt);
    }
}
