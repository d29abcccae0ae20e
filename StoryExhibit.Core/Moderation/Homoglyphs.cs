namespace StoryExhibit.Core.Moderation;

/// <summary>Cyrillic and Greek letters that look like Latin ones, read as the Latin letter ("kіll" with a Cyrillic і is "kill").</summary>
internal static class Homoglyphs
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        // Cyrillic (lower case: text is lowered first)
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ԁ'] = 'd',
        ['ӏ'] = 'l', ['ɡ'] = 'g', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ь'] = 'b',
        // Greek
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p',
        ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w', ['γ'] = 'y', ['ς'] = 's', ['μ'] = 'u',
        // Latin oddities
        ['ı'] = 'i', ['ł'] = 'l', ['ø'] = 'o', ['đ'] = 'd', ['ħ'] = 'h',
    };

    public static char Map(char c) => LookAlikes.TryGetValue(c, out var latin) ? latin : c;
}
