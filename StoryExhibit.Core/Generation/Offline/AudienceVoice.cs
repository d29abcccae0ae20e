using System.Text.RegularExpressions;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// How the story sounds for its audience: which template alternative is used, which word for an idea,
/// and whether neighbouring sentences are woven into longer ones.
/// </summary>
internal sealed partial class AudienceVoice(Audience audience, IReadOnlySet<string> properNames)
{
    public Audience Audience { get; } = audience;

    private int Level => (int)Audience;

    /// <summary>Picks from "[simple|rich]" or "[children|teens|adults]" alternatives.</summary>
    public string Choose(string[] options, StoryRandom rng) => options.Length switch
    {
        1 => options[0],
        2 => Audience switch { Audience.Children => options[0], Audience.Adults => options[1], _ => options[rng.Next(2)] },
        _ => options[Math.Min(Level, options.Length - 1)],
    };

    public string Word(string key) =>
        Vocabulary.TryGetValue(key, out var forms) ? forms[Level] : key;

    /// <summary>Older audiences get some sentences joined, so their prose flows in longer lines.</summary>
    public List<string> Weave(IReadOnlyList<string> sentences, StoryRandom rng)
    {
        var chance = Audience switch { Audience.Adults => 0.55, Audience.Teens => 0.2, _ => 0.0 };
        var result = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var a = sentences[i];
            // Two sentences that already have asides of their own would make one hard to follow.
            if (i + 1 < sentences.Count && CanJoin(a) && CanJoin(sentences[i + 1]) && Commas(a) + Commas(sentences[i + 1]) <= 1
                && rng.Chance(chance))
            {
                var b = sentences[++i];
                var joiner = rng.Chance(0.6) ? ", and " : "; ";
                result.Add(a[..^1] + joiner + LowerLead(b));
            }
            else result.Add(a);
        }
        return result;
    }

    private static int Commas(string s) => s.Count(c => c == ',');

    private static bool CanJoin(string s) =>
        s.EndsWith('.') && !s.Contains('“') && !s.Contains(':') && !s.Contains(';') && s.Length < 150;

    private string LowerLead(string s)
    {
        var first = FirstWord().Match(s).Value;
        return properNames.Contains(first) || first == "I" ? s : char.ToLowerInvariant(s[0]) + s[1..];
    }

    [GeneratedRegex(@"^[\p{L}-]+")] private static partial Regex FirstWord();

    private static readonly Dictionary<string, string[]> Vocabulary = new()
    {
        ["big"] = ["big", "huge", "immense"],
        ["small"] = ["small", "tiny", "diminutive"],
        ["happy"] = ["happy", "delighted", "elated"],
        ["sad"] = ["sad", "gloomy", "melancholy"],
        ["quiet"] = ["quiet", "hushed", "still and watchful"],
        ["bright"] = ["bright", "brilliant", "luminous"],
        ["dark"] = ["dark", "shadowy", "crepuscular"],
        ["old"] = ["old", "ancient", "time-worn"],
        ["strange"] = ["odd", "strange", "uncanny"],
        ["beautiful"] = ["pretty", "beautiful", "exquisite"],
        ["looked"] = ["looked", "gazed", "peered"],
        ["walked"] = ["walked", "made their way", "picked their way"],
        ["said"] = ["said", "murmured", "remarked"],
        ["fast"] = ["fast", "swiftly", "with astonishing swiftness"],
        ["surprised"] = ["surprised", "astonished", "thoroughly astonished"],
        ["careful"] = ["careful", "cautious", "circumspect"],
        ["idea"] = ["idea", "plan", "notion"],
        ["wonderful"] = ["wonderful", "amazing", "marvellous"],
        ["shone"] = ["shone", "gleamed", "shimmered"],
        ["thought"] = ["thought", "wondered", "pondered"],
        ["tired"] = ["tired", "weary", "bone-weary"],
        ["brave"] = ["brave", "bold", "undaunted"],
        ["clue"] = ["clue", "clue", "telling detail"],
        ["calm"] = ["calm", "steady", "composed"],
    };
}
