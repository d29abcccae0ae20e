using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Analytics;

/// <summary>The themes visitors' comments are grouped under, found offline by keywords.</summary>
public static partial class CommentThemes
{
    public const string Story = "story";
    public const string Pictures = "pictures";
    public const string Narration = "narration";
    public const string Speed = "speed";
    public const string EaseOfUse = "ease of use";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Story, Pictures, Narration, Speed, EaseOfUse, Other];

    private static readonly (string Theme, HashSet<string> Words)[] Keywords =
    [
        (Pictures, Set("picture pictures image images illustration illustrations art artwork drawing drawings drawn colour colours color colors painting paintings style styles visual visuals photo")),
        (Narration, Set("voice voices narration narrator narrated audio sound sounds read reading aloud speak spoke speaking speech accent robotic listen listening hear heard")),
        (Speed, Set("slow slowly wait waiting waited long fast quick quickly speed took loading load lag laggy delay delays time forever seconds minutes")),
        (EaseOfUse, Set("easy hard confusing confused button buttons screen screens use using intuitive understand simple difficult navigate kiosk click clicking tap touch phone menu instructions")),
        // Last: "scene" or "end" also turn up in comments that are really about something else.
        (Story, Set("story stories plot ending endings end character characters tale tales choice choices branch branches twist twists scene scenes writing written storyteller adventure dragon hero plot")),
    ];

    /// <summary>The theme with the most keywords in <paramref name="comment"/>; the more specific theme wins a tie; <see cref="Other"/> when none.</summary>
    public static string Classify(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return Other;
        var words = Words().Matches(comment.ToLowerInvariant()).Select(m => m.Value).ToList();
        var best = Other;
        var bestHits = 0;
        foreach (var (theme, keywords) in Keywords)
        {
            var hits = words.Count(keywords.Contains);
            if (hits > bestHits) (best, bestHits) = (theme, hits);
        }
        return best;
    }

    /// <summary>The known theme a model's answer names ("Narration/voice" → narration), or null.</summary>
    public static string? Normalize(string? theme)
    {
        if (string.IsNullOrWhiteSpace(theme)) return null;
        var t = theme.Trim().ToLowerInvariant();
        if (All.Contains(t)) return t;
        if (t.Contains("voice") || t.Contains("narrat") || t.Contains("audio")) return Narration;
        if (t.Contains("picture") || t.Contains("image") || t.Contains("illustrat") || t.Contains("art")) return Pictures;
        if (t.Contains("speed") || t.Contains("wait") || t.Contains("slow")) return Speed;
        if (t.Contains("ease") || t.Contains("usab") || t.Contains("use")) return EaseOfUse;
        if (t.Contains("story") || t.Contains("plot")) return Story;
        return t == "none" || t == "general" ? Other : null;
    }

    /// <summary>How staff read a theme on the dashboard.</summary>
    public static string Label(string? theme) => theme switch
    {
        Story => "Story",
        Pictures => "Pictures",
        Narration => "Narration and voice",
        Speed => "Speed and waiting",
        EaseOfUse => "Ease of use",
        _ => "Other",
    };

    private static HashSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Words();
}
