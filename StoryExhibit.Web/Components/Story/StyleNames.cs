using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Web.Components.Story;

/// <summary>Art styles as a visitor reads them on a button.</summary>
public static class StyleNames
{
    public static string For(ArtStyle style) => style switch
    {
        ArtStyle.Watercolour => "Watercolour",
        ArtStyle.PixelArt => "Pixel art",
        ArtStyle.Comic => "Comic",
        ArtStyle.Noir => "Noir",
        ArtStyle.OilPainting => "Oil painting",
        _ => "Storybook",
    };
}
