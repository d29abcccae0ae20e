namespace StoryExhibit.Core.Video;

/// <summary>One stretch of the video: a card or a scene, starting at <see cref="Start"/> on the whole video's clock.</summary>
public sealed record VideoSlide(int Index, string? PicturePath, double Start, double Seconds, IReadOnlyList<Caption> Captions,
    double NarrationStart, IReadOnlyList<VideoSentence> Sentences, bool IsCard)
{
    public double End => Start + Seconds;
}

/// <summary>
/// The video's clock: title card, scenes, credits, each overlapping the next by the crossfade. A scene lasts as long
/// as its narration plus room for the crossfades on both sides, never less than the minimum; its narration starts once
/// the crossfade into it is over and ends before the crossfade out begins, so voices never overlap.
/// </summary>
public sealed class VideoTimeline
{
    private const double Breath = 0.3;

    public VideoTimeline(VideoPlan plan, VideoOptions options)
    {
        Crossfade = options.CrossfadeSeconds;
        var slides = new List<VideoSlide>();
        var start = 0.0;
        void Add(string? picture, double seconds, IReadOnlyList<Caption> captions, double narrationStart, IReadOnlyList<VideoSentence> sentences, bool card)
        {
            slides.Add(new VideoSlide(slides.Count, picture, start, seconds, captions, narrationStart, sentences, card));
            start += seconds - Crossfade;
        }

        Add(null, options.CardSeconds, [new Caption(plan.Title, 0, options.CardSeconds)], 0, [], card: true);
        foreach (var scene in plan.Scenes)
        {
            var lead = Crossfade + Breath;
            var narration = scene.Sentences.Sum(s => s.Seconds);
            var seconds = Math.Max(options.MinSceneSeconds, lead + narration + Breath + Crossfade);
            var captions = new List<Caption>();
            var at = lead;
            foreach (var sentence in scene.Sentences)
            {
                captions.Add(new Caption(sentence.Text, at, at + sentence.Seconds));
                at += sentence.Seconds;
            }
            Add(scene.PicturePath, seconds, captions, lead, scene.Sentences, card: false);
        }
        Add(null, options.CardSeconds, [new Caption(plan.Credits, 0, options.CardSeconds)], 0, [], card: true);
        Slides = slides;
        Duration = slides[^1].End;
    }

    public double Crossfade { get; }
    public IReadOnlyList<VideoSlide> Slides { get; }
    public double Duration { get; }

    /// <summary>
    /// Where a slide's own segment starts on its clock: the crossfade into it is drawn at the end of the segment
    /// before, so each segment is encoded once and the segments are joined without encoding again.
    /// </summary>
    public double SegmentOffset(VideoSlide slide) => slide.Index == 0 ? 0 : Crossfade;

    public double SegmentSeconds(VideoSlide slide) => slide.Seconds - SegmentOffset(slide);

    public VideoSlide? Next(VideoSlide slide) => slide.Index + 1 < Slides.Count ? Slides[slide.Index + 1] : null;

    /// <summary>Every caption of the scenes (not the cards) on the whole video's clock, for the WebVTT track.</summary>
    public IEnumerable<Caption> SceneCaptions()
        => Slides.Where(s => !s.IsCard).SelectMany(s => s.Captions.Select(c => c with { Start = s.Start + c.Start, End = s.Start + c.End }));
}
