using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>From a photo's measured colours and light to a story seed.</summary>
public sealed class PhotoSeedsTests
{
    private static PhotoColours Photo(double brightness, double warmth, double contrast = 0.4, double saturation = 0.3, params PhotoColour[] colours)
        => new() { Brightness = brightness, Warmth = warmth, Contrast = contrast, Saturation = saturation, Colours = colours.Length > 0 ? colours : [new(128, 128, 128, 1)] };

    [Fact]
    public void Warm_and_bright_is_a_sunny_adventure()
    {
        var seed = PhotoSeeds.Create(Photo(0.75, 0.4, colours: [new(250, 200, 90, 0.6), new(120, 190, 240, 0.3)]));
        Assert.Equal("Adventure", seed.Genre);
        Assert.StartsWith("A sunny adventure", seed.Prompt);
        Assert.Empty(StoryRules.Check(seed));
    }

    [Fact]
    public void Dark_and_cool_is_a_mystery_at_night_naming_deep_blues_and_amber_light()
    {
        var seed = PhotoSeeds.Create(Photo(0.2, -0.35, contrast: 0.7, colours: [new(15, 30, 90, 0.7), new(230, 150, 30, 0.2)]));
        Assert.Equal("Mystery", seed.Genre);
        Assert.Equal(ArtStyle.Noir, seed.ArtStyle);
        Assert.Equal("A mystery at night in a place of deep blues and amber light, with long, sharp shadows.", seed.Prompt);
        Assert.Empty(StoryRules.Check(seed));
    }

    [Theory]
    [InlineData(0.8, -0.3, "Fantasy")]
    [InlineData(0.2, 0.3, "Ghost story")]
    [InlineData(0.45, 0.0, "Fantasy")]
    [InlineData(0.45, -0.3, "Science fiction")]
    [InlineData(0.45, 0.3, "Myth and legend")]
    public void The_light_picks_a_genre_the_storyteller_knows(double brightness, double warmth, string genre)
    {
        var seed = PhotoSeeds.Create(Photo(brightness, warmth));
        Assert.Equal(genre, seed.Genre);
        Assert.Contains(seed.Genre, Genres.All);
        Assert.Empty(StoryRules.Check(seed));
    }

    [Theory]
    [InlineData(15, 30, 90, "deep blue")]
    [InlineData(230, 150, 30, "amber")]
    [InlineData(200, 230, 200, "pale green")]
    [InlineData(90, 55, 20, "brown")]
    [InlineData(128, 128, 128, "grey")]
    [InlineData(250, 250, 250, "white")]
    [InlineData(220, 40, 40, "red")]
    public void Colours_get_plain_names(int r, int g, int b, string name) => Assert.Equal(name, ColourNames.For(new PhotoColour(r, g, b, 1)));

    [Fact]
    public void Numbers_out_of_range_are_clamped_and_non_numbers_refused()
    {
        var seed = PhotoSeeds.Create(Photo(7, -9, 3, 2, new PhotoColour(900, -4, 20, 5)));
        Assert.Equal("Mystery", PhotoSeeds.Create(Photo(-1, -1)).Genre);
        Assert.Empty(StoryRules.Check(seed));
        Assert.Throws<ArgumentException>(() => PhotoSeeds.Create(Photo(double.NaN, 0)));
        Assert.Throws<ArgumentException>(() => PhotoSeeds.Create(new PhotoColours { Brightness = 0.5 }));
    }

    [Fact]
    public void Each_hue_is_named_once()
    {
        var seed = PhotoSeeds.Create(Photo(0.45, 0, colours: [new(0, 120, 0, 0.7), new(80, 220, 40, 0.2), new(240, 240, 240, 0.1)]));
        Assert.Contains("a place of deep greens and white light", seed.Prompt);
    }
}
