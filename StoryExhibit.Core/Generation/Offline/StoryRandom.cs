namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// A small deterministic generator (SplitMix64). System.Random and string.GetHashCode are not
/// guaranteed stable across runtimes or processes, and stories must replay identically.
/// </summary>
internal sealed class StoryRandom
{
    private ulong _state;

    public StoryRandom(ulong seed) => _state = seed;

    public static StoryRandom From(params object[] parts) => new(Hash(parts));

    public static ulong Hash(params object[] parts)
    {
        ulong h = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var c in part?.ToString() ?? "")
            {
                h ^= c;
                h *= 1099511628211UL;
            }
            h ^= 0x1F;
            h *= 1099511628211UL;
        }
        return h;
    }

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int exclusiveMax) => exclusiveMax <= 1 ? 0 : (int)(NextULong() % (ulong)exclusiveMax);

    public bool Chance(double probability) => NextULong() % 10_000 < probability * 10_000;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public int[] Permutation(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
