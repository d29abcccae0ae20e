using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Songs;

/// <summary>
/// What a song may tell of its story: who is in it, where, the thing they carry, what the visitor chose to happen,
/// and whom the song is for; with the story's audience and rating, which the words respect.
/// </summary>
public sealed record SongStory
{
    public string Hero { get; init; } = "our hero";
    public IReadOnlyList<string> Cast { get; init; } = [];
    public string Place { get; init; } = "the land of stories";
    public string? Thing { get; init; }
    /// <summary>The choices taken on the way, oldest first, each a short phrase ("follow the fox").</summary>
    public IReadOnlyList<string> Deeds { get; init; } = [];
    public bool Ended { get; init; }
    public string Genre { get; init; } = "Adventure";
    public Audience Audience { get; init; } = Audience.Children;
    public ContentRating Rating { get; init; } = ContentRating.Gentle;

    /// <summary>A song with no story behind it (the /ask page): gentle, for everyone.</summary>
    public static SongStory Without(string? hero) => new() { Hero = hero ?? "our hero", Cast = hero is null ? [] : [hero] };

    /// <summary>The story's facts as a song tells them; <paramref name="wish"/> may name whom it is for.</summary>
    public static SongStory From(Story story, string? wish)
    {
        ArgumentNullException.ThrowIfNull(story);
        var seed = story.Seed;
        var cast = seed.Characters.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        var path = PathToCurrent(story);
        var taken = path.Where(s => s.ViaChoiceId is not null)
            .Select(s => story.Scenes.SelectMany(p => p.Choices).FirstOrDefault(c => c.Id == s.ViaChoiceId)?.Text)
            .OfType<string>().Select(Deed).OfType<string>().ToList();
        return new SongStory
        {
            Hero = SongWishes.NamedIn(wish, cast) ?? cast.FirstOrDefault() ?? "our hero",
            Cast = cast,
            Place = Phrase(seed.Place) ?? "the land of stories",
            Thing = Phrase(seed.StoryObject),
            Deeds = taken,
            Ended = path.LastOrDefault() is { IsEnding: true },
            Genre = seed.Genre,
            Audience = seed.Audience,
            Rating = seed.Rating,
        };
    }

    private static List<Scene> PathToCurrent(Story story)
    {
        var byId = story.Scenes.ToDictionary(s => s.Id);
        var path = new List<Scene>();
        for (var id = story.CurrentSceneId; id is { } at && byId.TryGetValue(at, out var scene) && path.Count <= byId.Count; id = scene.ParentId)
            path.Insert(0, scene);
        return path;
    }

    /// <summary>A choice as a short lower-case phrase a line can hold, or null when it is too long to sing.</summary>
    internal static string? Deed(string choice)
    {
        var words = choice.Trim().TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6) return null;
        words[0] = words[0].ToLowerInvariant();
        return string.Join(' ', words);
    }

    private static string? Phrase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().TrimEnd('.');
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6) return null;
        return char.IsUpper(t[0]) && !t.StartsWith("The ", StringComparison.Ordinal) ? t : LowerArticle(t);
    }

    private static string LowerArticle(string t) =>
        t.StartsWith("The ", StringComparison.Ordinal) || t.StartsWith("A ", StringComparison.Ordinal) || t.StartsWith("An ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(t[0]) + t[1..]
            : t.Contains(' ') || char.IsLower(t[0]) ? (t.StartsWith("the ", StringComparison.Ordinal) || t.StartsWith("a ", StringComparison.Ordinal) ? t : "the " + t) : t;
}
