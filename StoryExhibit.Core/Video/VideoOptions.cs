namespace StoryExhibit.Core.Video;

/// <summary>How story videos and snippets are rendered by ffmpeg (a Debian package installed by scripts/setup.sh).</summary>
public sealed class VideoOptions
{
    public const string Section = "Video";

    public string FfmpegPath { get; set; } = "ffmpeg";
    public string FfprobePath { get; set; } = "ffprobe";
    /// <summary>x264's speed preset: "veryfast" keeps a 6-scene story under a minute on two cores.</summary>
    public string Preset { get; set; } = "veryfast";
    public int Crf { get; set; } = 23;
    public int FramesPerSecond { get; set; } = 25;
    /// <summary>How long the title card and the credits card stay on screen.</summary>
    public double CardSeconds { get; set; } = 3;
    /// <summary>The shortest a scene lasts, even with little or no narration.</summary>
    public double MinSceneSeconds { get; set; } = 4;
    public double CrossfadeSeconds { get; set; } = 0.6;
    /// <summary>How many scene segments ffmpeg renders at once.</summary>
    public int SegmentsAtOnce { get; set; } = 2;
    public int MaxScenes { get; set; } = 40;
    public double SnippetSeconds { get; set; } = 4;
    /// <summary>Longest one ffmpeg run may take before it is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
