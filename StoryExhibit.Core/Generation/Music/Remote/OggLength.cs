namespace StoryExhibit.Core.Generation.Music.Remote;

/// <summary>How long an Ogg Opus file plays: the last page's granule position (always 48 kHz for Opus) less the pre-skip.</summary>
public static class OggLength
{
    public static TimeSpan Of(ReadOnlySpan<byte> ogg)
    {
        if (ogg.Length < 47 || !ogg[..4].SequenceEqual("OggS"u8)) return TimeSpan.Zero;
        // The first page carries OpusHead; its pre-skip is the samples to drop at the start.
        var head = ogg.IndexOf("OpusHead"u8);
        var preSkip = head >= 0 && head + 12 <= ogg.Length ? ogg[head + 10] | ogg[head + 11] << 8 : 0;
        var last = ogg.LastIndexOf("OggS"u8);
        if (last < 0 || last + 14 > ogg.Length) return TimeSpan.Zero;
        var granule = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(ogg.Slice(last + 6, 8));
        return granule <= preSkip ? TimeSpan.Zero : TimeSpan.FromSeconds((granule - preSkip) / 48000.0);
    }
}
