using System.Security;
using System.Text;
using static StoryExhibit.Core.Generation.Images.Offline.Num;

namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>Writes a scene's shapes as SVG in one of the six art styles.</summary>
internal sealed class SvgRenderer
{
    private static readonly Rgb[] Endesga32 =
        new[] { "be4a2f", "d77643", "ead4aa", "e4a672", "b86f50", "733e39", "3e2731", "a22633", "e43b44", "f77622", "feae34", "fee761", "63c74d", "3e8948", "265c42", "193c3e",
            "124e89", "0099db", "2ce8f5", "ffffff", "c0cbdc", "8b9bb4", "5a6988", "3a4466", "262b44", "181425", "ff0044", "68386c", "b55088", "f6757a", "e8b796", "c28569" }.Select(Rgb.Hex).ToArray();

    private static readonly int[,] Bayer = { { 0, 8, 2, 10 }, { 12, 4, 14, 6 }, { 3, 11, 1, 9 }, { 15, 7, 13, 5 } };

    private readonly Canvas _canvas;
    private readonly ArtStyle _style;
    private readonly Rng _rng;
    private readonly double _t;
    private readonly int _seed;
    private readonly StringBuilder _defs = new();
    private readonly StringBuilder _body = new();
    private readonly Dictionary<string, string> _gradients = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Shape> _ordered;

    public SvgRenderer(Canvas canvas, ArtStyle style, Rng rng, double time)
    {
        _canvas = canvas; _style = style; _rng = rng; _t = time;
        _seed = rng.Int(9999);
        _ordered = canvas.Shapes.Select((s, i) => (s, i)).OrderBy(p => p.s.Layer).ThenBy(p => p.i).Select(p => p.s).ToList();
    }

    private double W => _canvas.W;
    private double H => _canvas.H;

    public string Render(int pixelWidth, int pixelHeight, string altText)
    {
        switch (_style)
        {
            case ArtStyle.Watercolour: Watercolour(); break;
            case ArtStyle.PixelArt: PixelArt(); break;
            case ArtStyle.Comic: Comic(); break;
            case ArtStyle.Noir: Noir(); break;
            case ArtStyle.OilPainting: Oil(); break;
            default: Storybook(); break;
        }
        var alt = SecurityElement.Escape(altText);
        var sb = new StringBuilder(_body.Length + _defs.Length + 600);
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(W)} {F(H)}\" width=\"{pixelWidth}\" height=\"{pixelHeight}\" preserveAspectRatio=\"xMidYMid slice\" role=\"img\" aria-label=\"{alt}\">");
        sb.Append($"<title>{alt}</title>");
        sb.Append("<defs>").Append(_defs).Append("</defs>");
        sb.Append(_body);
        sb.Append("</svg>");
        return sb.ToString();
    }

    // ---- shared writing --------------------------------------------------------------------------------------------

    private string PaintRef(Paint p)
    {
        if (!p.IsGradient) return p.Color.ToString();
        var key = $"{p.Color}{p.To}{F(p.Top)}{F(p.Bottom)}";
        if (_gradients.TryGetValue(key, out var id)) return $"url(#{id})";
        id = "g" + _gradients.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _gradients[key] = id;
        _defs.Append($"<linearGradient id=\"{id}\" gradientUnits=\"userSpaceOnUse\" x1=\"0\" y1=\"{F(p.Top)}\" x2=\"0\" y2=\"{F(p.Bottom)}\"><stop offset=\"0\" stop-color=\"{p.Color}\"/><stop offset=\"1\" stop-color=\"{p.To}\"/></linearGradient>");
        return $"url(#{id})";
    }

    private static string Points(IEnumerable<Pt> pts) => string.Join(' ', pts.Select(p => F(p.X) + "," + F(p.Y)));

    /// <summary>One shape as an element; <paramref name="outline"/> adds a stroke (colour, width) to closed shapes.</summary>
    private void Write(StringBuilder sb, Shape s, Func<Paint, Paint> colour, (string Colour, double Width)? outline = null, string? extra = null, bool groupOutline = false)
    {
        var fill = PaintRef(colour(s.Fill));
        var op = s.Opacity < 1 ? $" opacity=\"{s.Opacity.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}\"" : "";
        var stroke = groupOutline ? (s.Soft && s is not Stroke ? " stroke=\"none\"" : "")
            : outline is { } o && !s.Soft ? $" stroke=\"{(o.Colour == "self" ? fill : o.Colour)}\" stroke-width=\"{F(o.Width)}\" stroke-linejoin=\"round\"" : "";
        switch (s)
        {
            case Poly p:
                sb.Append($"<polygon points=\"{Points(p.Points)}\" fill=\"{fill}\"{op}{stroke}{extra}/>");
                break;
            case Oval e when Math.Abs(e.Rx - e.Ry) < 0.05:
                sb.Append($"<circle cx=\"{F(e.Cx)}\" cy=\"{F(e.Cy)}\" r=\"{F(e.Rx)}\" fill=\"{fill}\"{op}{stroke}{extra}/>");
                break;
            case Oval e:
                sb.Append($"<ellipse cx=\"{F(e.Cx)}\" cy=\"{F(e.Cy)}\" rx=\"{F(e.Rx)}\" ry=\"{F(e.Ry)}\" fill=\"{fill}\"{op}{stroke}{extra}/>");
                break;
            case Stroke l:
                var outlineUnder = outline is { } ol && !s.Soft && ol.Colour != "self"
                    ? $"<polyline points=\"{Points(l.Points)}\" fill=\"none\" stroke=\"{ol.Colour}\" stroke-width=\"{F(l.Width + ol.Width * 2)}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"{op}/>" : "";
                sb.Append(outlineUnder);
                sb.Append($"<polyline points=\"{Points(l.Points)}\" fill=\"none\" stroke=\"{fill}\" stroke-width=\"{F(l.Width)}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"{op}{extra}/>");
                break;
        }
    }

    private void Group(Func<Layer, bool> which, Func<Paint, Paint> colour, string? groupAttributes, (string, double)? outline = null, Func<Shape, (string, double)?>? outlineOf = null)
    {
        // A shared outline goes on the group once rather than on every shape.
        var shared = outlineOf is null && outline is { } o && o.Item1 != "self";
        if (shared) groupAttributes = $"{groupAttributes} stroke=\"{outline!.Value.Item1}\" stroke-width=\"{F(outline.Value.Item2)}\" stroke-linejoin=\"round\"".Trim();
        _body.Append(string.IsNullOrEmpty(groupAttributes) ? "<g>" : $"<g {groupAttributes}>");
        foreach (var s in _ordered)
            if (which(s.Layer)) Write(_body, s, colour, outlineOf?.Invoke(s) ?? outline, groupOutline: shared);
        _body.Append("</g>");
    }

    private static bool Back(Layer l) => l <= Layer.Near;
    private static bool Cast(Layer l) => l is Layer.Figure or Layer.Object;
    private static bool Over(Layer l) => l >= Layer.Weather;

    // ---- watercolour -----------------------------------------------------------------------------------------------

    private void Watercolour()
    {
        var paper = Rgb.Hex("f7f0e1");
        Rgb Wash(Rgb c) => c.Mix(paper, 0.14).Saturate(0.92);
        Paint P(Paint p) => p.Map(Wash);
        _defs.Append($"<filter id=\"wash\" x=\"-10%\" y=\"-10%\" width=\"120%\" height=\"120%\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.011\" numOctaves=\"3\" seed=\"{_seed}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"26\" xChannelSelector=\"R\" yChannelSelector=\"G\" result=\"d\"/><feGaussianBlur in=\"d\" stdDeviation=\"2.2\" result=\"b\"/><feGaussianBlur in=\"d\" stdDeviation=\"7\" result=\"bb\"/><feComposite in=\"b\" in2=\"bb\" operator=\"arithmetic\" k2=\"1.25\" k3=\"-0.25\"/></filter>");
        _defs.Append($"<filter id=\"wash2\" x=\"-10%\" y=\"-10%\" width=\"120%\" height=\"120%\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.03\" numOctaves=\"2\" seed=\"{_seed + 1}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"9\" xChannelSelector=\"R\" yChannelSelector=\"G\" result=\"d\"/><feGaussianBlur in=\"d\" stdDeviation=\"0.9\"/></filter>");
        _defs.Append($"<filter id=\"paper\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.55\" numOctaves=\"3\" seed=\"{_seed + 2}\" result=\"n\"/><feDiffuseLighting in=\"n\" lighting-color=\"#fff\" surfaceScale=\"1.6\" result=\"l\"><feDistantLight azimuth=\"45\" elevation=\"58\"/></feDiffuseLighting></filter>");
        _defs.Append($"<filter id=\"deckle\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.02\" numOctaves=\"3\" seed=\"{_seed + 3}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"44\" xChannelSelector=\"R\" yChannelSelector=\"G\"/><feGaussianBlur stdDeviation=\"3\"/></filter>");
        _defs.Append($"<filter id=\"bloom\" x=\"-20%\" y=\"-20%\" width=\"140%\" height=\"140%\"><feGaussianBlur stdDeviation=\"14\"/></filter>");
        _defs.Append($"<mask id=\"edge\"><rect x=\"46\" y=\"40\" width=\"{F(W - 92)}\" height=\"{F(H - 80)}\" fill=\"#fff\" filter=\"url(#deckle)\"/></mask>");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"{paper}\"/>");
        _body.Append("<g mask=\"url(#edge)\">");
        Group(l => l == Layer.Sky, P, "filter=\"url(#wash)\" opacity=\"0.9\"");
        Group(l => l == Layer.Celestial, P, "filter=\"url(#bloom)\" opacity=\"0.9\"");
        Group(l => l == Layer.Celestial, P, "filter=\"url(#wash2)\" opacity=\"0.7\"");
        Group(l => l is Layer.Far or Layer.Mid, P, "filter=\"url(#wash)\" opacity=\"0.86\" style=\"mix-blend-mode:multiply\"");
        Group(l => l is Layer.Near or Layer.Front, P, "filter=\"url(#wash)\" opacity=\"0.9\" style=\"mix-blend-mode:multiply\"");
        Group(Cast, P, "filter=\"url(#wash2)\" opacity=\"0.93\"");
        // pencil-like contour under the paint, very light
        Group(Cast, p => p, "fill=\"none\" opacity=\"0.35\" filter=\"url(#wash2)\"", ("#5a4a42", 1.6), _ => ("#5a4a42", 1.6));
        Group(l => l == Layer.Weather, P, "filter=\"url(#wash2)\" opacity=\"0.8\"");
        _body.Append("</g>");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" filter=\"url(#paper)\" opacity=\"0.32\" style=\"mix-blend-mode:multiply\"/>");
    }

    // ---- oil painting ----------------------------------------------------------------------------------------------

    private void Oil()
    {
        Rgb Rich(Rgb c) => c.Saturate(1.22).Darker(0.04);
        Paint P(Paint p) => p.Map(Rich);
        _defs.Append($"<filter id=\"oil\" x=\"-5%\" y=\"-5%\" width=\"110%\" height=\"110%\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.012 0.05\" numOctaves=\"2\" seed=\"{_seed}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"24\" xChannelSelector=\"R\" yChannelSelector=\"G\" result=\"d\"/>"
            + $"<feTurbulence type=\"fractalNoise\" baseFrequency=\"0.035 0.22\" numOctaves=\"3\" seed=\"{_seed + 5}\" result=\"t\"/><feDiffuseLighting in=\"t\" lighting-color=\"#fff\" surfaceScale=\"3.2\" result=\"l\"><feDistantLight azimuth=\"235\" elevation=\"48\"/></feDiffuseLighting>"
            + "<feComposite in=\"d\" in2=\"l\" operator=\"arithmetic\" k1=\"0.9\" k2=\"0.28\" result=\"m\"/><feComposite in=\"m\" in2=\"d\" operator=\"in\"/></filter>");
        _defs.Append($"<filter id=\"canvas\"><feTurbulence type=\"turbulence\" baseFrequency=\"0.9 0.85\" numOctaves=\"1\" seed=\"{_seed + 6}\" result=\"n\"/><feDiffuseLighting in=\"n\" lighting-color=\"#fff\" surfaceScale=\"0.9\"><feDistantLight azimuth=\"45\" elevation=\"62\"/></feDiffuseLighting></filter>");
        _defs.Append("<filter id=\"glow\" x=\"-30%\" y=\"-30%\" width=\"160%\" height=\"160%\"><feGaussianBlur stdDeviation=\"10\"/></filter>");
        _defs.Append($"<filter id=\"dab\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.06\" numOctaves=\"2\" seed=\"{_seed + 7}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"10\" xChannelSelector=\"R\" yChannelSelector=\"G\"/></filter>");
        _defs.Append($"<filter id=\"oil2\" x=\"-5%\" y=\"-5%\" width=\"110%\" height=\"110%\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.05\" numOctaves=\"2\" seed=\"{_seed + 8}\" result=\"n\"/><feDisplacementMap in=\"SourceGraphic\" in2=\"n\" scale=\"6\" xChannelSelector=\"R\" yChannelSelector=\"G\"/></filter>");
        _defs.Append($"<radialGradient id=\"vig\" cx=\"0.5\" cy=\"0.48\" r=\"0.75\"><stop offset=\"0.55\" stop-color=\"#000\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#1a0e06\" stop-opacity=\"0.55\"/></radialGradient>");
        _body.Append("<g filter=\"url(#oil)\">");
        Group(l => l is Layer.Sky, P, null);
        Group(l => l == Layer.Celestial, P, null);
        Group(l => l is >= Layer.Far and <= Layer.Near, P, null);
        _body.Append("</g>");
        BrushStrokes(Rich);
        Group(Cast, P, "filter=\"url(#oil2)\"", ("#2a1a12", 2.2), s => s is Stroke ? null : ("#2a1a12", 2.2));
        Group(l => l == Layer.Front, P, "filter=\"url(#oil)\"");
        Group(l => l == Layer.Weather, P, "filter=\"url(#glow)\" opacity=\"0.9\"");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" filter=\"url(#canvas)\" opacity=\"0.22\" style=\"mix-blend-mode:multiply\"/>");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#vig)\"/>");
    }

    /// <summary>Short directional dabs coloured like the paint under them: the oil painting's visible brushwork.</summary>
    private void BrushStrokes(Func<Rgb, Rgb> colour)
    {
        var raster = new PixelRaster(_ordered.Where(s => s.Layer <= Layer.Near));
        var rng = _rng.Fork("brush");
        _body.Append("<g stroke-linecap=\"round\" fill=\"none\" opacity=\"0.5\" filter=\"url(#dab)\">");
        for (var i = 0; i < 700; i++)
        {
            var x = rng.Range(0, W); var y = rng.Range(0, H);
            var c = colour(raster.Sample(x, y, Rgb.Hex("808080")));
            c = (rng.Chance(0.5) ? c.Lighter(rng.Range(0.08, 0.22)) : c.Darker(rng.Range(0.08, 0.2))).Saturate(1.1);
            var len = rng.Range(26, 70);
            var angle = (y < H * 0.55 ? rng.Range(-12, 12) : rng.Range(-30, 30)) * Math.PI / 180 + Math.Sin(_t * 0.3 + i) * 0.04;
            var (s, co) = Math.SinCos(angle);
            _body.Append($"<path d=\"M{F(x)} {F(y)}q{F(co * len / 2 + s * 4)} {F(s * len / 2 - co * 4)} {F(co * len)} {F(s * len)}\" stroke=\"{c}\" stroke-width=\"{F(rng.Range(8, 20))}\"/>");
        }
        _body.Append("</g>");
    }

    // ---- comic -----------------------------------------------------------------------------------------------------

    private void Comic()
    {
        static Rgb Flat(Rgb c) => c.Saturate(1.3);
        Paint P(Paint p) => p.IsGradient ? new Paint(Flat(p.At((p.Top + p.Bottom) / 2))) : new Paint(Flat(p.Color));
        Paint Sky(Paint p) => p.Map(Flat);
        var ink = "#15121a";
        _defs.Append("<pattern id=\"dots\" width=\"16\" height=\"16\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(30)\"><circle cx=\"8\" cy=\"8\" r=\"3.6\" fill=\"#15121a\"/></pattern>");
        _defs.Append("<pattern id=\"dotsw\" width=\"22\" height=\"22\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(30)\"><circle cx=\"11\" cy=\"11\" r=\"4\" fill=\"#fff\"/></pattern>");
        _defs.Append($"<linearGradient id=\"fadeDown\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\"0.55\"/><stop offset=\"0.6\" stop-color=\"#fff\" stop-opacity=\"0\"/></linearGradient>");
        _defs.Append($"<mask id=\"skyMask\"><rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#fadeDown)\"/></mask>");
        _defs.Append($"<linearGradient id=\"fadeUp\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0.7\" stop-color=\"#fff\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#fff\" stop-opacity=\"0.5\"/></linearGradient>");
        _defs.Append($"<mask id=\"groundMask\"><rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#fadeUp)\"/></mask>");
        Group(l => l == Layer.Sky, Sky, null);
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#dots)\" mask=\"url(#skyMask)\" opacity=\"0.4\"/>");
        Group(l => l == Layer.Celestial, P, null, (ink, 4));
        Group(l => l is Layer.Far, P, null, (ink, 3));
        Group(l => l is Layer.Mid or Layer.Near, P, null, (ink, 4.5));
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#dots)\" mask=\"url(#groundMask)\" opacity=\"0.55\"/>");
        Group(Cast, P, null, (ink, 5.5));
        Group(l => l == Layer.Front, P, null, (ink, 6));
        Group(l => l == Layer.Weather, P, null, (ink, 2));
        _body.Append($"<rect x=\"8\" y=\"8\" width=\"{F(W - 16)}\" height=\"{F(H - 16)}\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"16\"/>");
    }

    // ---- noir ------------------------------------------------------------------------------------------------------

    private void Noir()
    {
        static Rgb G(Rgb c) => c.Grey(1.7, -0.1);
        Paint P(Paint p) => p.Map(G);
        _defs.Append("<filter id=\"soft\" x=\"-20%\" y=\"-20%\" width=\"140%\" height=\"140%\"><feGaussianBlur stdDeviation=\"6\"/></filter>");
        _defs.Append($"<filter id=\"grain\"><feTurbulence type=\"fractalNoise\" baseFrequency=\"0.85\" numOctaves=\"2\" seed=\"{_seed + (int)(_t * 4) % 7}\"/><feColorMatrix type=\"saturate\" values=\"0\"/></filter>");
        _defs.Append("<radialGradient id=\"vig\" cx=\"0.5\" cy=\"0.5\" r=\"0.72\"><stop offset=\"0.4\" stop-color=\"#000\" stop-opacity=\"0\"/><stop offset=\"1\" stop-color=\"#000\" stop-opacity=\"0.85\"/></radialGradient>");
        Group(l => l is Layer.Sky or Layer.Celestial, P, null);
        Group(l => l is >= Layer.Far and <= Layer.Near, P, null);
        // the room's shadow, then light through venetian blinds falling diagonally across the scene
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"#000\" opacity=\"0.38\"/>");
        var shift = Math.Sin(_t * 0.2) * 30;
        _body.Append("<g filter=\"url(#soft)\" style=\"mix-blend-mode:screen\">");
        for (var i = 0; i < 9; i++)
        {
            var y0 = -80 + i * 96 + shift;
            var slope = 0.34;
            var top = new Pt(W * 0.18, y0);
            _body.Append($"<polygon points=\"{Points([top, new(W * 1.05, y0 + W * 0.87 * slope), new(W * 1.05, y0 + W * 0.87 * slope + 46), new(W * 0.18, y0 + 40)])}\" fill=\"#fff\" opacity=\"0.2\"/>");
        }
        _body.Append("</g>");
        Group(Cast, P, null, ("#000", 2.5), s => s is Stroke ? null : ("#000", 2.5));
        // rim light on the cast, from the window side
        Group(l => l == Layer.Front, P, null);
        Group(l => l == Layer.Weather, p => new Paint(Rgb.Hex("f0f0f0")), "opacity=\"0.85\"");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#vig)\"/>");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" filter=\"url(#grain)\" opacity=\"0.13\" style=\"mix-blend-mode:overlay\"/>");
    }

    // ---- storybook -------------------------------------------------------------------------------------------------

    private void Storybook()
    {
        var cream = Rgb.Hex("fbf3e2");
        Rgb Soft(Rgb c) => c.Mix(cream, 0.1).Saturate(1.05);
        var m = 52.0;
        _defs.Append($"<clipPath id=\"page\"><rect x=\"{F(m)}\" y=\"{F(m)}\" width=\"{F(W - 2 * m)}\" height=\"{F(H - 2 * m)}\" rx=\"44\"/></clipPath>");
        _defs.Append("<filter id=\"lift\" x=\"-10%\" y=\"-10%\" width=\"120%\" height=\"130%\"><feDropShadow dx=\"0\" dy=\"6\" stdDeviation=\"6\" flood-color=\"#2a1a30\" flood-opacity=\"0.3\"/></filter>");
        _defs.Append("<filter id=\"haze\" x=\"-20%\" y=\"-20%\" width=\"140%\" height=\"140%\"><feGaussianBlur stdDeviation=\"1.2\"/></filter>");
        _defs.Append($"<radialGradient id=\"light\" cx=\"0.5\" cy=\"0.35\" r=\"0.7\"><stop offset=\"0\" stop-color=\"#fff8e0\" stop-opacity=\"0.25\"/><stop offset=\"1\" stop-color=\"#fff8e0\" stop-opacity=\"0\"/></radialGradient>");
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"{cream}\"/>");
        _body.Append("<g clip-path=\"url(#page)\">");
        Group(l => l is Layer.Sky or Layer.Celestial, p => p.Map(Soft), null);
        Group(l => l is >= Layer.Far and <= Layer.Near, p => p.Map(Soft), "filter=\"url(#haze)\"", null, s => s.Soft ? null : ("self", 12));
        Group(Cast, p => p.Map(Soft), "filter=\"url(#lift)\"", null, s => s is Stroke || s.Soft ? null : ("self", 5));
        Group(l => l == Layer.Front, p => p.Map(Soft), null, null, s => s.Soft ? null : ("self", 12));
        Group(l => l == Layer.Weather, p => p.Map(Soft), null);
        _body.Append($"<rect width=\"{F(W)}\" height=\"{F(H)}\" fill=\"url(#light)\"/>");
        _body.Append("</g>");
        // the border: a double rule with little hearts and stars at the corners
        var brown = "#8a5a44";
        _body.Append($"<rect x=\"{F(m)}\" y=\"{F(m)}\" width=\"{F(W - 2 * m)}\" height=\"{F(H - 2 * m)}\" rx=\"44\" fill=\"none\" stroke=\"{brown}\" stroke-width=\"6\"/>");
        _body.Append($"<rect x=\"{F(m - 20)}\" y=\"{F(m - 20)}\" width=\"{F(W - 2 * m + 40)}\" height=\"{F(H - 2 * m + 40)}\" rx=\"58\" fill=\"none\" stroke=\"{brown}\" stroke-width=\"2.5\" stroke-dasharray=\"2 12\" stroke-linecap=\"round\"/>");
        foreach (var (cx, cy) in new[] { (m, m), (W - m, m), (m, H - m), (W - m, H - m) })
        {
            _body.Append($"<circle cx=\"{F(cx)}\" cy=\"{F(cy)}\" r=\"24\" fill=\"{cream}\" stroke=\"{brown}\" stroke-width=\"4\"/>");
            _body.Append($"<polygon points=\"{Points(Canvas.Star(cx, cy, 15, 6.5, 5))}\" fill=\"#e8a84a\"/>");
        }
        foreach (var cx in new[] { W / 2 - 120, W / 2, W / 2 + 120 })
            _body.Append($"<circle cx=\"{F(cx)}\" cy=\"{F(m)}\" r=\"{(cx == W / 2 ? 9 : 6)}\" fill=\"#e8a84a\" stroke=\"{brown}\" stroke-width=\"3\"/>");
    }

    // ---- pixel art -------------------------------------------------------------------------------------------------

    private void PixelArt()
    {
        const int across = 160;
        var cell = W / across;
        var rows = (int)Math.Ceiling(H / cell);
        var raster = new PixelRaster(_ordered, cell * 0.9);
        var runs = new Dictionary<Rgb, StringBuilder>();
        for (var row = 0; row < rows; row++)
        {
            Rgb? current = null;
            var start = 0;
            for (var col = 0; col <= across; col++)
            {
                Rgb? c = null;
                if (col < across)
                {
                    var sample = raster.Sample((col + 0.5) * cell, (row + 0.5) * cell, Rgb.Hex("000000"), out var gradient);
                    c = Quantise(sample.Saturate(1.2), col, row, gradient);
                }
                if (c == current) continue;
                if (current is { } prev)
                {
                    if (!runs.TryGetValue(prev, out var sb)) runs[prev] = sb = new StringBuilder();
                    sb.Append($"M{start} {row}h{col - start}v1h-{col - start}z");
                }
                current = c;
                start = col;
            }
        }
        _body.Append($"<g transform=\"scale({cell.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)})\" shape-rendering=\"crispEdges\">");
        foreach (var (colour, d) in runs.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal))
            _body.Append($"<path fill=\"{colour}\" d=\"{d}\"/>");
        _body.Append("</g>");
    }

    /// <summary>The nearest two palette colours, ordered-dithered by a 4x4 Bayer matrix: smooth skies in a 32-colour palette.</summary>
    private static Rgb Quantise(Rgb c, int x, int y, bool dither)
    {
        Rgb a = Endesga32[0], b = Endesga32[0];
        int da = int.MaxValue, db = int.MaxValue;
        foreach (var p in Endesga32)
        {
            var d = p.DistanceSq(c);
            if (d < da) { b = a; db = da; a = p; da = d; }
            else if (d < db) { b = p; db = d; }
        }
        // where c falls between a and b, 0 at a
        double vx = b.R - a.R, vy = b.G - a.G, vz = b.B - a.B;
        var len = vx * vx + vy * vy + vz * vz;
        if (len == 0 || !dither) return a;
        var t = ((c.R - a.R) * vx + (c.G - a.G) * vy + (c.B - a.B) * vz) / len;
        var threshold = (Bayer[y & 3, x & 3] + 0.5) / 16.0;
        return t > 0.32 + threshold * 0.36 ? b : a;
    }
}
