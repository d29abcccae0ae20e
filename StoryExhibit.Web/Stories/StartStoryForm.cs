using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Stories;

/// <summary>What the start page edits; <see cref="ToSeed"/> turns it into a seed the engine checks.</summary>
public sealed class StartStoryForm
{
    public string Prompt { get; set; } = "";
    public string Genre { get; set; } = Genres.All[0];
    /// <summary>Names separated by commas.</summary>
    public string Characters { get; set; } = "";
    public string Place { get; set; } = "";
    public string StoryObject { get; set; } = "";
    public Audience Audience { get; set; } = Audience.Teens;
    public ContentRating Rating { get; set; } = ContentRating.Mild;
    public EndingPreference Ending { get; set; } = EndingPreference.Happy;
    public int Length { get; set; } = 6;
    public ArtStyle ArtStyle { get; set; } = ArtStyle.Storybook;

    /// <summary>The seed as typed, normalised (<see cref="StoryRules.Normalize"/>) as the engine keeps it.</summary>
    public StorySeed ToSeed(int randomSeed) => StoryRules.Normalize(new StorySeed
    {
        Prompt = Prompt,
        Genre = Genre,
        Characters = Characters.Split(','),
        Place = Place,
        StoryObject = StoryObject,
        Audience = Audience,
        Rating = Rating,
        Ending = Ending,
        Length = Length,
        ArtStyle = ArtStyle,
        RandomSeed = randomSeed,
    });

    public void Fill(StorySeed seed)
    {
        Prompt = seed.Prompt;
        Genre = seed.Genre;
        Characters = string.Join(", ", seed.Characters);
        Place = seed.Place ?? "";
        StoryObject = seed.StoryObject ?? "";
        Ending = seed.Ending;
        ArtStyle = seed.ArtStyle;
    }
}
