namespace StoryExhibit.Core.Generation.Images;

/// <summary>The look of an illustration; every provider is asked for the same six.</summary>
public enum ArtStyle { Watercolour, PixelArt, Comic, Noir, OilPainting, Storybook }

public static class ArtStyles
{
    /// <summary>How an alt text names a picture in this style: "a watercolour", "an oil painting"...</summary>
    public static string Noun(this ArtStyle style) => style switch
    {
        ArtStyle.Watercolour => "watercolour",
        ArtStyle.PixelArt => "pixel-art picture",
        ArtStyle.Comic => "comic-book panel",
        ArtStyle.Noir => "film-noir picture",
        ArtStyle.OilPainting => "oil painting",
        _ => "storybook illustration",
    };

    /// <summary>Words a text-to-image model understands for the style, appended to its prompt.</summary>
    public static string PromptSuffix(this ArtStyle style) => style switch
    {
        ArtStyle.Watercolour => "soft watercolour painting, loose washes, paper texture",
        ArtStyle.PixelArt => "16-bit pixel art, limited palette, crisp pixels",
        ArtStyle.Comic => "comic book panel, bold ink outlines, flat colours, halftone shading",
        ArtStyle.Noir => "film noir, black and white, high contrast, venetian blind shadows",
        ArtStyle.OilPainting => "oil painting, rich impasto brush strokes, canvas texture",
        _ => "children's storybook illustration, gentle colours, rounded shapes",
    };
}
