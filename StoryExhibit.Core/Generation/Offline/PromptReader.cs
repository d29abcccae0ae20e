using System.Text;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Turns the visitor's own words (prompt, free-text choices) into safe, usable story material.</summary>
internal static partial class PromptReader
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
        "about", "who", "whom", "which", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
        "being", "am", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "should", "may",
        "might", "must", "shall", "not", "no", "so", "very", "just", "really", "some", "any", "all", "every", "my",
        "your", "his", "her", "its", "our", "their", "i", "you", "he", "she", "it", "we", "they", "me", "him", "us",
        "them", "story", "tale", "want", "wants", "like", "likes", "please", "write", "tell", "make", "where", "when",
        "what", "why", "how", "there", "here", "then", "than", "too", "also", "one", "once", "upon", "time", "gets",
        "get", "goes", "go", "finds", "find", "becomes", "become", "learns", "learn", "tries", "try", "wants", "who's",
        "afraid", "scared", "big", "small", "little", "new", "old", "lost", "best", "first", "last", "own", "because",
    };

    /// <summary>
    /// Visitor text without markup: a script or style element whole, other tags, a link's or picture's address (its words
    /// stay) and bare addresses. The page shows such text as text anyway; the storyteller should not make a hero of "img src".
    /// </summary>
    public static string WithoutMarkup(string? text)
    {
        var t = ScriptOrStyle().Replace(text ?? "", " ");
        t = Tag().Replace(t, " ");
        t = MarkdownLink().Replace(t, "$1");
        return Address().Replace(t, " ");
    }

    /// <summary>Visitor text made safe to print: one line, no markup or format markers, sensible length.</summary>
    public static string Clean(string? text, int maxLength = 140)
    {
        var t = Whitespace().Replace(WithoutMarkup(text), " ").Trim();
        t = t.Replace("#", "").Replace("THE END", "the end").Replace("“", "").Replace("”", "").Replace("\"", "");
        t = LeadingNumber().Replace(t, "").Trim();
        if (t.Length > maxLength)
        {
            var cut = t.LastIndexOf(' ', maxLength);
            t = t[..(cut > 20 ? cut : maxLength)];
        }
        return t.TrimEnd('.', '!', '?', ',', ';', ':', ' ');
    }

    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToArray();

    /// <summary>The prompt's content words, in order: the material the goal and motifs are built from.</summary>
    public static IReadOnlyList<string> Keywords(string prompt) =>
        Words(prompt).Where(w => w.Length > 2 && !StopWords.Contains(w)).Select(w => w.ToLowerInvariant()).Distinct().ToArray();

    public static string LowerFirst(string t) =>
        t.Length > 1 && char.IsUpper(t[0]) && !char.IsUpper(t[1]) && !t.StartsWith("I ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(t[0]) + t[1..]
            : t;

    public static string UpperFirst(string t) => t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];

    /// <summary>Rewrites a first- or second-person choice so the hero can be its subject.</summary>
    public static string ToThirdPerson(string choice, Pronouns hero)
    {
        var sb = new StringBuilder();
        foreach (var token in TokenPattern().Split(choice))
        {
            sb.Append(token.ToLowerInvariant() switch
            {
                "i" or "you" or "we" => hero.Subject,
                "me" or "us" => hero.Object,
                "my" or "your" or "our" => hero.Possessive,
                "myself" or "yourself" or "ourselves" => hero.Object,
                _ => token,
            });
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex ScriptOrStyle();
    [GeneratedRegex(@"</?[a-zA-Z!][^<>]{0,300}>")] private static partial Regex Tag();
    [GeneratedRegex(@"!?\[([^\[\]]{0,200})\]\((?:[^()\s]|\([^()\s]*\)){0,500}(\s+""[^""]*"")?\)")] private static partial Regex MarkdownLink();
    [GeneratedRegex(@"\b(?:(?:https?|ftp|javascript|data|vbscript|file):|www\.)\S*", RegexOptions.IgnoreCase)] private static partial Regex Address();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"^\d+[.)]\s*")] private static partial Regex LeadingNumber();
    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")] private static partial Regex WordPattern();
    [GeneratedRegex(@"(\b[\p{L}]+\b)")] private static partial Regex TokenPattern();
}
