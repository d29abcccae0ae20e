namespace StoryExhibit.Core.Privacy;

/// <summary>One of a photo's dominant colours (0-255 per channel) and the share of the picture it covers (0-1).</summary>
public sealed record PhotoColour(int R, int G, int B, double Share);

/// <summary>
/// The only thing the camera start sends to the server: a few numbers the browser measured on the photo. The photo
/// itself never leaves the visitor's device. Values outside their ranges are clamped; non-numbers are refused.
/// </summary>
public sealed record PhotoColours
{
    public const int MaxColours = 5;

    /// <summary>Average lightness, 0 (black) to 1 (white).</summary>
    public double Brightness { get; init; }
    /// <summary>Red against blue, -1 (cool) to 1 (warm).</summary>
    public double Warmth { get; init; }
    /// <summary>Spread of lightness, 0 (flat) to 1 (strong light and shadow).</summary>
    public double Contrast { get; init; }
    /// <summary>How colourful, 0 (grey) to 1 (vivid).</summary>
    public double Saturation { get; init; }
    /// <summary>Dominant colours, most common first.</summary>
    public IReadOnlyList<PhotoColour> Colours { get; init; } = [];

    /// <summary>Null when the numbers can be used, else why not.</summary>
    public string? Problem()
    {
        double[] values = [Brightness, Warmth, Contrast, Saturation, .. Colours.Select(c => c.Share)];
        if (values.Any(v => !double.IsFinite(v))) return "The photo's colours could not be measured.";
        if (Colours.Count == 0) return "The photo seems to have no colours at all.";
        if (Colours.Count > MaxColours) return $"At most {MaxColours} colours are expected.";
        return null;
    }

    public PhotoColours Clamped() => this with
    {
        Brightness = Math.Clamp(Brightness, 0, 1),
        Warmth = Math.Clamp(Warmth, -1, 1),
        Contrast = Math.Clamp(Contrast, 0, 1),
        Saturation = Math.Clamp(Saturation, 0, 1),
        Colours = Colours.Select(c => new PhotoColour(Math.Clamp(c.R, 0, 255), Math.Clamp(c.G, 0, 255), Math.Clamp(c.B, 0, 255), Math.Clamp(c.Share, 0, 1))).ToList(),
    };
}
