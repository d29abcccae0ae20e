namespace StoryExhibit.Core.Generation.Music.Midi;

/// <summary>One note: when it starts and how long it lasts in ticks, its key (60 is middle C) and how hard it is played (1-127).</summary>
public readonly record struct MidiNote(int Start, int Length, int Key, int Velocity);

/// <summary>A controller change (volume 7, pan 10, expression 11, reverb 91) at a tick.</summary>
public readonly record struct MidiControl(int Tick, int Controller, int Value);

/// <summary>One instrument on its own channel: a General MIDI program (0-based) with its notes and controller moves.</summary>
public sealed record MidiPart(string Name, int Channel, int Program, IReadOnlyList<MidiNote> Notes, IReadOnlyList<MidiControl> Controls);

/// <summary>A whole piece: tempo, metre and parts, in ticks of <see cref="TicksPerQuarter"/>.</summary>
public sealed record MidiSong(int BeatsPerMinute, int BeatsPerBar, IReadOnlyList<MidiPart> Parts)
{
    public const int TicksPerQuarter = 480;

    public int TicksPerBar => TicksPerQuarter * BeatsPerBar;

    public TimeSpan DurationOf(int ticks) => TimeSpan.FromSeconds(ticks * 60.0 / (BeatsPerMinute * (double)TicksPerQuarter));
}
