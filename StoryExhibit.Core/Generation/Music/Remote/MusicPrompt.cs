namespace StoryExhibit.Core.Generation.Music.Remote;

/// <summary>The style a song service is asked for: the theme's sound and the mood's feeling, always a quiet instrumental loop.</summary>
public static class MusicPrompt
{
    public static string StyleOf(MusicCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        return $"{Feeling(cue.Mood)} {Sound(cue.Theme)}, instrumental, no vocals, seamless loop, {Pace(cue.Mood)}";
    }

    public static string TitleOf(MusicCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        return $"{cue.Mood} {cue.Theme} loop";
    }

    private static string Feeling(MusicMood mood) => mood switch
    {
        MusicMood.Joyful => "bright joyful",
        MusicMood.Playful => "playful bouncy",
        MusicMood.Mysterious => "mysterious curious",
        MusicMood.Tense => "tense suspenseful",
        MusicMood.Sad => "gentle sad",
        MusicMood.Triumphant => "triumphant heroic",
        MusicMood.Eerie => "eerie shimmering",
        _ => "calm peaceful",
    };

    private static string Sound(MusicTheme theme) => theme switch
    {
        MusicTheme.Cartoon => "cartoon ambient, pizzicato strings, marimba and woodwinds",
        MusicTheme.Calm => "calm ambient, soft piano and harp",
        _ => "cinematic ambient, strings and warm pads",
    };

    private static string Pace(MusicMood mood) => mood switch
    {
        MusicMood.Joyful or MusicMood.Playful or MusicMood.Triumphant => "lively",
        MusicMood.Tense => "steady pulse",
        _ => "slow",
    };
}
