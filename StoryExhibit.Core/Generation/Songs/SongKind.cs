using System.Text.RegularExpressions;
using StoryExhibit.Core.Generation.Music;

namespace StoryExhibit.Core.Generation.Songs;

/// <summary>The kinds of song the exhibit writes; each has its own words, key, tempo and backing mood.</summary>
public enum SongKind { Lullaby, Adventure, Funny, Sad }

/// <summary>Reads a visitor's wish ("a lullaby for Pip", "sing a silly song about the dragon").</summary>
public static partial class SongWishes
{
    private static readonly (SongKind Kind, string[] Words)[] KindWords =
    [
        (SongKind.Lullaby, ["lullaby", "lullabye", "sleep", "sleepy", "bedtime", "goodnight", "night-night", "dream", "cradle", "hush", "calm", "quiet", "soft"]),
        (SongKind.Funny, ["funny", "silly", "joke", "jokey", "laugh", "giggle", "goofy", "daft", "wacky", "comic", "fun"]),
        (SongKind.Sad, ["sad", "sorrow", "lonely", "cry", "crying", "goodbye", "miss", "missing", "blue", "lament", "tears"]),
        (SongKind.Adventure, ["adventure", "brave", "hero", "heroic", "quest", "march", "epic", "battle", "journey", "bold", "victory"]),
    ];

    /// <summary>The kind the wish names; otherwise one that suits the story's genre.</summary>
    public static SongKind KindOf(string? wish, string? genre = null)
    {
        var words = Words(wish ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, names) in KindWords)
            if (names.Any(words.Contains)) return kind;
        return genre switch
        {
            "Comedy" => SongKind.Funny,
            "Fairy tale" => SongKind.Lullaby,
            _ => SongKind.Adventure,
        };
    }

    /// <summary>
    /// Whom the song is for: a cast member the wish names, else a short name after "for"/"about"/"to" ("for Pip",
    /// "about Captain Bo"); null when the wish names nobody.
    /// </summary>
    public static string? NamedIn(string? wish, IReadOnlyList<string> cast)
    {
        if (string.IsNullOrWhiteSpace(wish)) return null;
        foreach (var name in cast)
            if (!string.IsNullOrWhiteSpace(name) && Regex.IsMatch(wish, $@"\b{Regex.Escape(name.Trim())}\b", RegexOptions.IgnoreCase)) return name.Trim();
        var match = ForName().Match(wish);
        return match.Success ? match.Groups["name"].Value : null;
    }

    public static MusicCue BackingFor(SongKind kind) => kind switch
    {
        SongKind.Lullaby => new MusicCue(MusicMood.Calm, MusicTheme.Calm),
        SongKind.Funny => new MusicCue(MusicMood.Playful, MusicTheme.Cartoon),
        SongKind.Sad => new MusicCue(MusicMood.Sad, MusicTheme.Cinematic),
        _ => new MusicCue(MusicMood.Triumphant, MusicTheme.Cinematic),
    };

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex WordPattern();

    // A capitalised name of one or two words; "for the king" names nobody.
    [GeneratedRegex(@"\b(?:for|about|to)\s+(?<name>\p{Lu}[\p{L}'-]{1,20}(?:\s\p{Lu}[\p{L}'-]{1,20})?)")]
    private static partial Regex ForName();
}
