namespace StoryExhibit.Core.Imaging;

/// <summary>
/// The box a raster must fit: the picture keeps its aspect ratio and fills the box along one side (as a screen's
/// <c>object-fit: contain</c> shows it). A null height fits the width alone (thumbnails).
/// </summary>
public readonly record struct RasterBox(int Width, int? Height = null)
{
    public const int MinSide = 16;
    public const int MaxSide = 4096;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a box no screen has.</summary>
    public void Validate()
    {
        if (Width is < MinSide or > MaxSide)
            throw new ArgumentOutOfRangeException(nameof(Width), Width, $"A raster must be between {MinSide} and {MaxSide} pixels wide.");
        if (Height is < MinSide or > MaxSide)
            throw new ArgumentOutOfRangeException(nameof(Height), Height, $"A raster must be between {MinSide} and {MaxSide} pixels high.");
    }

    /// <summary>A screen's size as it reported it, brought into the bounds (a 8K wall gets 4096 pixels, a watch 16).</summary>
    public static RasterBox Clamped(int width, int height) =>
        new(Math.Clamp(width, MinSide, MaxSide), Math.Clamp(height, MinSide, MaxSide));

    /// <summary>The largest size with the source's aspect ratio inside this box (at least one pixel a side).</summary>
    public (int Width, int Height) Fit(double sourceWidth, double sourceHeight)
    {
        var scale = Height is { } h ? Math.Min(Width / sourceWidth, h / sourceHeight) : Width / sourceWidth;
        return (Math.Max(1, (int)Math.Round(sourceWidth * scale)), Math.Max(1, (int)Math.Round(sourceHeight * scale)));
    }

    public override string ToString() => Height is { } h ? $"{Width}x{h}" : $"{Width}w";
}
