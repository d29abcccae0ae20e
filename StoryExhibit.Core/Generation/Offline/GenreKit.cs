namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// The raw material one genre brings: names, places, motifs and the sensory details that give its
/// scenes their flavour. Noun phrases carry their own article where one belongs ("the old mill").
/// </summary>
internal sealed record GenreKit
{
    public required string Name { get; init; }
    /// <summary>The kind of place the genre's own imagery belongs to; elsewhere only the place's imagery is used.</summary>
    public required Ideas.Setting Home { get; init; }
    public required string[] GirlNames { get; init; }
    public required string[] BoyNames { get; init; }
    public required string[] Places { get; init; }
    /// <summary>Objects without an article: "silver compass".</summary>
    public required string[] Objects { get; init; }
    /// <summary>What the object can do, after "could": "show the way home".</summary>
    public required string[] ObjectGifts { get; init; }
    /// <summary>Companion kinds with article: "a talking fox".</summary>
    public required string[] CompanionKinds { get; init; }
    public required string[] CompanionNames { get; init; }
    /// <summary>Someone met on the way, with article: "an old mapmaker".</summary>
    public required string[] Strangers { get; init; }
    /// <summary>Obstacles by content rating, without article: "grumpy troll".</summary>
    public required string[] GentleFoes { get; init; }
    public required string[] MildFoes { get; init; }
    public required string[] ThrillingFoes { get; init; }
    public required string[] Landmarks { get; init; }
    public required string[] Sights { get; init; }
    public required string[] Sounds { get; init; }
    public required string[] Smells { get; init; }
    /// <summary>The genre's signature mood, used as a noun: "old magic".</summary>
    public required string[] Motifs { get; init; }
    /// <summary>What the hero sets out to do, before "the {key}": "uncover the secret of".</summary>
    public required string[] GoalVerbs { get; init; }

    public string[] FoesFor(Stories.ContentRating rating) => rating switch
    {
        Stories.ContentRating.Gentle => GentleFoes,
        Stories.ContentRating.Mild => MildFoes,
        _ => ThrillingFoes,
    };

    public static GenreKit For(string genre)
    {
        var g = (genre ?? "").Trim().ToLowerInvariant();
        foreach (var kit in GenreCatalog.All)
            if (kit.Name.Equals(g, StringComparison.OrdinalIgnoreCase)) return kit;
        foreach (var (word, name) in Hints)
            if (g.Contains(word, StringComparison.Ordinal))
                return GenreCatalog.All.First(k => k.Name == name);
        return GenreCatalog.All[(int)(StoryRandom.Hash(g) % (ulong)GenreCatalog.All.Count)];
    }

    private static readonly (string Word, string Name)[] Hints =
    [
        ("space", "Science fiction"), ("sci", "Science fiction"), ("robot", "Science fiction"), ("future", "Science fiction"),
        ("detective", "Mystery"), ("myster", "Mystery"), ("crime", "Mystery"),
        ("ghost", "Ghost story"), ("spook", "Ghost story"), ("horror", "Ghost story"), ("haunt", "Ghost story"),
        ("fairy", "Fairy tale"), ("princess", "Fairy tale"),
        ("funny", "Comedy"), ("comed", "Comedy"), ("humor", "Comedy"), ("humour", "Comedy"),
        ("myth", "Myth and legend"), ("legend", "Myth and legend"), ("gods", "Myth and legend"),
        ("magic", "Fantasy"), ("dragon", "Fantasy"), ("fantas", "Fantasy"),
        ("advent", "Adventure"), ("pirate", "Adventure"), ("explor", "Adventure"),
    ];
}
