using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Grammar;

namespace StoryExhibit.Core.Writer;

/// <summary>
/// Tells the offline storyteller's scenes in the first person. The hero is replaced in the story world by placeholder
/// words only this class writes (a name and three pronouns), which the composer places exactly where the hero is meant;
/// they then become "I", "me" and "my" by where they stand in the sentence. Other characters keep their names and pronouns.
/// </summary>
internal static partial class FirstPersonVoice
{
    private const string Name = "Qxnarrator";
    private static readonly Pronouns Marks = new("qxi", "qxme", "qxmy");

    /// <summary>The world with the narrator as its hero.</summary>
    public static StoryWorld Retell(StoryWorld world) =>
        world with { HeroCharacter = new Character(Name, Name, Marks), HeroIntro = null };

    /// <summary>A path step or summary that names the hero, as the composer reads it once the narrator is the hero.</summary>
    public static string ForPath(string text, string heroName) =>
        heroName.Length == 0 ? text : Regex.Replace(text, $@"\b{Regex.Escape(heroName)}\b", Name);

    public static string Apply(string prose)
    {
        prose = Possessive().Replace(prose, "my");
        prose = Subject().Replace(prose, "I");
        prose = Object().Replace(prose, "me");
        prose = NameMention().Replace(prose, m => SubjectPlace(prose, m.Index) || VerbFollows(prose, m.Index + m.Length) ? "I" : "me");
        prose = IAm().Replace(prose, "I am");
        prose = IHave().Replace(prose, "I have");
        prose = IDo().Replace(prose, "I do");
        return SentenceStart().Replace(prose, "M");
    }

    /// <summary>True when the word at <paramref name="index"/> is a subject: it opens a sentence or clause, or follows a verb of saying.</summary>
    private static bool SubjectPlace(string text, int index)
    {
        var before = text[..index].TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or '!' or '?' or '“' or '"' or ',' or ';' or ':' or '—') return true;
        var word = LastWord().Match(before).Value.ToLowerInvariant();
        if (SpeechVerbs.Contains(word)) return EndsClause(text, index); // "said Mira." but "asked Mira to wait"
        return ClauseOpeners.Contains(word);
    }

    /// <summary>True when a verb comes next ("At last Mira understood"): what comes before a verb is its subject.</summary>
    private static bool VerbFollows(string text, int end)
    {
        var next = NextWord().Match(text, end).Groups[1].Value.ToLowerInvariant();
        return next.EndsWith("ed", StringComparison.Ordinal) || Verbs.Contains(next);
    }

    private static readonly HashSet<string> Verbs =
    [
        "was", "had", "could", "would", "should", "might", "must", "did", "felt", "knew", "saw", "understood", "took", "made",
        "found", "thought", "went", "came", "ran", "gave", "held", "stood", "said", "began", "kept", "let", "set", "told",
        "heard", "caught", "brought", "sat", "led", "left", "spoke", "grew", "drew", "chose", "won", "hid", "swam", "climbed",
    ];

    private static readonly HashSet<string> ClauseOpeners =
    [
        "and", "but", "as", "when", "while", "because", "so", "until", "then", "that", "where", "before", "after", "though",
        "although", "if", "since", "or", "once", "whenever",
    ];

    private static readonly HashSet<string> SpeechVerbs =
    [
        "said", "asked", "whispered", "replied", "called", "cried", "shouted", "answered", "murmured", "added", "laughed", "admitted", "agreed", "wondered",
    ];

    private static bool EndsClause(string text, int index)
    {
        var end = text.IndexOfAny([' ', '.', ',', '!', '?', ';'], index);
        return end >= 0 && text[end] is '.' or ',' or '!' or '?' or ';';
    }

    [GeneratedRegex(@"\b(?:Qxnarrator’s|Qxnarrator's|qxmy’s|qxmy)(?![\p{L}])", RegexOptions.IgnoreCase)] private static partial Regex Possessive();
    [GeneratedRegex(@"\bqxi\b", RegexOptions.IgnoreCase)] private static partial Regex Subject();
    [GeneratedRegex(@"\bqxme\b", RegexOptions.IgnoreCase)] private static partial Regex Object();
    [GeneratedRegex(@"\bQxnarrator\b", RegexOptions.IgnoreCase)] private static partial Regex NameMention();
    [GeneratedRegex(@"\bI is\b")] private static partial Regex IAm();
    [GeneratedRegex(@"\bI has\b")] private static partial Regex IHave();
    [GeneratedRegex(@"\bI does\b")] private static partial Regex IDo();
    [GeneratedRegex(@"[\p{L}’']+$")] private static partial Regex LastWord();
    [GeneratedRegex(@"\G\s+(\p{L}+)")] private static partial Regex NextWord();
    [GeneratedRegex(@"(?:^|(?<=[.!?…]\s+)|(?<=“)|(?<=\n))m(?=y\b|e\b)", RegexOptions.Multiline)] private static partial Regex SentenceStart();
}
