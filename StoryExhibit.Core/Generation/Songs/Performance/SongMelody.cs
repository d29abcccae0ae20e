using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Generation.Songs.Performance;

/// <summary>One sung syllable: the word it belongs to (its index in the line), its pitch as a MIDI note and its length in beats.</summary>
public sealed record SungNote(int Word, int Midi, double Beats);

/// <summary>A line of the song with its words and a note for every syllable, then a rest.</summary>
public sealed record SungLine(IReadOnlyList<string> Words, IReadOnlyList<SungNote> Notes, double RestBeats);

/// <summary>The melody of a whole song in its key and tempo.</summary>
public sealed record SongMelody(SongKind Kind, int TonicMidi, bool Minor, int BeatsPerMinute, IReadOnlyList<SungLine> Lines)
{
    public double SecondsPerBeat => 60.0 / BeatsPerMinute;

    public TimeSpan Length => TimeSpan.FromSeconds(Lines.Sum(l => l.Notes.Sum(n => n.Beats) + l.RestBeats) * SecondsPerBeat);
}

/// <summary>
/// Writes a melody for the lyrics: a note per syllable on the kind's scale (major, or minor for a sad song), each line
/// an arch that rises and comes home, odd lines ending open on the fifth and even lines on the tonic, mostly quavers
/// with a longer note every third syllable and the last syllable held. A song lasts about a minute. The same lyrics always get the same tune, so a chorus is sung the same way each time.
/// </summary>
public static class MelodyWriter
{
    private static readonly int[] Major = [0, 2, 4, 5, 7, 9, 11, 12, 14];
    private static readonly int[] NaturalMinor = [0, 2, 3, 5, 7, 8, 10, 12, 14];

    /// <summary>Key (tonic as a MIDI note, within a singing voice's comfortable range) and tempo by kind.</summary>
    public static (int Tonic, bool Minor, int Bpm) KeyOf(SongKind kind) => kind switch
    {
        SongKind.Lullaby => (48, false, 90),   // C major, swaying
        SongKind.Funny => (50, false, 140),    // D major, bouncy
        SongKind.Sad => (47, true, 84),        // B minor, slow
        _ => (50, false, 120),                 // D major, marching
    };

    public static SongMelody Write(SongLyrics lyrics)
    {
        ArgumentNullException.ThrowIfNull(lyrics);
        var (tonic, minor, bpm) = KeyOf(lyrics.Kind);
        var scale = minor ? NaturalMinor : Major;
        var lines = lyrics.SungLines.Select((line, i) => Line(line, i, scale, tonic)).ToList();
        return new SongMelody(lyrics.Kind, tonic, minor, bpm, lines);
    }

    private static SungLine Line(string text, int index, int[] scale, int tonic)
    {
        var words = Syllables.Words(text);
        var syllables = words.SelectMany((w, wi) => Enumerable.Repeat(wi, Math.Max(1, Syllables.Count(w)))).ToList();
        var random = new Random(StableHash.Seed(text));
        var peak = 4 + random.Next(0, 3);            // the arch's top: the fifth to the seventh degree
        var ending = index % 2 == 0 ? 4 : 0;         // open on the fifth, home on the tonic
        var notes = new List<SungNote>();
        for (var s = 0; s < syllables.Count; s++)
        {
            var last = s == syllables.Count - 1;
            var position = syllables.Count == 1 ? 1.0 : (double)s / (syllables.Count - 1);
            var arch = Math.Sin(position * Math.PI);  // 0 at both ends, 1 in the middle
            var degree = last ? ending : (int)Math.Round(arch * peak * 0.8 + (1 - position) * 1 + random.Next(-1, 2) * 0.6);
            degree = Math.Clamp(degree, 0, scale.Length - 1);
            // Mostly quavers, a longer note every third syllable (a lilt), the last syllable held.
            var beats = last ? 1.5 : s % 3 == 2 ? 1.0 : 0.5;
            notes.Add(new SungNote(syllables[s], tonic + scale[degree], beats));
        }
        return new SungLine(words, notes, RestBeats: index % 2 == 0 ? 0.5 : 1);
    }

}
