using StoryExhibit.Core.Generation.Music.Midi;

namespace StoryExhibit.Core.Generation.Music.Composition;

/// <summary>
/// Composes a loop for a mood and theme: chords from the mode on every bar (held, plucked or arpeggiated), a bass on
/// their roots and fifths, and a melody that walks the scale and lands on chord notes on the strong beats, shaped in
/// four-bar phrases that swell and settle. The same cue always gives the same piece.
/// </summary>
public static class LoopComposer
{
    private const int Q = MidiSong.TicksPerQuarter;
    private const int Eighth = Q / 2;

    /// <summary>The loop played <paramref name="passes"/> times back to back; one pass lasts <see cref="LoopTicks"/>.</summary>
    public static MidiSong Compose(MusicCue cue, int passes = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var style = MusicStyle.For(cue);
        var random = new Random(17 + 31 * (int)cue.Mood + 7 * (int)cue.Theme);
        var loop = LoopTicks(style);
        var reverb = cue.Theme == MusicTheme.Cartoon ? 40 : 80;
        MidiPart Part(string name, int channel, int program, int volume, int pan, List<MidiNote> notes) =>
            new(name, channel, program, Repeat(notes, loop, passes),
                [new(0, 7, volume), new(0, 10, pan), new(0, 91, reverb), .. Swells(style, passes)]);

        return new MidiSong(style.BeatsPerMinute, MusicStyle.BeatsPerBar,
        [
            Part("Harmony", 0, style.HarmonyProgram, 84, 50, Harmony(style, random)),
            Part("Bass", 1, style.BassProgram, 80, 64, Bass(style)),
            Part("Melody", 2, style.MelodyProgram, 96, 78, Melody(style, random)),
        ]);
    }

    public static int LoopTicks(MusicStyle style) => style.Bars * MidiSong.TicksPerQuarter * MusicStyle.BeatsPerBar;

    private static int Bar(int bar) => bar * Q * MusicStyle.BeatsPerBar;

    private static int Degree(MusicStyle style, int bar) => style.Progression[bar % style.Progression.Length];

    /// <summary>Velocity through a four-bar phrase: rising to its third bar, easing at its end.</summary>
    private static int Dynamic(MusicStyle style, int bar, int tick, int offset, Random random)
    {
        var phrase = (bar % 4 + tick / (double)(Q * MusicStyle.BeatsPerBar)) / 4;
        var shape = 0.82 + 0.18 * Math.Sin(Math.PI * phrase);
        return Math.Clamp((int)(style.Loudness * shape) + offset + random.Next(-4, 5), 20, 120);
    }

    private static List<MidiNote> Harmony(MusicStyle style, Random random)
    {
        var notes = new List<MidiNote>();
        for (var bar = 0; bar < style.Bars; bar++)
        {
            var chord = Voiced(style.Mode.Triad(style.Tonic + 12, Degree(style, bar)));
            var start = Bar(bar);
            switch (style.Accompaniment)
            {
                case Accompaniment.Sustained:
                    foreach (var key in chord) notes.Add(new(start, Bar(1) - 8, key, Dynamic(style, bar, 0, -22, random)));
                    break;
                case Accompaniment.Plucked:
                    for (var beat = 0; beat < MusicStyle.BeatsPerBar; beat++)
                        foreach (var key in beat % 2 == 0 ? chord : chord[1..])
                            notes.Add(new(start + beat * Q, Q / 3, key, Dynamic(style, bar, beat * Q, beat % 2 == 0 ? -12 : -22, random)));
                    break;
                default:
                    // A tone comes back a beat later at the soonest, so each rings for a beat (the harp's own release does the rest);
                    // the bar's last one stops for the next chord, which may start on the same key.
                    int[] pattern = [0, 1, 2, 3, 4, 3, 2, 1];
                    int[] tones = [chord[0], chord[1], chord[2], chord[0] + 12, chord[1] + 12];
                    for (var i = 0; i < pattern.Length; i++)
                        notes.Add(new(start + i * Eighth, i == pattern.Length - 1 ? Eighth - 10 : Q - 10, tones[pattern[i]], Dynamic(style, bar, i * Eighth, i == 0 ? -14 : -24, random)));
                    break;
            }
        }
        return notes;
    }

    /// <summary>Keeps chords between G3 and G4, so the harmony moves by small steps from bar to bar.</summary>
    private static int[] Voiced(int[] triad) => [.. triad.Select(k => k > 67 ? k - 12 : k < 55 ? k + 12 : k).Order()];

    private static List<MidiNote> Bass(MusicStyle style)
    {
        var notes = new List<MidiNote>();
        for (var bar = 0; bar < style.Bars; bar++)
        {
            var degree = Degree(style, bar);
            var root = style.Mode.Key(style.Tonic - 12, degree);
            var fifth = style.Mode.Key(style.Tonic - 12, degree + 4);
            var start = Bar(bar);
            var velocity = style.Loudness - 14;
            switch (style.Accompaniment)
            {
                case Accompaniment.Plucked:
                    notes.Add(new(start, Q - 60, root, velocity));
                    notes.Add(new(start + 2 * Q, Q - 60, fifth, velocity - 8));
                    break;
                case Accompaniment.Sustained:
                    notes.Add(new(start, 2 * Q - 10, root, velocity));
                    notes.Add(new(start + 2 * Q, 2 * Q - 10, bar % 2 == 0 ? root : fifth, velocity - 8));
                    break;
                default:
                    notes.Add(new(start, Bar(1) - 10, root, velocity - 6));
                    break;
            }
        }
        return notes;
    }

    // Rhythms of one bar in eighths; a negative length is a rest.
    private static readonly int[][] Rhythms = [[4, 4], [2, 2, 4], [2, 2, 2, 2], [3, 1, 4], [6, 2], [8], [2, 2, 2, 1, 1], [-2, 2, 2, 2], [4, -2, 2]];
    private static readonly int[][] CalmRhythms = [[8], [4, 4], [6, 2], [-4, 4], [4, -4], [-2, 6]];

    private static List<MidiNote> Melody(MusicStyle style, Random random)
    {
        var notes = new List<MidiNote>();
        var half = style.Bars / 2;
        var degree = 7 + Chord(style, 0)[random.Next(3)] % 7; // starts on a chord note, an octave up
        var motif = new List<(int Bar, int Eighths, int Length, int Step)>();
        for (var bar = 0; bar < style.Bars; bar++)
        {
            var phraseEnd = bar % 4 == 3;
            if (bar >= half && bar < style.Bars - 2)
            {
                // The second half answers the first: its rhythm and contour, fitted to the chords below it.
                foreach (var (_, eighths, length, step) in motif.Where(m => m.Bar == bar - half))
                {
                    degree = Fit(style, bar, Math.Clamp(degree + step, 5, 15), eighths % 4 == 0);
                    notes.Add(Note(style, bar, eighths, length, degree, random));
                }
                continue;
            }
            var rhythms = style.NoteDensity < 0.5 ? CalmRhythms : Rhythms;
            int[] rhythm = phraseEnd ? [4, 4] : rhythms[random.Next(rhythms.Length)];
            if (bar == 0 && style.NoteDensity < 0.5) rhythm = [-4, 4]; // a breath before the tune
            var at = 0;
            foreach (var length in rhythm)
            {
                if (length < 0) { at -= length; continue; }
                var strong = at % 4 == 0;
                var step = random.Next(-2, 3);
                var next = Math.Clamp(degree + (step == 0 ? 1 : step), 5, 15);
                var last = phraseEnd && at + length >= 8;
                next = last ? Nearest(next, Chord(style, bar)[0]) : Fit(style, bar, next, strong);
                if (bar < half) motif.Add((bar, at, length, next - degree));
                degree = next;
                notes.Add(Note(style, bar, at, length, degree, random));
                at += length;
            }
        }
        return notes;
    }

    private static MidiNote Note(MusicStyle style, int bar, int eighths, int length, int degree, Random random) =>
        new(Bar(bar) + eighths * Eighth, length * Eighth - 20, style.Mode.Key(style.Tonic + 12, degree), Dynamic(style, bar, eighths * Eighth, 0, random));

    private static int[] Chord(MusicStyle style, int bar)
    {
        var root = Degree(style, bar);
        return [root, root + 2, root + 4];
    }

    /// <summary>On a strong beat, the chord note nearest to <paramref name="degree"/>; elsewhere the degree as it is (a passing note).</summary>
    private static int Fit(MusicStyle style, int bar, int degree, bool strong) => !strong ? degree
        : Chord(style, bar).Select(c => Nearest(degree, c)).OrderBy(d => Math.Abs(d - degree)).First();

    /// <summary>The degree of chord note <paramref name="chordDegree"/> (in any octave) closest to <paramref name="degree"/>.</summary>
    private static int Nearest(int degree, int chordDegree)
    {
        var pitchClass = ((chordDegree % 7) + 7) % 7;
        var below = degree - ((degree - pitchClass) % 7 + 7) % 7;
        return degree - below <= below + 7 - degree ? below : below + 7;
    }

    private static IReadOnlyList<MidiNote> Repeat(List<MidiNote> notes, int loop, int passes) =>
        [.. Enumerable.Range(0, passes).SelectMany(p => notes.Select(n => n with { Start = n.Start + p * loop }))];

    /// <summary>Expression (controller 11) swelling gently over every four bars.</summary>
    private static IEnumerable<MidiControl> Swells(MusicStyle style, int passes)
    {
        var step = Q;
        for (var tick = 0; tick < LoopTicks(style) * passes; tick += step)
        {
            var phrase = tick % Bar(4) / (double)Bar(4);
            yield return new MidiControl(tick, 11, (int)(96 + 20 * Math.Sin(Math.PI * phrase)));
        }
    }
}
