using System.Text;

namespace StoryExhibit.Core.Generation.Music.Midi;

/// <summary>
/// Writes a <see cref="MidiSong"/> as a Standard MIDI File, format 1: a first track with the tempo and metre, then one
/// track per part. At the same tick a note's end comes before the next note's start, so repeated keys sound again.
/// </summary>
public static class MidiFileWriter
{
    public static byte[] Write(MidiSong song)
    {
        ArgumentNullException.ThrowIfNull(song);
        using var file = new MemoryStream();
        Chunk(file, "MThd", [0, 1, .. BigEndian16(song.Parts.Count + 1), .. BigEndian16(MidiSong.TicksPerQuarter)]);
        Chunk(file, "MTrk", ConductorTrack(song));
        foreach (var part in song.Parts) Chunk(file, "MTrk", PartTrack(part));
        return file.ToArray();
    }

    private static byte[] ConductorTrack(MidiSong song)
    {
        var microsPerQuarter = 60_000_000 / song.BeatsPerMinute;
        var events = new List<(int Tick, int Order, byte[] Bytes)>
        {
            (0, 0, [0xFF, 0x51, 3, (byte)(microsPerQuarter >> 16), (byte)(microsPerQuarter >> 8), (byte)microsPerQuarter]),
            (0, 0, [0xFF, 0x58, 4, (byte)song.BeatsPerBar, 2, 24, 8]),
        };
        return Encode(events);
    }

    private static byte[] PartTrack(MidiPart part)
    {
        if (part.Channel is < 0 or > 15) throw new ArgumentOutOfRangeException(nameof(part), "A MIDI channel is 0 to 15.");
        var c = (byte)part.Channel;
        var name = Encoding.ASCII.GetBytes(part.Name);
        var events = new List<(int Tick, int Order, byte[] Bytes)>
        {
            (0, 0, [0xFF, 0x03, .. VariableLength(name.Length), .. name]),
            (0, 1, [(byte)(0xC0 | c), (byte)Math.Clamp(part.Program, 0, 127)]),
        };
        events.AddRange(part.Controls.Select(m => (m.Tick, 2, new[] { (byte)(0xB0 | c), (byte)m.Controller, Clamp7(m.Value) })));
        foreach (var note in part.Notes)
        {
            if (note.Length <= 0 || note.Start < 0) throw new ArgumentOutOfRangeException(nameof(part), "A note starts at or after 0 and lasts at least a tick.");
            events.Add((note.Start, 4, [(byte)(0x90 | c), Clamp7(note.Key), (byte)Math.Clamp(note.Velocity, 1, 127)]));
            events.Add((note.Start + note.Length, 3, [(byte)(0x80 | c), Clamp7(note.Key), 0]));
        }
        return Encode(events);
    }

    private static byte[] Encode(List<(int Tick, int Order, byte[] Bytes)> events)
    {
        using var track = new MemoryStream();
        var last = 0;
        foreach (var (tick, _, bytes) in events.OrderBy(e => e.Tick).ThenBy(e => e.Order))
        {
            track.Write(VariableLength(tick - last));
            track.Write(bytes);
            last = tick;
        }
        track.Write([0, 0xFF, 0x2F, 0]);
        return track.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] body)
    {
        file.Write(Encoding.ASCII.GetBytes(type));
        file.Write([(byte)(body.Length >> 24), (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length]);
        file.Write(body);
    }

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte Clamp7(int value) => (byte)Math.Clamp(value, 0, 127);

    /// <summary>MIDI's variable-length quantity: seven bits a byte, most significant first, the high bit set on all but the last.</summary>
    internal static byte[] VariableLength(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var bytes = new Stack<byte>();
        bytes.Push((byte)(value & 0x7F));
        while ((value >>= 7) > 0) bytes.Push((byte)(0x80 | (value & 0x7F)));
        return [.. bytes];
    }
}
