using System.IO.MemoryMappedFiles;
using System.Text;

namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>
/// One of WordNet's database files, memory-mapped and read where asked: a line at a byte offset (the data files), or
/// the line for a key by binary search (the index files, sorted by their first field in byte order, as <c>wn</c> reads them).
/// </summary>
internal sealed class WordNetFile : IDisposable
{
    private const int Chunk = 512;
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;

    public WordNetFile(string path)
    {
        Length = new FileInfo(path).Length;
        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        _view = _map.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
    }

    public long Length { get; }

    /// <summary>The line starting at <paramref name="offset"/>, without its line break.</summary>
    public string LineAt(long offset)
    {
        var bytes = new List<byte>(Chunk);
        var buffer = new byte[Chunk];
        for (var at = offset; at < Length; at += Chunk)
        {
            var count = _view.ReadArray(at, buffer, 0, (int)Math.Min(Chunk, Length - at));
            var end = Array.IndexOf(buffer, (byte)'\n', 0, count);
            bytes.AddRange(buffer.AsSpan(0, end < 0 ? count : end));
            if (end >= 0) break;
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>The index line whose first field is <paramref name="key"/>, or null.</summary>
    public string? Find(string key)
    {
        var start = LowerBound(key);
        if (start >= Length) return null;
        var line = LineAt(start);
        return line.Length > key.Length && line[key.Length] == ' ' && line.StartsWith(key, StringComparison.Ordinal) ? line : null;
    }

    /// <summary>The index lines whose first field starts with <paramref name="prefix"/>, in order, at most <paramref name="limit"/>.</summary>
    public IEnumerable<string> StartingWith(string prefix, int limit)
    {
        var at = LowerBound(prefix);
        for (var n = 0; n < limit && at < Length; n++)
        {
            var line = LineAt(at);
            if (!line.StartsWith(prefix, StringComparison.Ordinal)) yield break;
            yield return line;
            at += Encoding.UTF8.GetByteCount(line) + 1;
        }
    }

    /// <summary>The offset of the first line whose first field is not below <paramref name="key"/> in byte order (or the length).</summary>
    private long LowerBound(string key)
    {
        var target = Encoding.UTF8.GetBytes(key);
        long low = 0, high = Length;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            var lineStart = StartOfLineAt(mid);
            var field = FieldAt(lineStart);
            // The licence lines at the top start with a space and sort before every word.
            if (Compare(field, target) < 0) low = NextLine(lineStart);
            else high = lineStart;
        }
        return low;
    }

    private long StartOfLineAt(long position)
    {
        while (position > 0 && _view.ReadByte(position - 1) != (byte)'\n') position--;
        return position;
    }

    private long NextLine(long lineStart)
    {
        var at = lineStart;
        while (at < Length && _view.ReadByte(at) != (byte)'\n') at++;
        return Math.Min(at + 1, Length);
    }

    private byte[] FieldAt(long lineStart)
    {
        var field = new List<byte>(32);
        for (var at = lineStart; at < Length; at++)
        {
            var b = _view.ReadByte(at);
            if (b is (byte)' ' or (byte)'\n') break;
            field.Add(b);
        }
        return field.ToArray();
    }

    private static int Compare(byte[] field, byte[] key) => field.AsSpan().SequenceCompareTo(key);

    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
    }
}
