namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>Evaluates the shapes at points: the pixel-art style's rasteriser, and colour sampling for brush strokes.</summary>
internal sealed class PixelRaster
{
    private readonly (Shape Shape, double X0, double Y0, double X1, double Y1)[] _shapes;

    private readonly double _minStroke;

    /// <param name="minStroke">Thinnest line drawn: a pixel-art cell, so thin lines (flag poles, whiskers) do not vanish.</param>
    public PixelRaster(IEnumerable<Shape> ordered, double minStroke = 0)
    {
        _minStroke = minStroke;
        _shapes = ordered.Select(s => { var (a, b, c, d) = Bounds(s); return (s, a, b, c, d); }).ToArray();
    }


    /// <summary>The colour at (x, y), every shape over it blended by its opacity, back to front, over <paramref name="background"/>.</summary>
    public Rgb Sample(double x, double y, Rgb background, Func<Shape, Paint, Paint>? paintOf = null) => Sample(x, y, background, out _, paintOf);

    /// <param name="gradient">Whether the topmost opaque shape there is a gradient (where dithering looks right).</param>
    public Rgb Sample(double x, double y, Rgb background, out bool gradient, Func<Shape, Paint, Paint>? paintOf = null)
    {
        var c = background;
        gradient = false;
        foreach (var (s, x0, y0, x1, y1) in _shapes)
        {
            if (x < x0 - _minStroke || x > x1 + _minStroke || y < y0 - _minStroke || y > y1 + _minStroke || !Contains(s, x, y)) continue;
            var paint = paintOf is null ? s.Fill : paintOf(s, s.Fill);
            if (s.Opacity >= 1) { c = paint.At(y); gradient = paint.IsGradient && s.Layer == Layer.Sky; }
            else c = c.Mix(paint.At(y), s.Opacity);
        }
        return c;
    }

    private static (double, double, double, double) Bounds(Shape s) => s switch
    {
        Oval o => (o.Cx - o.Rx, o.Cy - o.Ry, o.Cx + o.Rx, o.Cy + o.Ry),
        Poly p => (p.Points.Min(q => q.X), p.Points.Min(q => q.Y), p.Points.Max(q => q.X), p.Points.Max(q => q.Y)),
        Stroke st => (st.Points.Min(q => q.X) - st.Width, st.Points.Min(q => q.Y) - st.Width, st.Points.Max(q => q.X) + st.Width, st.Points.Max(q => q.Y) + st.Width),
        _ => (0, 0, -1, -1),
    };

    private bool Contains(Shape s, double x, double y)
    {
        switch (s)
        {
            case Oval o:
                var dx = (x - o.Cx) / o.Rx; var dy = (y - o.Cy) / o.Ry;
                return dx * dx + dy * dy <= 1;
            case Poly p:
                var inside = false;
                var pts = p.Points;
                for (int i = 0, j = pts.Count - 1; i < pts.Count; j = i++)
                    if ((pts[i].Y > y) != (pts[j].Y > y) && x < (pts[j].X - pts[i].X) * (y - pts[i].Y) / (pts[j].Y - pts[i].Y) + pts[i].X)
                        inside = !inside;
                return inside;
            case Stroke st:
                var half = Math.Max(st.Width, _minStroke) / 2;
                for (var i = 1; i < st.Points.Count; i++)
                    if (DistanceSq(x, y, st.Points[i - 1], st.Points[i]) <= half * half) return true;
                return false;
            default:
                return false;
        }
    }

    private static double DistanceSq(double x, double y, Pt a, Pt b)
    {
        var vx = b.X - a.X; var vy = b.Y - a.Y;
        var len = vx * vx + vy * vy;
        var t = len == 0 ? 0 : Math.Clamp(((x - a.X) * vx + (y - a.Y) * vy) / len, 0, 1);
        var px = a.X + t * vx - x; var py = a.Y + t * vy - y;
        return px * px + py * py;
    }
}
