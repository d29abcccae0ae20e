namespace StoryExhibit.Core.Generation.Music.Composition;

/// <summary>A seven-note scale as semitones above its tonic; chords are built from its own notes, so they always fit.</summary>
public sealed record Mode(string Name, int[] Steps)
{
    public static readonly Mode Major = new("major", [0, 2, 4, 5, 7, 9, 11]);
    public static readonly Mode Minor = new("minor", [0, 2, 3, 5, 7, 8, 10]);
    public static readonly Mode HarmonicMinor = new("harmonic minor", [0, 2, 3, 5, 7, 8, 11]);
    public static readonly Mode Dorian = new("dorian", [0, 2, 3, 5, 7, 9, 10]);
    public static readonly Mode Mixolydian = new("mixolydian", [0, 2, 4, 5, 7, 9, 10]);
    public static readonly Mode Lydian = new("lydian", [0, 2, 4, 6, 7, 9, 11]);
    public static readonly Mode Phrygian = new("phrygian", [0, 1, 3, 5, 7, 8, 10]);

    /// <summary>The key of scale degree <paramref name="degree"/> (0 is the tonic; may be negative or past the octave) above <paramref name="tonic"/>.</summary>
    public int Key(int tonic, int degree)
    {
        var octave = (int)Math.Floor(degree / 7.0);
        return tonic + 12 * octave + Steps[degree - 7 * octave];
    }

    /// <summary>The triad on <paramref name="root"/>: root, third and fifth, each a note of this scale.</summary>
    public int[] Triad(int tonic, int root) => [Key(tonic, root), Key(tonic, root + 2), Key(tonic, root + 4)];

    /// <summary>Whether <paramref name="key"/> is a note of this scale on <paramref name="tonic"/>.</summary>
    public bool Contains(int tonic, int key) => Steps.Contains(((key - tonic) % 12 + 12) % 12);
}
