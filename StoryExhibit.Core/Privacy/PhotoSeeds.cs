using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Privacy;

/// <summary>
/// Turns a photo's measured colours into a story seed: the light sets the mood and the genre (warm and bright is a
/// sunny adventure, dark and cool a mystery at night...), and the dominant colours are named in the idea
/// ("a story in a place of deep blues and amber light").
/// </summary>
public static class PhotoSeeds
{
    private sealed record Mood(string Genre, string Opening, string Place, ArtStyle Style);

    public static StorySeed Create(PhotoColours measured)
    {
        if (measured.Problem() is { } problem) throw new ArgumentException(problem, nameof(measured));
        var photo = measured.Clamped();
        var mood = MoodOf(photo);
        // One name per hue: "deep greens and green light" says less than "deep greens".
        var names = photo.Colours.OrderByDescending(c => c.Share).Select(ColourNames.For).DistinctBy(n => n.Split(' ')[^1]).Take(3).ToList();
        var shade = photo.Contrast switch { > 0.55 => "long, sharp shadows", < 0.2 => "soft mist", _ => "quiet corners" };
        var prompt = $"{mood.Opening} in a place of {Colours(names)}, with {shade}.";
        return new StorySeed
        {
            Prompt = prompt,
            Genre = mood.Genre,
            Place = mood.Place,
            ArtStyle = mood.Style,
            RandomSeed = HashCode.Combine(Math.Round(photo.Brightness, 3), Math.Round(photo.Warmth, 3), Math.Round(photo.Contrast, 3), string.Join(",", names)),
        };
    }

    private static Mood MoodOf(PhotoColours photo)
    {
        var bright = photo.Brightness >= 0.55;
        var dark = photo.Brightness < 0.35;
        var warm = photo.Warmth > 0.08;
        var cool = photo.Warmth < -0.08;
        return (bright, dark, warm, cool) switch
        {
            (true, _, true, _) => new("Adventure", "A sunny adventure", "a sunlit harbour town", ArtStyle.Storybook),
            (true, _, _, true) => new("Fantasy", "A bright fantasy on a cool, clear morning", "a valley of ice crystals", ArtStyle.Watercolour),
            (_, true, _, true) => new("Mystery", "A mystery at night", "a moonlit old town", ArtStyle.Noir),
            (_, true, true, _) => new("Ghost story", "A lantern-lit tale after dark", "an old house lit by candles", ArtStyle.OilPainting),
            (_, true, _, _) => new("Mystery", "A mystery in the dark", "a shadowy museum at closing time", ArtStyle.Noir),
            _ when photo.Saturation > 0.45 => new("Fairy tale", "A colourful fairy tale", "a painted village", ArtStyle.Storybook),
            _ when warm => new("Myth and legend", "A legend told in the late afternoon", "hills of warm stone", ArtStyle.OilPainting),
            _ when cool => new("Science fiction", "A quiet science-fiction story", "a station above a blue planet", ArtStyle.Comic),
            _ => new("Fantasy", "A dreamy fantasy", "a misty garden", ArtStyle.Watercolour),
        };
    }

    /// <summary>"deep blues and amber light": the last colour is the light, the others are the place's colours.</summary>
    private static string Colours(IReadOnlyList<string> names)
    {
        var light = names[^1] + " light";
        var others = names.Take(names.Count - 1).Select(n => n is "black" or "white" ? n : n + "s").ToList();
        return others.Count switch
        {
            0 => light,
            1 => $"{others[0]} and {light}",
            _ => $"{string.Join(", ", others)} and {light}",
        };
    }
}
