namespace StoryExhibit.Core.Generation.Music;

/// <summary>
/// Who makes the loops: the built-in composer, or the song service songs use (<c>Generation:Songs</c> Endpoint and
/// ApiKey), asked for instrumental pieces; the built-in composer stands in when it fails or the music budget is spent.
/// </summary>
public enum MusicProvider { Offline, SongService }

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

    /// <summary>Estimated cost of one loop from the song service, in the budgets' currency (the built-in composer is free).</summary>
    public decimal CostPerPiece { get; set; } = 0.05m;

    /// <summary>Longest loop kept from a song service piece; the rest is cut off (with a fade) so the loop stays small.</summary>
    public TimeSpan MaxLoopLength { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one composition may take (rendering and encoding) before it is given up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
