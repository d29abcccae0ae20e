using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// What the illustrator job is given: exactly one of <see cref="Text"/>, <see cref="UploadName"/> (a file stored by
/// <see cref="IllustratorUploads"/>) or <see cref="Url"/>, and how the pictures should look.
/// </summary>
public sealed record IllustratorInput
{
    public const int MaxTypedCharacters = 100_000;
    public const int MaxUrlLength = 2048;

    public string? Text { get; init; }
    public string? UploadName { get; init; }
    public string? Url { get; init; }
    public ArtStyle Style { get; init; } = ArtStyle.Storybook;
    public PictureAspect Aspect { get; init; } = PictureAspect.Wide;
    public PictureQuality Quality { get; init; } = PictureQuality.Standard;
    public int MaxPictures { get; init; } = 6;
}

/// <summary>The shape of the pictures.</summary>
public enum PictureAspect { Wide, Classic, Square, Portrait }

/// <summary>How large (and so how slow) the pictures are.</summary>
public enum PictureQuality { Draft, Standard, High }

public static class PictureShapes
{
    public static string Label(this PictureAspect aspect) => aspect switch
    {
        PictureAspect.Wide => "16:9",
        PictureAspect.Classic => "4:3",
        PictureAspect.Square => "1:1",
        _ => "3:4",
    };

    /// <summary>The picture's size in pixels: the quality sets the long side, the aspect the other.</summary>
    public static (int Width, int Height) Size(PictureAspect aspect, PictureQuality quality)
    {
        var longSide = quality switch { PictureQuality.Draft => 960, PictureQuality.High => 2560, _ => 1600 };
        var (w, h) = aspect switch
        {
            PictureAspect.Wide => (16, 9),
            PictureAspect.Classic => (4, 3),
            PictureAspect.Square => (1, 1),
            _ => (3, 4),
        };
        return w >= h ? (longSide, longSide * h / w) : (longSide * w / h, longSide);
    }
}
