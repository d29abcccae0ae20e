using System.Security.Cryptography;

namespace StoryExhibit.Core.Stories;

/// <summary>Human-friendly story codes such as <c>FOX-4821</c>: easy to read aloud and to type on a phone.</summary>
public static class SessionCodes
{
    private static readonly string[] Words =
    [
        "FOX", "OWL", "ELK", "YAK", "EMU", "BEE", "CAT", "DOG", "COD", "EEL", "APE", "BAT", "HEN", "RAM", "JAY",
        "KOI", "ANT", "BEAR", "WOLF", "LYNX", "HARE", "SEAL", "MOTH", "WREN", "DEER", "FROG", "TOAD", "LARK",
        "SWAN", "DOVE", "CROW", "HAWK", "MOLE", "NEWT", "PUMA", "LION", "ORCA", "KIWI", "IBIS", "GNU",
    ];

    public static string Create()
        => $"{Words[RandomNumberGenerator.GetInt32(Words.Length)]}-{RandomNumberGenerator.GetInt32(1000, 10000)}";

    /// <summary>Upper-cases and tidies what a visitor typed ("fox 4821" → "FOX-4821"); null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var letters = new string(typed.Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (letters.Length is < 2 or > 5 || digits.Length != 4) return null;
        return $"{letters}-{digits}";
    }
}
