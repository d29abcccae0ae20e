using System.Globalization;
using System.Text;

namespace StoryExhibit.Core.Video;

/// <summary>Captions as SubRip (burned in by ffmpeg's subtitles filter) and as WebVTT (the track beside the video).</summary>
public static class CaptionFiles
{
    public static string WebVtt(IEnumerable<Caption> captions)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        var number = 0;
        foreach (var caption in captions)
            text.Append(CultureInfo.InvariantCulture, $"{++number}\n{Time(caption.Start, '.')} --> {Time(caption.End, '.')}\n{VttText(caption.Text)}\n\n");
        return text.ToString();
    }

    public static string SubRip(IEnumerable<Caption> captions)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var caption in captions)
            text.Append(CultureInfo.InvariantCulture, $"{++number}\n{Time(caption.Start, ',')} --> {Time(caption.End, ',')}\n{SubRipText(caption.Text)}\n\n");
        return text.ToString();
    }

    /// <summary>A visitor's or a model's words, never markup: WebVTT's tags and entities are escaped, blank lines (which end a cue) removed.</summary>
    private static string VttText(string text)
        => OneBlock(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>ffmpeg reads SubRip's font tags and libass its override blocks: both are taken out of the words.</summary>
    private static string SubRipText(string text)
        => new(OneBlock(text).Where(c => c is not ('<' or '>' or '{' or '}' or '\\')).ToArray());

    private static string OneBlock(string text)
        => string.Join('\n', text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).DefaultIfEmpty(" "));

    private static string Time(double seconds, char decimalMark)
    {
        var t = TimeSpan.FromMilliseconds(Math.Round(Math.Max(0, seconds) * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{decimalMark}{t.Milliseconds:000}");
    }
}
