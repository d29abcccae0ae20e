namespace StoryExhibit.Core.Privacy;

/// <summary>Plain names for colours, as a storyteller would say them: "deep blue", "amber", "pale green".</summary>
public static class ColourNames
{
    public static string For(PhotoColour colour)
    {
        var (hue, saturation, lightness) = Hsl(colour.R, colour.G, colour.B);
        if (saturation < 0.15 || lightness is < 0.08 or > 0.94)
            return lightness switch { < 0.15 => "black", < 0.35 => "charcoal grey", < 0.65 => "grey", < 0.88 => "silver", _ => "white" };
        // Dark oranges and yellows are browns, not "deep amber".
        if (hue is >= 15 and < 50 && lightness < 0.35) return lightness < 0.2 ? "dark brown" : "brown";
        var name = hue switch
        {
            < 12 or >= 345 => "red",
            < 30 => "orange",
            < 45 => "amber",
            < 65 => "gold",
            < 160 => "green",
            < 195 => "teal",
            < 250 => "blue",
            < 290 => "violet",
            _ => "pink",
        };
        return lightness switch { < 0.3 => "deep " + name, > 0.75 => "pale " + name, _ => name };
    }

    /// <summary>Hue in degrees (0-360), saturation and lightness (0-1).</summary>
    public static (double Hue, double Saturation, double Lightness) Hsl(int r, int g, int b)
    {
        double rf = r / 255.0, gf = g / 255.0, bf = b / 255.0;
        double max = Math.Max(rf, Math.Max(gf, bf)), min = Math.Min(rf, Math.Min(gf, bf));
        var lightness = (max + min) / 2;
        var delta = max - min;
        if (delta < 1e-9) return (0, 0, lightness);
        var saturation = delta / (1 - Math.Abs(2 * lightness - 1));
        var hue = max == rf ? 60 * (((gf - bf) / delta) % 6) : max == gf ? 60 * ((bf - rf) / delta + 2) : 60 * ((rf - gf) / delta + 4);
        return (hue < 0 ? hue + 360 : hue, Math.Min(saturation, 1), lightness);
    }
}
