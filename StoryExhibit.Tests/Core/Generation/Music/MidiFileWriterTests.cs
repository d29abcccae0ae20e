using System.Buffers.Binary;
using System.Text;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Midi;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>The Standard MIDI File writer, read back by a small parser of the format written here.</summary>
public sealed class MidiFileWriterTests
{
    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(0x7F, new byte[] { 0x7F })]
    [InlineData(0x80, new byte[] { 0x81, 0x00 })]
    [InlineData(0x3FFF, new byte[] { 0xFF, 0x7F })]
    [InlineData(0x200000, new byte[] { 0x81, 0x80, 0x80, 0x00 })]
    public void Delta_times_are_variable_length_quantities(int value, byte[] expected) => Assert.Equal(expected, MidiFileWriter.VariableLength(value));

    [Fact]
    public void A_song_reads_back_with_its_tempo_programs_and_every_note()
    {
        var song = new MidiSong(90, 4,
        [
            new MidiPart("Lead", 2, 73, [new(0, 480, 72, 90), new(480, 480, 72, 80), new(960, 960, 76, 70)], [new(0, 7, 100)]),
            new MidiPart("Bass", 1, 32, [new(0, 1920, 36, 70)], []),
        ]);
        var file = Read(MidiFileWriter.Write(song));

        Assert.Equal((1, 3, MidiSong.TicksPerQuarter), (file.Format, file.Tracks.Count, file.Division));
        Assert.Equal(60_000_000 / 90, file.MicrosPerQuarter);
        var lead = file.Tracks[1];
        Assert.Equal("Lead", lead.Name);
        Assert.Equal((2, 73), (lead.Channel, lead.Program));
        // The repeated C sounds twice: its first note ends before the second starts, at the same tick.
        Assert.Equal([(0, 480, 72), (480, 480, 72), (960, 960, 76)], lead.Notes);
        Assert.Equal([(0, 1920, 36)], file.Tracks[2].Notes);
        Assert.True(file.Tracks.All(t => t.Ended), "every track ends with End of Track");
    }

    [Fact]
    public void A_composed_loop_reads_back_note_for_note()
    {
        var song = LoopComposerForTests.Compose(MusicMood.Playful, MusicTheme.Cartoon);
        var file = Read(MidiFileWriter.Write(song));
        Assert.Equal(song.Parts.Count + 1, file.Tracks.Count);
        for (var i = 0; i < song.Parts.Count; i++)
        {
            Assert.Equal(song.Parts[i].Program, file.Tracks[i + 1].Program);
            Assert.Equal(song.Parts[i].Notes.Select(n => (n.Start, n.Length, n.Key)).Order(), file.Tracks[i + 1].Notes.Order());
        }
    }

    internal sealed record ReadTrack(string Name, int Channel, int Program, List<(int Start, int Length, int Key)> Notes, bool Ended);
    internal sealed record ReadFile(int Format, int Division, int MicrosPerQuarter, List<ReadTrack> Tracks);

    /// <summary>A reader for what the writer emits: chunks, delta times, running status not used.</summary>
    internal static ReadFile Read(byte[] bytes)
    {
        Assert.Equal("MThd", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(6, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4)));
        var format = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(8));
        var count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(10));
        var division = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(12));
        var at = 14;
        var tracks = new List<ReadTrack>();
        var tempo = 0;
        for (var t = 0; t < count; t++)
        {
            Assert.Equal("MTrk", Encoding.ASCII.GetString(bytes, at, 4));
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 4));
            var end = at + 8 + length;
            var p = at + 8;
            int tick = 0, channel = -1, program = -1;
            var name = "";
            var ended = false;
            var open = new Dictionary<int, int>();
            var notes = new List<(int, int, int)>();
            while (p < end)
            {
                tick += Vlq(bytes, ref p);
                var status = bytes[p++];
                if (status == 0xFF)
                {
                    var type = bytes[p++];
                    var size = Vlq(bytes, ref p);
                    if (type == 0x03) name = Encoding.ASCII.GetString(bytes, p, size);
                    if (type == 0x51) tempo = bytes[p] << 16 | bytes[p + 1] << 8 | bytes[p + 2];
                    if (type == 0x2F) ended = true;
                    p += size;
                    continue;
                }
                channel = status & 0x0F;
                switch (status & 0xF0)
                {
                    case 0xC0: program = bytes[p++]; break;
                    case 0xB0: p += 2; break;
                    case 0x90: open.Add(bytes[p], tick); p += 2; break;
                    case 0x80: notes.Add((open[bytes[p]], tick - open[bytes[p]], bytes[p])); open.Remove(bytes[p]); p += 2; break;
                    default: throw new InvalidDataException($"Unexpected status {status:X2}");
                }
            }
            Assert.Empty(open);
            tracks.Add(new ReadTrack(name, channel, program, notes, ended));
            at = end;
        }
        Assert.Equal(bytes.Length, at);
        return new ReadFile(format, division, tempo, tracks);
    }

    private static int Vlq(byte[] bytes, ref int p)
    {
        var value = 0;
        byte b;
        do { b = bytes[p++]; value = value << 7 | b & 0x7F; } while ((b & 0x80) != 0);
        return value;
    }
}

internal static class LoopComposerForTests
{
    public static MidiSong Compose(MusicMood mood, MusicTheme theme) => StoryExhibit.Core.Generation.Music.Composition.LoopComposer.Compose(new MusicCue(mood, theme));
}
