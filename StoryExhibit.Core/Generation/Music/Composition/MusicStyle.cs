namespace StoryExhibit.Core.Generation.Music.Composition;

/// <summary>How the harmony is played: held chords, plucked chords on the beats, or a flowing arpeggio.</summary>
public enum Accompaniment { Sustained, Plucked, Arpeggio }

/// <summary>
/// The musical choices for one mood and theme: key and mode, tempo, a chord progression of scale degrees (a chord per
/// bar; the last leads back to the first, so the loop turns round), the General MIDI programs and how they play.
/// </summary>
public sealed record MusicStyle(
    int Tonic, Mode Mode, int BeatsPerMinute, int[] Progression,
    int HarmonyProgram, int BassProgram, int MelodyProgram, Accompaniment Accompaniment,
    int Loudness, double NoteDensity)
{
    /// <summary>Bars in one loop: the progression once or twice, so a loop lasts roughly 30 to 60 seconds at any tempo.</summary>
    public int Bars => BeatsPerMinute <= 68 ? Progression.Length : Progression.Length * 2;

    public const int BeatsPerBar = 4;

    public static MusicStyle For(MusicCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var (tonic, mode, bpm, progression, loudness, density) = Harmony(cue.Mood);
        var (harmony, bass, melody, accompaniment) = Instruments(cue.Theme, cue.Mood);
        // Cartoons move a little faster, calm music a little slower, whatever the mood.
        bpm = cue.Theme switch { MusicTheme.Cartoon => bpm + 12, MusicTheme.Calm => bpm - 8, _ => bpm };
        return new MusicStyle(tonic, mode, bpm, progression, harmony, bass, melody, accompaniment, loudness, density);
    }

    // Tonics are MIDI keys in the octave below middle C (48 is C3). Degrees are 0-based: 0 = I, 3 = IV, 4 = V, 5 = vi.
    private static (int Tonic, Mode Mode, int Bpm, int[] Progression, int Loudness, double Density) Harmony(MusicMood mood) => mood switch
    {
        MusicMood.Joyful => (55, Mode.Major, 104, [0, 4, 5, 3, 0, 4, 3, 4], 88, 0.75),          // G major: I V vi IV I V IV V
        MusicMood.Playful => (48, Mode.Mixolydian, 116, [0, 3, 6, 0, 0, 3, 6, 4], 84, 0.8),     // C mixolydian: I IV bVII I … v
        MusicMood.Mysterious => (50, Mode.Dorian, 72, [0, 3, 0, 6, 0, 3, 2, 6], 66, 0.45),       // D dorian: i IV i bVII … bIII bVII
        MusicMood.Tense => (52, Mode.HarmonicMinor, 92, [0, 5, 3, 4, 0, 5, 1, 4], 78, 0.6),     // E harmonic minor: i VI iv V … ii° V
        MusicMood.Sad => (45, Mode.Minor, 62, [0, 5, 2, 6, 3, 0, 3, 4], 60, 0.4),           // A minor: i VI III VII iv i iv v
        MusicMood.Triumphant => (46, Mode.Major, 96, [0, 3, 4, 0, 5, 3, 1, 4], 92, 0.65),        // B-flat major: I IV V I vi IV ii V
        MusicMood.Eerie => (49, Mode.Phrygian, 58, [0, 1, 0, 6, 0, 1, 5, 6], 56, 0.3),           // C-sharp phrygian: i bII i bvii …
        _ => (53, Mode.Lydian, 70, [0, 1, 0, 5, 3, 1, 5, 4], 64, 0.45),                         // Calm, F lydian: I II I vi …
    };

    // General MIDI programs, 0-based: 0 piano, 11 vibraphone, 12 marimba, 32 acoustic bass, 42 cello, 45 pizzicato strings,
    // 46 harp, 48 string ensemble, 49 slow strings, 58 tuba, 60 French horn, 68 oboe, 70 bassoon, 71 clarinet, 73 flute, 89 warm pad, 94 halo pad.
    private static (int Harmony, int Bass, int Melody, Accompaniment Accompaniment) Instruments(MusicTheme theme, MusicMood mood) => theme switch
    {
        MusicTheme.Cartoon => (45, mood is MusicMood.Tense or MusicMood.Eerie or MusicMood.Mysterious ? 70 : 58,
            mood switch { MusicMood.Sad or MusicMood.Calm => 71, MusicMood.Mysterious or MusicMood.Eerie => 11, _ => 12 }, Accompaniment.Plucked),
        MusicTheme.Calm => (46, 32, mood is MusicMood.Eerie or MusicMood.Mysterious ? 11 : 0, Accompaniment.Arpeggio),
        _ => (mood is MusicMood.Eerie or MusicMood.Mysterious ? 89 : mood == MusicMood.Sad ? 49 : 48, 42,
            mood switch { MusicMood.Triumphant or MusicMood.Tense => 60, MusicMood.Sad or MusicMood.Eerie => 68, _ => 73 }, Accompaniment.Sustained),
    };
}
