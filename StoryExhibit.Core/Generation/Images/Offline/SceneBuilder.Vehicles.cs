namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>Machines and vessels: a drone hovering, a boat on the water, a car, a steam train, a rocket on its pad.</summary>
internal sealed partial class SceneBuilder
{
    private bool HasWater => _r.Setting is Setting.Lake or Setting.Sea;

    /// <summary>Where boats float: on the open water between the far shore and the near one.</summary>
    private double Waterline => _horizon + (GroundY - _horizon) * 0.42;

    private void Drone(double x, double b, double s, Rgb body, int index)
    {
        var hy = b - s * 1.1 + Math.Sin(_t * 3 + index) * 8;
        Shadow(x, b, s * 0.3);
        var dark = body.Darker(0.4);
        foreach (var side in new[] { -1, 1 })
        {
            var tip = new Pt(x + side * s * 0.5, hy - s * 0.1);
            _c.Line(Layer.Figure, dark, s * 0.045, 1, false, new Pt(x + side * s * 0.15, hy), tip);
            _c.Rect(Layer.Figure, dark, tip.X - s * 0.025, tip.Y - s * 0.08, s * 0.05, s * 0.08);
            // the spinning rotor: a blurred disc and one blade caught mid-turn
            _c.Oval(Layer.Figure, Rgb.Hex("dfe6ee"), tip.X, tip.Y - s * 0.09, s * 0.24, s * 0.035, 0.45, soft: true);
            var turn = Math.Cos(_t * 40 + side) * s * 0.22;
            _c.Line(Layer.Figure, Ink, s * 0.02, 0.8, true, new Pt(tip.X - turn, tip.Y - s * 0.09), new Pt(tip.X + turn, tip.Y - s * 0.09));
            _c.Oval(Layer.Figure, Rgb.Hex(side < 0 ? "ff5a5a" : "5aff8a"), tip.X, tip.Y + s * 0.01, s * 0.018, s * 0.018, 0.6 + 0.4 * Math.Sin(_t * 4), soft: true);
            // landing skids
            _c.Line(Layer.Figure, dark, s * 0.025, 1, false, new Pt(x + side * s * 0.1, hy + s * 0.08), new Pt(x + side * s * 0.16, hy + s * 0.2), new Pt(x + side * s * 0.26, hy + s * 0.2));
        }
        _c.Oval(Layer.Figure, Vertical(body.Lighter(0.25), body.Darker(0.2), hy - s * 0.12, hy + s * 0.1), x, hy, s * 0.26, s * 0.11);
        _c.Oval(Layer.Figure, body.Lighter(0.15), x, hy - s * 0.08, s * 0.14, s * 0.06);
        // the camera eye, glowing
        _c.Oval(Layer.Figure, Ink, x, hy + s * 0.1, s * 0.07, s * 0.06);
        _c.Oval(Layer.Figure, Rgb.Hex("5ad0ff"), x, hy + s * 0.1, s * 0.035, s * 0.03, 0.9);
        _c.Oval(Layer.Figure, Rgb.Hex("5ad0ff"), x, hy + s * 0.1, s * 0.09, s * 0.08, 0.25, soft: true);
    }

    private void Boat(double x, double water, double s, Rgb wood, string name)
    {
        var bob = Math.Sin(_t * 1.4 + x) * 5;
        var y = water + bob;
        var sails = name.Contains("sail", StringComparison.OrdinalIgnoreCase) || name.Contains("ship", StringComparison.OrdinalIgnoreCase)
            || name.Contains("yacht", StringComparison.OrdinalIgnoreCase) || name.Contains("galleon", StringComparison.OrdinalIgnoreCase)
            || name.Contains("schooner", StringComparison.OrdinalIgnoreCase);
        if (sails) s *= 1.3;
        var hull = Lit(wood, 0.1);
        if (HasWater) _c.Oval(Layer.Figure, hull.Darker(0.5), x, y + s * 0.12, s * 0.5, s * 0.05, 0.3, soft: true);
        else Shadow(x, y, s * 0.45);
        if (sails)
        {
            _c.Rect(Layer.Figure, hull.Darker(0.3), x - s * 0.015, y - s * 0.95, s * 0.03, s * 0.85);
            var belly = Math.Sin(_t * 0.8) * s * 0.02;
            _c.Poly(Layer.Figure, Lit(Rgb.Hex("f6f2e8"), 0.05), [new(x + s * 0.03, y - s * 0.92), new(x + s * 0.42 + belly, y - s * 0.18), new(x + s * 0.03, y - s * 0.18)]);
            _c.Poly(Layer.Figure, Lit(Rgb.Hex("ece6d8"), 0.05), [new(x - s * 0.03, y - s * 0.8), new(x - s * 0.3 - belly, y - s * 0.2), new(x - s * 0.03, y - s * 0.2)]);
            _c.Poly(Layer.Figure, Rgb.Hex("d8403a"), [new(x, y - s * 0.95), new(x + s * 0.1, y - s * 0.92), new(x, y - s * 0.89)]);
        }
        _c.Poly(Layer.Figure, Vertical(hull.Lighter(0.12), hull.Darker(0.25), y - s * 0.14, y + s * 0.08),
            [new(x - s * 0.52, y - s * 0.16), new(x + s * 0.5, y - s * 0.14), new(x + s * 0.36, y + s * 0.08), new(x - s * 0.38, y + s * 0.08)]);
        _c.Line(Layer.Figure, hull.Darker(0.35), s * 0.02, 1, false, new Pt(x - s * 0.5, y - s * 0.16), new Pt(x + s * 0.48, y - s * 0.14));
        _c.Line(Layer.Figure, hull.Darker(0.2), s * 0.012, 0.7, true, new Pt(x - s * 0.44, y - s * 0.05), new Pt(x + s * 0.43, y - s * 0.04));
        if (!sails)
            // a rowing boat's oars, dipping in turn
            foreach (var side in new[] { -1, 1 })
            {
                var dip = Math.Sin(_t * 1.2) * s * 0.04 * side;
                _c.Line(Layer.Figure, hull.Darker(0.15), s * 0.025, 1, false, new Pt(x + side * s * 0.08, y - s * 0.2), new Pt(x + side * s * 0.62, y + s * 0.1 + dip));
            }
        if (HasWater)
            for (var k = -1; k <= 1; k += 2)
                _c.Line(Layer.Figure, Rgb.Hex("e8f4ff"), 3, 0.5, true, new Pt(x + k * s * 0.42, y + s * 0.1), new Pt(x + k * s * 0.6, y + s * 0.12));
    }

    private void Car(double x, double b, double s, Rgb paint)
    {
        var body = Lit(paint, 0.05);
        Shadow(x, b, s * 0.55);
        _c.Poly(Layer.Figure, body.Darker(0.1), [new(x - s * 0.3, b - s * 0.32), new(x - s * 0.2, b - s * 0.52), new(x + s * 0.16, b - s * 0.52), new(x + s * 0.3, b - s * 0.32)]);
        _c.Poly(Layer.Figure, Lit(Rgb.Hex("bfe0f4"), 0.1), [new(x - s * 0.25, b - s * 0.33), new(x - s * 0.18, b - s * 0.48), new(x - s * 0.03, b - s * 0.48), new(x - s * 0.03, b - s * 0.33)]);
        _c.Poly(Layer.Figure, Lit(Rgb.Hex("bfe0f4"), 0.1), [new(x + s * 0.01, b - s * 0.33), new(x + s * 0.01, b - s * 0.48), new(x + s * 0.14, b - s * 0.48), new(x + s * 0.25, b - s * 0.33)]);
        _c.Poly(Layer.Figure, Vertical(body.Lighter(0.15), body.Darker(0.2), b - s * 0.34, b - s * 0.1),
            [new(x - s * 0.5, b - s * 0.12), new(x - s * 0.5, b - s * 0.26), new(x - s * 0.42, b - s * 0.34), new(x + s * 0.44, b - s * 0.34), new(x + s * 0.52, b - s * 0.24), new(x + s * 0.52, b - s * 0.12)]);
        _c.Rect(Layer.Figure, Rgb.Hex("fff0b0"), x + s * 0.46, b - s * 0.28, s * 0.05, s * 0.05);
        if (Night) _c.Poly(Layer.Figure, Rgb.Hex("fff0b0"), [new(x + s * 0.5, b - s * 0.28), new(x + s * 1.2, b - s * 0.36), new(x + s * 1.2, b - s * 0.08)], 0.2, soft: true);
        _c.Rect(Layer.Figure, Rgb.Hex("d84a3a"), x - s * 0.5, b - s * 0.27, s * 0.04, s * 0.05);
        foreach (var wx in new[] { -0.3, 0.3 })
        {
            _c.Oval(Layer.Figure, Ink, x + wx * s, b - s * 0.11, s * 0.11, s * 0.11);
            _c.Oval(Layer.Figure, Rgb.Hex("b8bcc4"), x + wx * s, b - s * 0.11, s * 0.05, s * 0.05);
        }
    }

    private void Train(double x, double b, double s, Rgb paint)
    {
        var body = Lit(paint, 0.05);
        var rail = Lit(Rgb.Hex("5a5a62"));
        _c.Rect(Layer.Figure, rail, x - s * 1.2, b - s * 0.02, s * 1.9, s * 0.03);
        // a carriage behind the engine
        _c.Rect(Layer.Figure, body.Mix(Rgb.Hex("8a2a2a"), 0.5), x - s * 1.15, b - s * 0.55, s * 0.62, s * 0.42);
        for (var k = 0; k < 3; k++) _c.Rect(Layer.Figure, Rgb.Hex(Night ? "ffd880" : "cfe6f4"), x - s * 1.08 + k * s * 0.19, b - s * 0.48, s * 0.13, s * 0.13);
        // the engine: cab, boiler, chimney
        _c.Rect(Layer.Figure, body.Darker(0.1), x - s * 0.45, b - s * 0.7, s * 0.32, s * 0.57);
        _c.Rect(Layer.Figure, Ink, x - s * 0.5, b - s * 0.76, s * 0.42, s * 0.07);
        _c.Rect(Layer.Figure, Rgb.Hex(Night ? "ffd880" : "cfe6f4"), x - s * 0.38, b - s * 0.62, s * 0.18, s * 0.16);
        _c.Rect(Layer.Figure, Vertical(body.Lighter(0.15), body.Darker(0.2), b - s * 0.48, b - s * 0.13), x - s * 0.13, b - s * 0.48, s * 0.55, s * 0.35);
        _c.Oval(Layer.Figure, body.Darker(0.25), x + s * 0.42, b - s * 0.3, s * 0.05, s * 0.17);
        _c.Rect(Layer.Figure, Ink, x + s * 0.25, b - s * 0.7, s * 0.08, s * 0.22);
        _c.Poly(Layer.Figure, Ink, [new(x + s * 0.4, b - s * 0.13), new(x + s * 0.55, b - s * 0.02), new(x + s * 0.4, b - s * 0.02)]);
        for (var k = 0; k < 5; k++)
        {
            var rise = (_t * 40 + k * 45) % 220;
            _c.Oval(Layer.Figure, Rgb.Hex("eceef2"), x + s * 0.29 - rise * 0.8, b - s * 0.75 - rise * 0.5, 18 + rise * 0.2, 14 + rise * 0.15, 0.7 * (1 - rise / 220), soft: true);
        }
        foreach (var wx in new[] { -1.02, -0.66, -0.32, 0.0, 0.28 })
        {
            var r = wx > -0.5 && wx < -0.2 ? s * 0.12 : s * 0.09;
            _c.Oval(Layer.Figure, Ink, x + wx * s, b - r, r, r);
            _c.Oval(Layer.Figure, Rgb.Hex("c8a040"), x + wx * s, b - r, r * 0.35, r * 0.35);
        }
    }

    private void Rocket(double x, double b, double s, Rgb hull)
    {
        Shadow(x, b, s * 0.25);
        var body = Lit(hull, 0.05);
        var fin = Lit(Rgb.Hex("d8403a"), 0.05);
        foreach (var side in new[] { -1, 1 })
            _c.Poly(Layer.Figure, fin, [new(x + side * s * 0.1, b - s * 0.42), new(x + side * s * 0.24, b - s * 0.08), new(x + side * s * 0.24, b), new(x + side * s * 0.1, b - s * 0.12)]);
        _c.Poly(Layer.Figure, Vertical(body.Lighter(0.1), body.Darker(0.15), b - s, b),
            [new(x, b - s), new(x + s * 0.1, b - s * 0.82), new(x + s * 0.13, b - s * 0.6), new(x + s * 0.12, b - s * 0.1), new(x - s * 0.12, b - s * 0.1), new(x - s * 0.13, b - s * 0.6), new(x - s * 0.1, b - s * 0.82)]);
        _c.Poly(Layer.Figure, fin, [new(x, b - s), new(x + s * 0.07, b - s * 0.88), new(x - s * 0.07, b - s * 0.88)]);
        _c.Oval(Layer.Figure, Rgb.Hex("8a92a0"), x, b - s * 0.62, s * 0.07, s * 0.07);
        _c.Oval(Layer.Figure, Rgb.Hex("5ab8e8"), x, b - s * 0.62, s * 0.05, s * 0.05);
        _c.Rect(Layer.Figure, Ink, x - s * 0.08, b - s * 0.1, s * 0.16, s * 0.06);
        var flicker = 0.5 + 0.3 * Math.Sin(_t * 9);
        _c.Oval(Layer.Figure, Rgb.Hex("ffb04a"), x, b - s * 0.02, s * 0.07, s * 0.05, flicker, soft: true);
    }

    private void Turtle(double x, double y, double s, Rgb shell)
    {
        var skin = Lit(Rgb.Hex("a8b86a"), 0.05);
        var paddle = Math.Sin(_t * 1.5) * s * 0.04;
        foreach (var (fx, fy) in new[] { (0.28, -0.12), (0.3, 0.14), (-0.3, -0.1), (-0.3, 0.12) })
            _c.Oval(Layer.Figure, skin.Darker(0.1), x + fx * s + paddle, y + fy * s, s * 0.16, s * 0.07);
        _c.Oval(Layer.Figure, skin, x + s * 0.46, y - s * 0.02, s * 0.12, s * 0.09);
        _c.Oval(Layer.Figure, Ink, x + s * 0.5, y - s * 0.05, s * 0.016, s * 0.016);
        _c.Oval(Layer.Figure, Vertical(shell.Lighter(0.15), shell.Darker(0.25), y - s * 0.22, y + s * 0.1), x, y - s * 0.04, s * 0.38, s * 0.2);
        foreach (var (px, py) in new[] { (-0.18, -0.06), (0.0, -0.1), (0.18, -0.06), (-0.08, 0.04), (0.1, 0.04) })
            _c.Oval(Layer.Figure, shell.Darker(0.2), x + px * s, y + py * s, s * 0.08, s * 0.05, 0.8);
    }
}
