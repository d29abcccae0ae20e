using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Stories;

/// <summary>Who the story is told for; it sets vocabulary and sentence length.</summary>
public enum Audience { Children, Teens, Adults }

/// <summary>The most intense content a story may contain: a ceiling, not a target.</summary>
public enum ContentRating { Gentle, Mild, Thrilling }

public enum EndingPreference { Happy, Bittersweet, Twist, Open, Surprise }

/// <summary>Everything a visitor chose before the first scene.</summary>
public sealed record StorySeed
{
    public required string Prompt { get; init; }
    public required string Genre { get; init; }
    public IReadOnlyList<string> Characters { get; init; } = [];
    public string? Place { get; init; }
    public string? StoryObject { get; init; }
    public Audience Audience { get; init; } = Audience.Teens;
    public ContentRating Rating { get; init; } = ContentRating.Mild;
    public EndingPreference Ending { get; init; } = EndingPreference.Happy;
    /// <summary>How many scenes the arc is planned over (opening to resolution).</summary>
    public int Length { get; init; } = 6;
    /// <summary>How the scenes are illustrated.</summary>
    public ArtStyle ArtStyle { get; init; } = ArtStyle.Storybook;
    /// <summary>Makes the offline storyteller reproducible.</summary>
    public int RandomSeed { get; init; }
}

public static class Genres
{
    public static readonly IReadOnlyList<string> All =
    [
        "Fantasy", "Science fiction", "Mystery", "Adventure", "Fairy tale", "Ghost story", "Comedy", "Myth and legend",
    ];
}
