namespace StoryExhibit.Core.Generation.Images.Offline;

internal sealed partial class SceneBuilder
{
    private static readonly Rgb[] Skins = new[] { "f2d0b0", "e0b088", "c08a60", "8a5a3a", "f8dcc8", "a8704a" }.Select(Rgb.Hex).ToArray();
    private static readonly Rgb[] Hairs = new[] { "2a1a12", "5a3a1a", "c89a4a", "8a2a1a", "1a1a22", "d8d0c0" }.Select(Rgb.Hex).ToArray();
    private static readonly Rgb Ink = Rgb.Hex("1e1a24");

    private void Cast()
    {
        var figures = _r.Figures;
        var things = _r.Things;
        var n = figures.Count;
        var span = Math.Min(W * 0.66, Math.Max(1, n) * 360);
        var slot = n == 0 ? 0 : span / n;
        var baseY = GroundY + (_r.Setting is Setting.Sky ? -40 : 10);
        for (var i = 0; i < n; i++)
        {
            var x = W / 2 - span / 2 + slot * (i + 0.5);
            var f = figures[i];
            var bob = Math.Sin(_t * 2 + i * 1.7) * 3;
            var size = n > 4 ? 0.9 : 1.2;
            DrawFigure(f, x, baseY + (i % 2) * 10 + bob, size, i);
        }

        var m = things.Count;
        if (m == 0) return;
        var big = n == 0;
        var thingSpan = big ? Math.Min(W * 0.5, m * 320) : Math.Min(W * 0.7, (n + m) * 200);
        for (var j = 0; j < m; j++)
        {
            double x, y, size;
            if (big) { x = W / 2 - thingSpan / 2 + thingSpan / m * (j + 0.5); y = GroundY - 80; size = 150; }
            else
            {
                // between and beside the figures, a little in front of them
                x = n == 0 ? W / 2 : W / 2 - span / 2 + slot * (j % (n + 1));
                if (j >= n + 1) x += slot * 0.5;
                y = baseY + 12;
                size = 100;
            }
            var hover = _r.Things[j].Kind is ObjectKind.Star or ObjectKind.Orb or ObjectKind.Gem or ObjectKind.Feather ? 40 + Math.Sin(_t * 1.6 + j) * 10 : 0;
            DrawThing(things[j], x, y - size * 0.5 - hover, size);
        }
    }

    private void Shadow(double x, double y, double w) =>
        _c.Oval(Layer.Figure, Rgb.Hex("101018"), x, y, w, w * 0.16, 0.28, soft: true);

    private void DrawFigure(Figure f, double x, double b, double s, int index)
    {
        var rng = new Rng(Rng.Hash(f.Name, index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var c = Lit(f.Colour, 0) .Mix(f.Colour, 0.35);
        switch (f.Kind)
        {
            case FigureKind.Person: Person(f, x, b, 270 * s, c, rng); break;
            case FigureKind.Cat: case FigureKind.Dog: case FigureKind.Fox: case FigureKind.Wolf: Beast(f.Kind, x, b, 130 * s, c); break;
            case FigureKind.Bird: Bird(x, b, 110 * s, c, f.Name.Contains("owl", StringComparison.OrdinalIgnoreCase)); break;
            case FigureKind.Dragon: Dragon(x, b, 300 * s, c); break;
            case FigureKind.Robot: Robot(x, b, 240 * s, c); break;
            case FigureKind.Ghost: Ghost(x, b - 40 - Math.Sin(_t * 1.5 + index) * 14, 230 * s); break;
            case FigureKind.Horse: Horse(x, b, 230 * s, c, f.Name.Contains("unicorn", StringComparison.OrdinalIgnoreCase), f.Name.Contains("camel", StringComparison.OrdinalIgnoreCase)); break;
            case FigureKind.Turtle: Turtle(x, _r.Setting is Setting.Underwater or Setting.Sea or Setting.Lake ? b - 120 : b, 200 * s, c); break;
            case FigureKind.Fish: Shadow(x, b, 60); FishShape(Layer.Figure, x, b - 110, 60 * s, c, true); break;
            case FigureKind.Rabbit: Beast(f.Kind, x, b, 100 * s, c); break;
            case FigureKind.Bear: Beast(f.Kind, x, b, 190 * s, c); break;
            case FigureKind.Drone: Drone(x, b, 220 * s, c, index); break;
            case FigureKind.Boat: Boat(x, HasWater ? Waterline : b, 300 * s, c, f.Name); break;
            case FigureKind.Car: Car(x, b, 320 * s, c); break;
            case FigureKind.Train: Train(x, b, 300 * s, c); break;
            case FigureKind.Rocket: Rocket(x, b, 320 * s, c); break;
        }
    }

    private void Person(Figure f, double x, double b, double h, Rgb cloak, Rng rng)
    {
        var skin = Lit(Skins[rng.Int(Skins.Length)], 0).Mix(Skins[0], 0.2);
        var hair = Lit(Hairs[rng.Int(Hairs.Length)], 0);
        var dark = cloak.Darker(0.45);
        Shadow(x, b, h * 0.3);
        // legs and boots
        _c.Rect(Layer.Figure, dark, x - h * 0.08, b - h * 0.24, h * 0.06, h * 0.24);
        _c.Rect(Layer.Figure, dark, x + h * 0.02, b - h * 0.24, h * 0.06, h * 0.24);
        _c.Oval(Layer.Figure, Ink, x - h * 0.06, b - h * 0.01, h * 0.055, h * 0.025);
        _c.Oval(Layer.Figure, Ink, x + h * 0.06, b - h * 0.01, h * 0.055, h * 0.025);
        // cloak or coat, with a lighter front panel
        var shoulder = b - h * 0.68;
        var hem = b - h * 0.2;
        var sway = Math.Sin(_t * 1.8 + x) * h * 0.015;
        _c.Poly(Layer.Figure, Vertical(cloak.Lighter(0.08), cloak.Darker(0.15), shoulder, hem),
            [new(x - h * 0.1, shoulder), new(x + h * 0.1, shoulder), new(x + h * 0.2 + sway, hem), new(x - h * 0.2 + sway, hem)]);
        _c.Poly(Layer.Figure, cloak.Lighter(0.3), [new(x - h * 0.03, shoulder + h * 0.04), new(x + h * 0.03, shoulder + h * 0.04), new(x + h * 0.06 + sway, hem), new(x - h * 0.06 + sway, hem)], 0.7);
        // arms
        _c.Line(Layer.Figure, cloak.Darker(0.1), h * 0.06, 1, false, new Pt(x - h * 0.1, shoulder + h * 0.03), new Pt(x - h * 0.17, shoulder + h * 0.2), new Pt(x - h * 0.15, shoulder + h * 0.34));
        _c.Line(Layer.Figure, cloak.Darker(0.1), h * 0.06, 1, false, new Pt(x + h * 0.1, shoulder + h * 0.03), new Pt(x + h * 0.17, shoulder + h * 0.2), new Pt(x + h * 0.15, shoulder + h * 0.34));
        _c.Oval(Layer.Figure, skin, x - h * 0.15, shoulder + h * 0.36, h * 0.03, h * 0.03);
        _c.Oval(Layer.Figure, skin, x + h * 0.15, shoulder + h * 0.36, h * 0.03, h * 0.03);
        // head
        var hy = b - h * 0.8;
        var hr = h * 0.105;
        if (f.Hat == Headwear.Hood)
            _c.Poly(Layer.Figure, cloak.Darker(0.2), Canvas.Arc(x, hy, hr * 1.35, hr * 1.45, 180, 360, 14).Append(new(x + hr * 1.45, hy + hr * 1.3)).Append(new(x - hr * 1.45, hy + hr * 1.3)));
        else
        {
            _c.Oval(Layer.Figure, hair, x, hy - hr * 0.1, hr * 1.12, hr * 1.1);
            if (rng.Chance(0.5)) _c.Poly(Layer.Figure, hair, [new(x - hr * 1.1, hy), new(x + hr * 1.1, hy), new(x + hr * 1.25, hy + hr * 1.6), new(x - hr * 1.25, hy + hr * 1.6)]);
        }
        _c.Rect(Layer.Figure, skin.Darker(0.1), x - hr * 0.35, hy + hr * 0.8, hr * 0.7, hr * 0.5);
        _c.Oval(Layer.Figure, skin, x, hy + hr * 0.08, hr * 0.92, hr);
        if (f.Hat != Headwear.Hood) _c.Poly(Layer.Figure, hair, Canvas.Arc(x, hy - hr * 0.02, hr * 0.98, hr * 0.9, 180, 360, 12).Append(new(x + hr * 0.3, hy - hr * 0.35)).Append(new(x - hr * 0.5, hy - hr * 0.25)));
        var blink = _t > 0 && (_t + x * 0.0137) % 4.5 < 0.2 ? 0.15 : 1; // a blink every few seconds while animating
        foreach (var side in new[] { -1, 1 })
        {
            _c.Oval(Layer.Figure, Ink, x + side * hr * 0.36, hy + hr * 0.15, hr * 0.14, hr * 0.18 * blink);
            if (blink == 1) _c.Oval(Layer.Figure, Rgb.Hex("ffffff"), x + side * hr * 0.36 + hr * 0.05, hy + hr * 0.08, hr * 0.05, hr * 0.05, 0.9, soft: true);
        }
        _c.Oval(Layer.Figure, Rgb.Hex("f08a80"), x - hr * 0.6, hy + hr * 0.45, hr * 0.16, hr * 0.1, 0.5, soft: true);
        _c.Oval(Layer.Figure, Rgb.Hex("f08a80"), x + hr * 0.6, hy + hr * 0.45, hr * 0.16, hr * 0.1, 0.5, soft: true);
        _c.Line(Layer.Figure, skin.Darker(0.45), hr * 0.08, 1, false, new Pt(x - hr * 0.22, hy + hr * 0.52), new Pt(x, hy + hr * 0.62), new Pt(x + hr * 0.22, hy + hr * 0.52));
        switch (f.Hat)
        {
            case Headwear.Pointed:
                _c.Oval(Layer.Figure, cloak.Darker(0.3), x, hy - hr * 0.55, hr * 1.7, hr * 0.3);
                _c.Poly(Layer.Figure, cloak.Darker(0.3), [new(x - hr * 0.95, hy - hr * 0.6), new(x + hr * 0.95, hy - hr * 0.6), new(x + hr * 0.6, hy - hr * 2.4 + sway)]);
                _c.Poly(Layer.Figure, Rgb.Hex("f4d04a"), Canvas.Star(x + hr * 0.1, hy - hr * 1.2, hr * 0.25, hr * 0.1, 5));
                break;
            case Headwear.Crown:
                _c.Poly(Layer.Figure, Rgb.Hex("e8b931"), [new(x - hr * 0.8, hy - hr * 0.55), new(x - hr * 0.85, hy - hr * 1.35), new(x - hr * 0.4, hy - hr * 0.95), new(x, hy - hr * 1.5), new(x + hr * 0.4, hy - hr * 0.95), new(x + hr * 0.85, hy - hr * 1.35), new(x + hr * 0.8, hy - hr * 0.55)]);
                _c.Oval(Layer.Figure, Rgb.Hex("d8304a"), x, hy - hr * 0.8, hr * 0.14, hr * 0.14);
                break;
            case Headwear.Helmet:
                _c.Poly(Layer.Figure, Rgb.Hex("b8c0cc"), Canvas.Arc(x, hy - hr * 0.1, hr * 1.08, hr * 1.05, 180, 360, 14).Append(new(x + hr * 1.08, hy + hr * 0.1)).Append(new(x - hr * 1.08, hy + hr * 0.1)));
                _c.Rect(Layer.Figure, Rgb.Hex("8a92a0"), x - hr * 0.08, hy - hr * 1.1, hr * 0.16, hr * 0.9);
                break;
            case Headwear.Fedora:
                var felt = Rgb.Hex("3a3438");
                _c.Oval(Layer.Figure, felt, x, hy - hr * 0.55, hr * 1.6, hr * 0.26);
                _c.Poly(Layer.Figure, felt, [new(x - hr * 0.85, hy - hr * 0.55), new(x - hr * 0.75, hy - hr * 1.45), new(x, hy - hr * 1.3), new(x + hr * 0.75, hy - hr * 1.45), new(x + hr * 0.85, hy - hr * 0.55)]);
                _c.Rect(Layer.Figure, Rgb.Hex("8a2a2a"), x - hr * 0.84, hy - hr * 0.8, hr * 1.68, hr * 0.2);
                break;
            case Headwear.Tricorn:
                _c.Poly(Layer.Figure, Rgb.Hex("2a2228"), [new(x - hr * 1.6, hy - hr * 0.6), new(x, hy - hr * 1.7), new(x + hr * 1.6, hy - hr * 0.6), new(x, hy - hr * 0.85)]);
                _c.Oval(Layer.Figure, Rgb.Hex("f2f0ea"), x, hy - hr * 1.1, hr * 0.18, hr * 0.15);
                break;
        }
    }

    private void Beast(FigureKind kind, double x, double b, double h, Rgb fur)
    {
        var dir = 1;
        var light = kind == FigureKind.Fox ? Rgb.Hex("f4efe6") : fur.Lighter(0.3);
        Shadow(x, b, h * 0.7);
        var bodyY = b - h * 0.45;
        var legColour = kind == FigureKind.Fox ? Rgb.Hex("3a2a22") : fur.Darker(0.2);
        foreach (var lx in new[] { -0.38, -0.22, 0.22, 0.38 })
            _c.Rect(Layer.Figure, legColour, x + lx * h - h * 0.04, bodyY, h * 0.08, b - bodyY);
        // tail, wagging
        var wag = Math.Sin(_t * (kind == FigureKind.Dog ? 6 : 2)) * h * 0.08;
        if (kind is FigureKind.Fox or FigureKind.Wolf)
        {
            _c.Poly(Layer.Figure, fur, [new(x - dir * h * 0.45, bodyY - h * 0.05), new(x - dir * h * 0.95, bodyY - h * 0.3 + wag), new(x - dir * h * 1.05, bodyY - h * 0.05 + wag), new(x - dir * h * 0.5, bodyY + h * 0.12)]);
            _c.Oval(Layer.Figure, light, x - dir * h * 1.0, bodyY - h * 0.18 + wag, h * 0.09, h * 0.09);
        }
        else if (kind is FigureKind.Rabbit or FigureKind.Bear) _c.Oval(Layer.Figure, kind == FigureKind.Rabbit ? Rgb.Hex("f8f6f0") : fur, x - dir * h * 0.5, bodyY - h * 0.08, h * 0.11, h * 0.11);
        else _c.Line(Layer.Figure, fur, h * 0.08, 1, false, new Pt(x - dir * h * 0.45, bodyY), new Pt(x - dir * h * 0.7, bodyY - h * 0.15), new Pt(x - dir * h * 0.75 + wag, bodyY - h * 0.45));
        _c.Oval(Layer.Figure, Vertical(fur.Lighter(0.08), fur.Darker(0.1), bodyY - h * 0.2, bodyY + h * 0.2), x, bodyY, h * 0.52, h * 0.22);
        _c.Oval(Layer.Figure, light, x + dir * h * 0.28, bodyY + h * 0.06, h * 0.16, h * 0.12);
        // head
        var hx = x + dir * h * 0.5;
        var hy = bodyY - h * 0.32;
        var hr = h * 0.2;
        var pointy = kind is FigureKind.Fox or FigureKind.Wolf or FigureKind.Cat;
        if (kind == FigureKind.Rabbit)
            foreach (var side in new[] { -1, 1 })
            {
                _c.Oval(Layer.Figure, fur.Darker(0.05), hx + side * hr * 0.35, hy - hr * 1.45, hr * 0.24, hr * 0.85);
                _c.Oval(Layer.Figure, Rgb.Hex("f2b0b8"), hx + side * hr * 0.35, hy - hr * 1.4, hr * 0.11, hr * 0.6);
            }
        else if (kind == FigureKind.Bear)
            foreach (var side in new[] { -1, 1 }) _c.Oval(Layer.Figure, fur.Darker(0.1), hx + side * hr * 0.75, hy - hr * 0.72, hr * 0.32, hr * 0.32);
        else
        {
            _c.Poly(Layer.Figure, fur.Darker(0.05), [new(hx - hr * 0.8, hy - hr * 0.4), new(hx - hr * (pointy ? 0.55 : 0.9), hy - hr * (pointy ? 1.5 : 0.6)), new(hx - hr * 0.1, hy - hr * 0.7)]);
            _c.Poly(Layer.Figure, fur.Darker(0.05), [new(hx + hr * 0.8, hy - hr * 0.4), new(hx + hr * (pointy ? 0.55 : 0.9), hy - hr * (pointy ? 1.5 : 0.6)), new(hx + hr * 0.1, hy - hr * 0.7)]);
        }
        if (kind == FigureKind.Dog)
        {
            _c.Oval(Layer.Figure, fur.Darker(0.3), hx - hr * 0.9, hy, hr * 0.3, hr * 0.6);
            _c.Oval(Layer.Figure, fur.Darker(0.3), hx + hr * 0.9, hy, hr * 0.3, hr * 0.6);
        }
        _c.Oval(Layer.Figure, fur, hx, hy, hr, hr * 0.9);
        var muzzleLong = kind is FigureKind.Fox or FigureKind.Wolf or FigureKind.Dog;
        _c.Poly(Layer.Figure, light, [new(hx - hr * 0.55, hy + hr * 0.1), new(hx + hr * 0.55, hy + hr * 0.1), new(hx, hy + hr * (muzzleLong ? 1.05 : 0.75))]);
        _c.Oval(Layer.Figure, Ink, hx, hy + hr * (muzzleLong ? 0.92 : 0.62), hr * 0.14, hr * 0.1);
        _c.Oval(Layer.Figure, Ink, hx - hr * 0.38, hy - hr * 0.08, hr * 0.11, hr * 0.13);
        _c.Oval(Layer.Figure, Ink, hx + hr * 0.38, hy - hr * 0.08, hr * 0.11, hr * 0.13);
        if (kind == FigureKind.Cat)
            foreach (var side in new[] { -1, 1 })
                _c.Line(Layer.Figure, Ink, 2, 0.7, true, new Pt(hx + side * hr * 0.25, hy + hr * 0.55), new Pt(hx + side * hr * 1.2, hy + hr * 0.45));
    }

    private void Bird(double x, double b, double h, Rgb feathers, bool owl)
    {
        // perched on a little post
        _c.Rect(Layer.Figure, Lit(Rgb.Hex("7a5a3a")), x - h * 0.12, b - h * 0.55, h * 0.24, h * 0.55);
        var by = b - h * 0.55 - h * 0.38;
        _c.Oval(Layer.Figure, feathers, x, by, h * 0.32, h * 0.4);
        _c.Oval(Layer.Figure, feathers.Lighter(0.35), x, by + h * 0.08, h * 0.2, h * 0.28);
        var flap = Math.Sin(_t * 3) * 8;
        _c.Poly(Layer.Figure, feathers.Darker(0.2), [new(x - h * 0.28, by - h * 0.15), new(x - h * 0.5, by + h * 0.15 + flap), new(x - h * 0.2, by + h * 0.32)]);
        _c.Poly(Layer.Figure, feathers.Darker(0.2), [new(x + h * 0.28, by - h * 0.15), new(x + h * 0.5, by + h * 0.15 + flap), new(x + h * 0.2, by + h * 0.32)]);
        var hy = by - h * 0.42;
        if (owl)
        {
            _c.Poly(Layer.Figure, feathers, [new(x - h * 0.3, hy - h * 0.05), new(x - h * 0.28, hy - h * 0.32), new(x - h * 0.1, hy - h * 0.18), new(x + h * 0.1, hy - h * 0.18), new(x + h * 0.28, hy - h * 0.32), new(x + h * 0.3, hy - h * 0.05)]);
            _c.Oval(Layer.Figure, feathers, x, hy, h * 0.3, h * 0.24);
            foreach (var side in new[] { -1, 1 })
            {
                _c.Oval(Layer.Figure, Rgb.Hex("f8e8b0"), x + side * h * 0.13, hy, h * 0.11, h * 0.11);
                _c.Oval(Layer.Figure, Ink, x + side * h * 0.13, hy, h * 0.05, h * 0.05);
            }
        }
        else
        {
            _c.Oval(Layer.Figure, feathers, x, hy, h * 0.2, h * 0.19);
            _c.Oval(Layer.Figure, Ink, x + h * 0.07, hy - h * 0.03, h * 0.035, h * 0.035);
        }
        _c.Poly(Layer.Figure, Rgb.Hex("f0a030"), [new(x - h * 0.05, hy + h * 0.06), new(x + h * 0.05, hy + h * 0.06), new(x, hy + h * 0.16)]);
    }

    private void Dragon(double x, double b, double h, Rgb scales)
    {
        Shadow(x, b, h * 0.6);
        var belly = Rgb.Hex("f2d08a").Mix(scales, 0.2);
        var flap = Math.Sin(_t * 1.5) * h * 0.08;
        var by = b - h * 0.32;
        // wings behind
        _c.Poly(Layer.Figure, scales.Darker(0.25), [new(x - h * 0.05, by - h * 0.15), new(x - h * 0.55, by - h * 0.75 - flap), new(x - h * 0.45, by - h * 0.4 - flap), new(x - h * 0.7, by - h * 0.45 - flap), new(x - h * 0.3, by - h * 0.05)], 0.95);
        _c.Poly(Layer.Figure, scales.Darker(0.15), [new(x + h * 0.05, by - h * 0.15), new(x + h * 0.45, by - h * 0.8 - flap), new(x + h * 0.4, by - h * 0.45 - flap), new(x + h * 0.62, by - h * 0.5 - flap), new(x + h * 0.25, by - h * 0.05)], 0.95);
        // tail
        _c.Line(Layer.Figure, scales, h * 0.08, 1, false, new Pt(x - h * 0.25, by + h * 0.1), new Pt(x - h * 0.55, by + h * 0.25), new Pt(x - h * 0.75, by + h * 0.15 + Math.Sin(_t * 2) * 10));
        _c.Poly(Layer.Figure, scales.Darker(0.2), [new(x - h * 0.75, by + h * 0.05), new(x - h * 0.88, by + h * 0.15), new(x - h * 0.75, by + h * 0.25)]);
        // legs and body
        _c.Rect(Layer.Figure, scales.Darker(0.1), x - h * 0.22, by + h * 0.05, h * 0.1, b - by - h * 0.05);
        _c.Rect(Layer.Figure, scales.Darker(0.1), x + h * 0.12, by + h * 0.05, h * 0.1, b - by - h * 0.05);
        _c.Oval(Layer.Figure, Vertical(scales.Lighter(0.1), scales.Darker(0.15), by - h * 0.2, by + h * 0.2), x, by, h * 0.34, h * 0.2);
        _c.Oval(Layer.Figure, belly, x + h * 0.05, by + h * 0.06, h * 0.2, h * 0.12);
        // neck and head
        _c.Line(Layer.Figure, scales, h * 0.1, 1, false, new Pt(x + h * 0.2, by - h * 0.05), new Pt(x + h * 0.3, by - h * 0.3), new Pt(x + h * 0.28, by - h * 0.45));
        var hx = x + h * 0.32; var hy = by - h * 0.5;
        _c.Poly(Layer.Figure, scales.Darker(0.3), [new(hx - h * 0.06, hy - h * 0.06), new(hx - h * 0.12, hy - h * 0.2), new(hx, hy - h * 0.08)]);
        _c.Oval(Layer.Figure, scales, hx, hy, h * 0.1, h * 0.08);
        _c.Oval(Layer.Figure, scales, hx + h * 0.1, hy + h * 0.02, h * 0.08, h * 0.05);
        _c.Oval(Layer.Figure, Rgb.Hex("f8e060"), hx, hy - h * 0.02, h * 0.025, h * 0.025);
        _c.Oval(Layer.Figure, Ink, hx + h * 0.005, hy - h * 0.02, h * 0.01, h * 0.02);
        for (var k = 0; k < 4; k++) _c.Poly(Layer.Figure, Rgb.Hex("f0a040"), [new(x - h * 0.2 + k * h * 0.1, by - h * 0.18), new(x - h * 0.15 + k * h * 0.1, by - h * 0.28), new(x - h * 0.1 + k * h * 0.1, by - h * 0.18)]);
    }

    private void Robot(double x, double b, double h, Rgb metal)
    {
        Shadow(x, b, h * 0.35);
        _c.Rect(Layer.Figure, metal.Darker(0.3), x - h * 0.14, b - h * 0.3, h * 0.09, h * 0.3);
        _c.Rect(Layer.Figure, metal.Darker(0.3), x + h * 0.05, b - h * 0.3, h * 0.09, h * 0.3);
        _c.Rect(Layer.Figure, Vertical(metal.Lighter(0.15), metal.Darker(0.15), b - h * 0.68, b - h * 0.28), x - h * 0.22, b - h * 0.68, h * 0.44, h * 0.4);
        _c.Rect(Layer.Figure, Rgb.Hex("2a3440"), x - h * 0.12, b - h * 0.6, h * 0.24, h * 0.14);
        for (var k = 0; k < 3; k++)
            _c.Oval(Layer.Figure, Rgb.Hex(k switch { 0 => "ff5a5a", 1 => "5aff9a", _ => "5ac8ff" }), x - h * 0.07 + k * h * 0.07, b - h * 0.53, h * 0.02, h * 0.02, 0.5 + 0.5 * Math.Abs(Math.Sin(_t * 3 + k)));
        var wave = Math.Sin(_t * 2) * h * 0.06;
        _c.Line(Layer.Figure, metal.Darker(0.2), h * 0.06, 1, false, new Pt(x - h * 0.22, b - h * 0.62), new Pt(x - h * 0.32, b - h * 0.45), new Pt(x - h * 0.3, b - h * 0.34));
        _c.Line(Layer.Figure, metal.Darker(0.2), h * 0.06, 1, false, new Pt(x + h * 0.22, b - h * 0.62), new Pt(x + h * 0.34, b - h * 0.74), new Pt(x + h * 0.38 + wave, b - h * 0.9));
        _c.Rect(Layer.Figure, metal.Darker(0.2), x - h * 0.05, b - h * 0.74, h * 0.1, h * 0.08);
        _c.Rect(Layer.Figure, Vertical(metal.Lighter(0.2), metal.Darker(0.1), b - h * 0.96, b - h * 0.72), x - h * 0.17, b - h * 0.96, h * 0.34, h * 0.24);
        _c.Oval(Layer.Figure, Rgb.Hex("5ae0ff"), x - h * 0.07, b - h * 0.85, h * 0.035, h * 0.035);
        _c.Oval(Layer.Figure, Rgb.Hex("5ae0ff"), x + h * 0.07, b - h * 0.85, h * 0.035, h * 0.035);
        _c.Line(Layer.Figure, metal.Darker(0.3), 4, 1, false, new Pt(x, b - h * 0.96), new Pt(x, b - h * 1.06));
        _c.Oval(Layer.Figure, Rgb.Hex("ff6a5a"), x, b - h * 1.08, h * 0.025, h * 0.025, 0.6 + 0.4 * Math.Sin(_t * 4));
    }

    private void Ghost(double x, double b, double h)
    {
        var white = Rgb.Hex("eef2ff");
        _c.Oval(Layer.Figure, Rgb.Hex("c8d8ff"), x, b - h * 0.5, h * 0.5, h * 0.6, 0.25, soft: true);
        var pts = Canvas.Arc(x, b - h * 0.62, h * 0.3, h * 0.32, 180, 360, 16).ToList();
        pts.Add(new(x + h * 0.34, b - h * 0.05));
        for (var k = 0; k <= 6; k++)
            pts.Add(new(x + h * 0.34 - k * h * 0.68 / 6, b - h * 0.05 + (k % 2 == 0 ? 0 : h * 0.08) + Math.Sin(_t * 3 + k) * 5));
        _c.Poly(Layer.Figure, white, pts, 0.85);
        _c.Oval(Layer.Figure, Ink, x - h * 0.1, b - h * 0.62, h * 0.04, h * 0.06);
        _c.Oval(Layer.Figure, Ink, x + h * 0.1, b - h * 0.62, h * 0.04, h * 0.06);
        _c.Oval(Layer.Figure, Ink, x, b - h * 0.48, h * 0.05, h * 0.06, 0.8);
    }

    private void Horse(double x, double b, double h, Rgb coat, bool unicorn, bool camel)
    {
        Shadow(x, b, h * 0.55);
        var by = b - h * 0.55;
        foreach (var lx in new[] { -0.32, -0.2, 0.2, 0.32 })
        {
            _c.Rect(Layer.Figure, coat.Darker(0.12), x + lx * h - h * 0.035, by, h * 0.07, b - by);
            _c.Rect(Layer.Figure, Ink, x + lx * h - h * 0.04, b - h * 0.04, h * 0.08, h * 0.04);
        }
        var mane = unicorn ? Rgb.Hex("c88af0") : camel ? coat.Darker(0.1) : coat.Darker(0.45);
        if (camel) _c.Oval(Layer.Figure, coat.Lighter(0.05), x - h * 0.04, by - h * 0.15, h * 0.2, h * 0.17);
        _c.Line(Layer.Figure, mane, h * 0.06, 1, false, new Pt(x - h * 0.4, by - h * 0.05), new Pt(x - h * 0.55, by + h * 0.15 + Math.Sin(_t * 2) * 6), new Pt(x - h * 0.52, by + h * 0.3));
        _c.Oval(Layer.Figure, coat, x, by, h * 0.42, h * 0.17);
        _c.Poly(Layer.Figure, coat, [new(x + h * 0.22, by - h * 0.08), new(x + h * 0.36, by - h * 0.45), new(x + h * 0.48, by - h * 0.4), new(x + h * 0.4, by + h * 0.02)]);
        _c.Poly(Layer.Figure, coat, [new(x + h * 0.34, by - h * 0.48), new(x + h * 0.62, by - h * 0.3), new(x + h * 0.58, by - h * 0.22), new(x + h * 0.4, by - h * 0.32)]);
        _c.Poly(Layer.Figure, mane, [new(x + h * 0.34, by - h * 0.48), new(x + h * 0.2, by - h * 0.1), new(x + h * 0.26, by - h * 0.1), new(x + h * 0.4, by - h * 0.44)]);
        _c.Oval(Layer.Figure, Ink, x + h * 0.45, by - h * 0.38, h * 0.02, h * 0.02);
        _c.Poly(Layer.Figure, coat.Darker(0.1), [new(x + h * 0.36, by - h * 0.46), new(x + h * 0.38, by - h * 0.56), new(x + h * 0.42, by - h * 0.46)]);
        if (unicorn) _c.Poly(Layer.Figure, Rgb.Hex("f4d04a"), [new(x + h * 0.41, by - h * 0.45), new(x + h * 0.52, by - h * 0.72), new(x + h * 0.46, by - h * 0.42)]);
    }

    private void FishShape(Layer layer, double x, double y, double s, Rgb colour, bool right)
    {
        var d = right ? 1 : -1;
        _c.Poly(layer, colour.Darker(0.15), [new(x - d * s * 0.8, y), new(x - d * s * 1.4, y - s * 0.5 + Math.Sin(_t * 6 + x) * 4), new(x - d * s * 1.4, y + s * 0.5)]);
        _c.Oval(layer, colour, x, y, s, s * 0.55);
        _c.Oval(layer, colour.Lighter(0.4), x + d * s * 0.1, y + s * 0.2, s * 0.55, s * 0.2, 0.7);
        _c.Oval(layer, Ink, x + d * s * 0.55, y - s * 0.1, s * 0.1, s * 0.1);
    }
}
