using System.Buffers.Binary;

namespace StoryExhibit.Core.Generation.Speech;

/// <summary>Reads (and repairs) the header of a RIFF/WAVE file.</summary>
public static class WavFile
{
    public const string MediaType = "audio/wav";

    /// <summary>True when <paramref name="bytes"/> starts like a RIFF/WAVE file.</summary>
    public static bool IsWav(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WAVE"u8);

    /// <summary>
    /// Playing time of a PCM WAV file, from its "fmt " byte rate and the data actually present (a streamed
    /// header, as espeak-ng writes to stdout, carries a placeholder size). Null when the header is unreadable.
    /// </summary>
    public static TimeSpan? Duration(ReadOnlySpan<byte> bytes) =>
        TryReadLayout(bytes, out var byteRate, out var dataStart, out _) && byteRate > 0
            ? TimeSpan.FromSeconds((double)(bytes.Length - dataStart) / byteRate)
            : null;

    /// <summary>
    /// Rewrites the RIFF and data chunk sizes to match the bytes actually present, so players that trust the
    /// header (rather than reading to the end) play the whole sentence and no further.
    /// </summary>
    public static void FixSizes(Span<byte> bytes)
    {
        if (!TryReadLayout(bytes, out _, out var dataStart, out var dataSizeOffset)) return;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..8], (uint)(bytes.Length - 8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[dataSizeOffset..(dataSizeOffset + 4)], (uint)(bytes.Length - dataStart));
    }

    private static bool TryReadLayout(ReadOnlySpan<byte> bytes, out int byteRate, out int dataStart, out int dataSizeOffset)
    {
        byteRate = 0;
        dataStart = 0;
        dataSizeOffset = 0;
        if (!IsWav(bytes)) return false;
        var pos = 12;
        while (pos + 8 <= bytes.Length)
        {
            var id = bytes.Slice(pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(pos + 4, 4));
            if (id.SequenceEqual("fmt "u8) && pos + 8 + 16 <= bytes.Length)
                byteRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(pos + 8 + 8, 4));
            else if (id.SequenceEqual("data"u8))
            {
                dataSizeOffset = pos + 4;
                dataStart = pos + 8;
                return byteRate > 0;
            }
            var next = pos + 8L + size + (size & 1);
            if (next > bytes.Length) return false;
            pos = (int)next;
        }
        return false;
    }
}
