using System.Globalization;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Video;

/// <summary>
/// The ffmpeg command lines of a video: one segment per slide (the picture with a gentle pan or zoom, its captions
/// burned in, and the crossfade into the next slide), the whole sound track in one pass, and the join, which copies
/// the encoded segments and muxes the sound without encoding again.
/// </summary>
public static partial class VideoCommands
{
    public const int Width = 1280;
    public const int Height = 720;
    private const string Background = "0x141a2b";
    // libass styles: colours are &HAABBGGRR; captions sit in a translucent box, cards are centred (SSA alignment 10).
    private const string CaptionStyle = "FontName=DejaVu Sans,FontSize=15,PrimaryColour=&H00FFFFFF,OutlineColour=&H60000000,BackColour=&H60000000,BorderStyle=3,Outline=5,Shadow=0,MarginV=20,MarginL=40,MarginR=40";
    private const string CardStyle = "FontName=DejaVu Serif,FontSize=24,PrimaryColour=&H00C8E7F4,BorderStyle=1,Outline=0,Shadow=0,Alignment=10,MarginL=40,MarginR=40";

    /// <summary>Renders one slide's segment; <paramref name="captions"/> is its SubRip file on the segment's clock.</summary>
    public static List<string> Segment(VideoTimeline timeline, VideoSlide slide, string captions, string output, VideoOptions options)
    {
        var fps = options.FramesPerSecond;
        var offset = timeline.SegmentOffset(slide);
        var seconds = timeline.SegmentSeconds(slide);
        var args = new List<string>();
        var filters = new List<string>();
        Source(args, filters, slide, "a", offset, seconds, fps);
        var style = slide.IsCard ? CardStyle : CaptionStyle;
        filters.Add($"[a]subtitles=filename='{FilterPath(captions)}':force_style='{style}'[captioned]");
        var last = "captioned";
        if (timeline.Next(slide) is { } next)
        {
            var fade = timeline.Crossfade;
            Source(args, filters, next, "b", 0, fade, fps);
            filters.Add($"[captioned][b]xfade=transition=fade:duration={S(fade)}:offset={S(seconds - fade)}[faded]");
            last = "faded";
        }
        args.AddRange(["-filter_complex", string.Join(';', filters), "-map", $"[{last}]", "-an",
            "-c:v", "libx264", "-preset", options.Preset, "-crf", options.Crf.ToString(CultureInfo.InvariantCulture),
            "-pix_fmt", "yuv420p", "-r", fps.ToString(CultureInfo.InvariantCulture), "-g", (fps * 2).ToString(CultureInfo.InvariantCulture),
            "-frames:v", Frames(seconds, fps).ToString(CultureInfo.InvariantCulture), "-video_track_timescale", "12800", output]);
        return args;
    }

    /// <summary>A slide's moving picture from <paramref name="from"/> seconds into it, lasting <paramref name="seconds"/>, labelled <paramref name="label"/>.</summary>
    private static void Source(List<string> args, List<string> filters, VideoSlide slide, string label, double from, double seconds, int fps)
    {
        var input = args.Count(a => a == "-i");
        var frames = Frames(seconds, fps);
        if (slide.PicturePath is null)
        {
            args.AddRange(["-f", "lavfi", "-i", $"color=c={Background}:s={Width}x{Height}:r={fps}:d={S(seconds)}"]);
            filters.Add($"[{input}:v]format=yuv420p,setsar=1,settb=1/{fps}[{label}]");
            return;
        }
        args.AddRange(["-i", slide.PicturePath]);
        // zoompan draws all the slide's frames from the one picture; "on" counts them, shifted to where this part starts.
        var total = Frames(slide.Seconds, fps);
        var at = $"(on+{Frames(from, fps)})/{total}";
        var motion = (slide.Index % 3) switch
        {
            0 => $"z='1.02+0.10*{at}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'",
            1 => $"z='1.12':x='(iw-iw/zoom)*{at}':y='ih/2-ih/zoom/2'",
            _ => $"z='1.12-0.10*{at}':x='iw/2-iw/zoom/2':y='(ih-ih/zoom)*(0.3+0.4*{at})'",
        };
        filters.Add($"[{input}:v]scale=1920:1080:force_original_aspect_ratio=increase,crop=1920:1080,setsar=1,"
            + $"zoompan={motion}:d={frames}:s={Width}x{Height}:fps={fps},trim=end_frame={frames},format=yuv420p,setsar=1,settb=1/{fps}[{label}]");
    }

    /// <summary>The whole sound track: each scene's sentences one after another from its narration start, AAC.</summary>
    public static List<string> SoundTrack(VideoTimeline timeline, string output)
    {
        var args = new List<string>();
        var streams = new List<string>();
        var filters = new List<string>();
        var inputs = 0;
        foreach (var slide in timeline.Slides)
        {
            var parts = new List<string>();
            foreach (var sentence in slide.Sentences)
            {
                var label = $"s{inputs}";
                if (sentence.AudioPath is { } audio)
                {
                    args.AddRange(["-i", audio]);
                    // Each sentence fills exactly its time, so captions stay with the voice.
                    filters.Add($"[{inputs}:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono,apad,atrim=0:{S(sentence.Seconds)}[{label}]");
                }
                else
                {
                    args.AddRange(["-f", "lavfi", "-t", S(sentence.Seconds), "-i", "anullsrc=r=48000:cl=mono"]);
                    filters.Add($"[{inputs}:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=mono[{label}]");
                }
                parts.Add($"[{label}]");
                inputs++;
            }
            if (parts.Count == 0) continue;
            var delay = (long)Math.Round((slide.Start + slide.NarrationStart) * 1000);
            filters.Add($"{string.Concat(parts)}concat=n={parts.Count}:v=0:a=1,adelay=delays={delay}:all=1[n{streams.Count}]");
            streams.Add($"[n{streams.Count}]");
        }
        args.AddRange(["-f", "lavfi", "-t", S(timeline.Duration), "-i", "anullsrc=r=48000:cl=mono"]);
        streams.Add($"[{inputs}:a]");
        filters.Add($"{string.Concat(streams)}amix=inputs={streams.Count}:normalize=0:duration=longest,atrim=0:{S(timeline.Duration)},aformat=channel_layouts=stereo[out]");
        args.AddRange(["-filter_complex", string.Join(';', filters), "-map", "[out]", "-c:a", "aac", "-b:a", "128k", output]);
        return args;
    }

    /// <summary>Joins the segments (listed in a concat file) without encoding them again, adds the sound, moves the index to the front.</summary>
    public static List<string> Join(string segmentList, string soundTrack, string output)
        => ["-f", "concat", "-safe", "0", "-i", segmentList, "-i", soundTrack, "-map", "0:v", "-map", "1:a", "-c", "copy",
            "-movflags", "+faststart", "-shortest", output];

    /// <summary>A short looping GIF of one picture, zooming in and back out so its end meets its start.</summary>
    public static List<string> Snippet(string picture, string output, VideoOptions options)
    {
        const int fps = 12;
        var frames = Frames(options.SnippetSeconds, fps);
        return ["-i", picture, "-filter_complex",
            "[0:v]scale=960:540:force_original_aspect_ratio=increase,crop=960:540,setsar=1,"
            + $"zoompan=z='1.11-0.09*cos(2*PI*on/{frames})':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d={frames}:s=480x270:fps={fps},"
            + "split[a][b];[a]palettegen=max_colors=128:stats_mode=diff[p];[b][p]paletteuse=dither=bayer:bayer_scale=4",
            "-frames:v", frames.ToString(CultureInfo.InvariantCulture), "-loop", "0", output];
    }

    public static int Frames(double seconds, int fps) => (int)Math.Round(seconds * fps);

    /// <summary>Paths inside a filter graph are quoted; the work folders are ours, so only plain characters are expected.</summary>
    private static string FilterPath(string path)
        => PlainPath().IsMatch(path) ? path : throw new ArgumentException($"Unexpected characters in the work path {path}.", nameof(path));

    private static string S(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Za-z0-9/_.+-]+$")]
    private static partial Regex PlainPath();
}
