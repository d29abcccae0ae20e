namespace StoryExhibit.Core.Generation.Music;

/// <summary>Who makes the music; only the built-in composer for now (a remote one would be chosen here).</summary>
public enum MusicProvider { Offline }

/// <summary>The "Music" section of the settings: the staff switch, the default theme and the offline composer's tools.</summary>
public sealed class MusicOptions
{
    public const string Section = "Music";
    public const string DefaultSoundFont = "/usr/share/sounds/sf2/TimGM6mb.sf2";

    /// <summary>The staff switch: music plays on story pages only while this is on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The theme a visitor hears until they choose another.</summary>
    public MusicTheme DefaultTheme { get; set; } = MusicTheme.Cinematic;

    public MusicProvider Provider { get; set; } = MusicProvider.Offline;

    /// <summary>The General MIDI SoundFont FluidSynth plays with (Debian's default-GM.sf2 alternative works too).</summary>
    public string SoundFont { get; set; } = DefaultSoundFont;

    public string FluidSynthPath { get; set; } = "fluidsynth";
    public string FfmpegPath { get; set; } = "ffmpeg";
    public int BitrateKbps { get; set; } = 96;

    /// <summary>How long one composition may take (rendering and encoding) before it is given up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
