using System.Security.Cryptography;

namespace StoryExhibit.Core.Stories;

/// <summary>
/// Story codes such as <c>OTTER-LANTERN-MANGO-48213</c>: three words from <see cref="SessionCodeWords"/> and five
/// digits, easy to read aloud and to type on a kiosk, and far too many to find by guessing (see <see cref="Bits"/>).
/// Stories from before have codes of one word and four digits (<c>FOX-4821</c>); those still open.
/// </summary>
public static class SessionCodes
{
    public const int WordsPerCode = 3;
    public const int Digits = 5;
    private const int OldDigits = 4;
    /// <summary>The longest code <see cref="Create"/> makes or <see cref="Normalize"/> returns, with room to spare.</summary>
    public const int MaxLength = 32;
    /// <summary>A code to show visitors what one looks like.</summary>
    public const string Example = "OTTER-LANTERN-MANGO-48213";
    /// <summary>What a code is, in words for visitors.</summary>
    public const string Shape = "three words and five digits";

    public static IReadOnlyList<string> Words => SessionCodeWords.All;

    // Five digits with no leading zero, leaving out numbers with a rude or hateful reading.
    private static readonly string[] Numbers = Enumerable.Range(10_000, 90_000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Where(n => !new[] { "69", "88", "420", "666", "1312" }.Any(n.Contains)).ToArray();

    /// <summary>How many different codes <see cref="Create"/> can make.</summary>
    public static double Combinations => Math.Pow(Words.Count, WordsPerCode) * Numbers.Length;

    /// <summary>The entropy of a new code in bits: log2 of <see cref="Combinations"/>.</summary>
    public static double Bits => Math.Log2(Combinations);

    public static string Create()
    {
        var words = Enumerable.Range(0, WordsPerCode).Select(_ => Words[RandomNumberGenerator.GetInt32(Words.Count)]);
        return $"{string.Join('-', words)}-{Numbers[RandomNumberGenerator.GetInt32(Numbers.Length)]}";
    }

    /// <summary>
    /// What a visitor typed, as a code: case, spaces, hyphens and missing separators do not matter ("otter lantern
    /// mango 48213", "OtterLanternMango48213" → "OTTER-LANTERN-MANGO-48213"; an old "fox 4821" → "FOX-4821"). Null when it
    /// cannot be a code.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 100) return null;
        var letters = new string(typed.Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == OldDigits && letters.Length is >= 2 and <= 5) return $"{letters}-{digits}"; // a code from before: one word and four digits
        if (digits.Length != Digits) return null;
        return SplitWords(letters) is { } words ? $"{string.Join('-', words)}-{digits}" : null;
    }

    /// <summary>Whether <paramref name="code"/> has the old, short shape of one word and four digits (about 18.5 bits).</summary>
    public static bool IsShort(string? code) => Normalize(code) is { } normalized && normalized.Count(c => c == '-') == 1;

    // No word begins another, so the first word that fits is the only one.
    private static List<string>? SplitWords(string letters)
    {
        var words = new List<string>(WordsPerCode);
        var at = 0;
        while (at < letters.Length && words.Count < WordsPerCode)
        {
            var word = Words.FirstOrDefault(w => at + w.Length <= letters.Length && string.CompareOrdinal(letters, at, w, 0, w.Length) == 0);
            if (word is null) return null;
            words.Add(word);
            at += word.Length;
        }
        return words.Count == WordsPerCode && at == letters.Length ? words : null;
    }
}
