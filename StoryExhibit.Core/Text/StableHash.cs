namespace StoryExhibit.Core.Text;

/// <summary>
/// FNV-1a over a text's characters: the same text gives the same number in every process and on every machine
/// (<see cref="string.GetHashCode()"/> changes per process), so seeds, voices and rotations repeat for the same words.
/// </summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }

    /// <summary>A non-negative seed for <see cref="Random"/> or a provider's seed field.</summary>
    public static int Seed(string text) => (int)(Of(text) & 0x7FFFFFFF);
}
