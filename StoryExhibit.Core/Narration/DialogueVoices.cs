using System.Text.RegularExpressions;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// Gives a named character's quoted lines a voice of their own: recognises <c>"...," said Mira</c>,
/// <c>"...," Mira said</c> and <c>Mira said, "..."</c>, and picks the same voice for the same name every time
/// (a stable hash of the name over the list). Deliberately simple: pronouns ("she said") keep the narrator.
/// </summary>
public static partial class DialogueVoices
{
    /// <summary>Distinct espeak-ng voices (language + variant) for characters.</summary>
    public static IReadOnlyList<string> EspeakDefaults { get; } = ["en+m3", "en+f3", "en+m7", "en+f4", "en+m5", "en+f2"];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "I", "It", "We", "You", "The", "A", "An", "His", "Her", "Their", "Someone", "Everyone", "Nobody", "One", "And", "But", "Then",
    };

    /// <summary>The speaking character's name, when the sentence holds a quoted line attributed to one.</summary>
    public static string? SpeakerOf(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var pattern in (Regex[])[QuoteThenSaidName(), QuoteThenNameSaid(), NameSaidThenQuote()])
        {
            var m = pattern.Match(sentence);
            if (m.Success && !NotNames.Contains(m.Groups["name"].Value)) return m.Groups["name"].Value;
        }
        return null;
    }

    /// <summary>The voice for a character: the same name always gets the same voice from <paramref name="voices"/>.</summary>
    public static string VoiceFor(string name, IReadOnlyList<string> voices)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (voices is not { Count: > 0 }) throw new ArgumentException("At least one voice is needed.", nameof(voices));
        return voices[(int)(StableHash.Of(name.ToLowerInvariant()) % (uint)voices.Count)];
    }

    /// <summary>The speaker and their voice, or null when the narrator should read the sentence.</summary>
    public static (string Speaker, string Voice)? Pick(string sentence, IReadOnlyList<string>? voices)
    {
        if (voices is not { Count: > 0 }) return null;
        return SpeakerOf(sentence) is { } name ? (name, VoiceFor(name, voices)) : null;
    }

    private const string Verbs = "said|says|asked|asks|whispered|shouted|replied|called|cried|murmured|answered|added|muttered|laughed|yelled|exclaimed|breathed|sang";

    [GeneratedRegex("""[”"][,.!?—-]?\s*\b(?:""" + Verbs + """)\s+(?<name>[A-Z][\p{L}'-]+)""")]
    private static partial Regex QuoteThenSaidName();

    [GeneratedRegex("""[,!?.—-][”"]\s*(?<name>[A-Z][\p{L}'-]+)\s+(?:""" + Verbs + """)\b""")]
    private static partial Regex QuoteThenNameSaid();

    [GeneratedRegex("""(?:^|[\s(])(?<name>[A-Z][\p{L}'-]+)\s+(?:""" + Verbs + """)[,:]?\s*[“"]""")]
    private static partial Regex NameSaidThenQuote();
}
