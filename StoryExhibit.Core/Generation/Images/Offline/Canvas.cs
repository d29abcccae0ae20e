namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>The drawing surface the scene builder paints on: a list of shapes plus helpers for common forms.</summary>
internal sealed class Canvas(double width, double height)
{
    public double W { get; } = width;
    public double H { get; } = height;
    public List<Shape> Shapes { get; } = [];

    public void Add(Shape s) => Shapes.Add(s);

    public void Poly(Layer layer, Paint fill, IEnumerable<Pt> pts, double opacity = 1, bool soft = false) =>
        Shapes.Add(new Poly(layer, fill, pts.ToArray(), opacity) { Soft = soft });

    public void Oval(Layer layer, Paint fill, double cx, double cy, double rx, double ry, double opacity = 1, bool soft = false) =>
        Shapes.Add(new Oval(layer, fill, cx, cy, rx, ry, opacity) { Soft = soft });

    public void Line(Layer layer, Paint fill, double width, double opacity, bool soft, params Pt[] pts) =>
        Shapes.Add(new Stroke(layer, fill, pts, width, opacity) { Soft = soft });

    public void Rect(Layer layer, Paint fill, double x, double y, double w, double h, double opacity = 1, bool soft = false) =>
        Poly(layer, fill, [new(x, y), new(x + w, y), new(x + w, y + h), new(x, y + h)], opacity, soft);

    /// <summary>A band from a wavy top edge down to <paramref name="bottom"/>: hills, dunes, waves.</summary>
    public void Band(Layer layer, Paint fill, Func<double, double> top, double bottom, double step = 24, double opacity = 1)
    {
        var pts = new List<Pt>();
        for (var x = -step; x <= W + step; x += step) pts.Add(new(x, top(x)));
        pts.Add(new(W + step, bottom));
        pts.Add(new(-step, bottom));
        Poly(layer, fill, pts, opacity);
    }

    public static IEnumerable<Pt> Rotate(IEnumerable<Pt> pts, double cx, double cy, double degrees)
    {
        var a = degrees * Math.PI / 180;
        var (s, c) = Math.SinCos(a);
        return pts.Select(p => new Pt(cx + (p.X - cx) * c - (p.Y - cy) * s, cy + (p.X - cx) * s + (p.Y - cy) * c));
    }

    public static IEnumerable<Pt> Star(double cx, double cy, double outer, double inner, int points, double rotation = -90)
    {
        for (var i = 0; i < points * 2; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = (rotation + i * 180.0 / points) * Math.PI / 180;
            yield return new(cx + r * Math.Cos(a), cy + r * Math.Sin(a));
        }
    }

    public static IEnumerable<Pt> Arc(double cx, double cy, double rx, double ry, double fromDeg, double toDeg, int steps = 16)
    {
        for (var i = 0; i <= steps; i++)
        {
            var a = (fromDeg + (toDeg - fromDeg) * i / steps) * Math.PI / 180;
            yield return new(cx + rx * Math.Cos(a), cy + ry * Math.Sin(a));
        }
    }
}
