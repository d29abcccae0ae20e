using System.Globalization;

namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>An sRGB colour.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Hex(string hex)
    {
        var v = Convert.ToInt32(hex.TrimStart('#'), 16);
        return new((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    public Rgb Mix(Rgb other, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new(Lerp(R, other.R, t), Lerp(G, other.G, t), Lerp(B, other.B, t));
    }

    public Rgb Lighter(double t) => Mix(new Rgb(255, 255, 255), t);
    public Rgb Darker(double t) => Mix(new Rgb(0, 0, 0), t);
    public double Luma => (0.299 * R + 0.587 * G + 0.114 * B) / 255.0;

    public Rgb Saturate(double factor)
    {
        var l = Luma * 255;
        return new(Clamp(l + (R - l) * factor), Clamp(l + (G - l) * factor), Clamp(l + (B - l) * factor));
    }

    public Rgb Grey(double contrast = 1, double bias = 0)
    {
        var v = Clamp(((Luma - 0.5) * contrast + 0.5 + bias) * 255);
        return new(v, v, v);
    }

    public int DistanceSq(Rgb o) => (R - o.R) * (R - o.R) * 3 + (G - o.G) * (G - o.G) * 4 + (B - o.B) * (B - o.B) * 2;

    private static byte Lerp(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t);
    internal static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
}

internal readonly record struct Pt(double X, double Y);

/// <summary>Depth bands of a picture, back to front; styles treat each band differently.</summary>
internal enum Layer { Sky, Celestial, Far, Mid, Near, Figure, Object, Weather, Front }

/// <summary>A solid colour, or a vertical gradient from <see cref="Color"/> at <see cref="Top"/> to <see cref="To"/> at <see cref="Bottom"/>.</summary>
internal readonly record struct Paint(Rgb Color, Rgb? To = null, double Top = 0, double Bottom = 0)
{
    public static implicit operator Paint(Rgb c) => new(c);
    public bool IsGradient => To is not null;

    public Rgb At(double y) => To is { } to && Bottom > Top ? Color.Mix(to, (y - Top) / (Bottom - Top)) : Color;
    public Paint Map(Func<Rgb, Rgb> f) => new(f(Color), To is { } t ? f(t) : null, Top, Bottom);
}

/// <summary>What the scene builder produces and every style renders: a polygon, an ellipse, a stroked polyline, or a label.</summary>
internal abstract record Shape(Layer Layer, Paint Fill, double Opacity)
{
    /// <summary>No outline in outlined styles (soft things: mist, glows, rays, stars).</summary>
    public bool Soft { get; init; }
}

internal sealed record Poly(Layer Layer, Paint Fill, IReadOnlyList<Pt> Points, double Opacity = 1) : Shape(Layer, Fill, Opacity);

internal sealed record Oval(Layer Layer, Paint Fill, double Cx, double Cy, double Rx, double Ry, double Opacity = 1) : Shape(Layer, Fill, Opacity);

internal sealed record Stroke(Layer Layer, Paint Fill, IReadOnlyList<Pt> Points, double Width, double Opacity = 1) : Shape(Layer, Fill, Opacity);

/// <summary>A small deterministic generator (SplitMix64): the same seed gives the same picture on every machine and runtime.</summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public static ulong Hash(params string?[] parts)
    {
        var h = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var ch in part ?? "\0") { h ^= ch; h *= 1099511628211UL; }
            h ^= 0xff; h *= 1099511628211UL;
        }
        return h;
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
    public double Range(double min, double max) => min + (max - min) * NextDouble();
    public int Int(int maxExclusive) => (int)(Next() % (ulong)maxExclusive);
    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];
    public bool Chance(double p) => NextDouble() < p;
    public Rng Fork(string salt) => new(Next() ^ Hash(salt));
}

internal static class Num
{
    /// <summary>Numbers as SVG wants them: invariant, at most one decimal, no trailing zeros.</summary>
    public static string F(double v)
    {
        // As Math.Round(v, 1).ToString("0.#") would write it, from whole tenths: a picture writes thousands of numbers,
        // and a custom format on a double takes the slow path of number formatting.
        var tenths = Math.Round(v * 10);
        if (tenths == 0) return "0";
        if (!(Math.Abs(tenths) < 1e15)) return Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
        var whole = (long)Math.Abs(tenths);
        var sign = tenths < 0 ? "-" : "";
        return whole % 10 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{whole / 10}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{whole / 10}.{whole % 10}");
    }
}
