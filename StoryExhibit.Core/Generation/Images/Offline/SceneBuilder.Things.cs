namespace StoryExhibit.Core.Generation.Images.Offline;

internal sealed partial class SceneBuilder
{
    /// <summary>An object glyph centred on (x, y), about <paramref name="s"/> across.</summary>
    private void DrawThing(Thing thing, double x, double y, double s)
    {
        var c = thing.Colour;
        var dark = c.Darker(0.45);
        var L = Layer.Object;
        var glow = thing.Kind is ObjectKind.Lantern or ObjectKind.Star or ObjectKind.Gem or ObjectKind.Orb or ObjectKind.Potion or ObjectKind.Compass or ObjectKind.Crown or ObjectKind.Mirror or ObjectKind.Ring;
        if (glow)
        {
            var pulse = 0.22 + 0.08 * Math.Sin(_t * 2 + x);
            _c.Oval(L, c.Lighter(0.4), x, y, s * 0.95, s * 0.95, pulse, soft: true);
            _c.Oval(L, c.Lighter(0.6), x, y, s * 0.62, s * 0.62, pulse, soft: true);
        }
        switch (thing.Kind)
        {
            case ObjectKind.Compass:
                _c.Oval(L, c, x, y - s * 0.52, s * 0.1, s * 0.08);
                _c.Oval(L, c, x, y, s * 0.46, s * 0.46);
                _c.Oval(L, Rgb.Hex("f8f4e6"), x, y, s * 0.37, s * 0.37);
                var spin = Math.Sin(_t * 0.9) * 25 + 20;
                _c.Poly(L, Rgb.Hex("d8403a"), Canvas.Rotate([new(x, y - s * 0.32), new(x + s * 0.07, y), new(x - s * 0.07, y)], x, y, spin));
                _c.Poly(L, Rgb.Hex("3a3a48"), Canvas.Rotate([new(x, y + s * 0.32), new(x + s * 0.07, y), new(x - s * 0.07, y)], x, y, spin));
                _c.Oval(L, dark, x, y, s * 0.04, s * 0.04);
                break;
            case ObjectKind.Key:
                _c.Line(L, c, s * 0.09, 1, false, Canvas.Arc(x - s * 0.28, y, s * 0.18, s * 0.18, 0, 360, 18).ToArray());
                _c.Rect(L, c, x - s * 0.1, y - s * 0.045, s * 0.6, s * 0.09);
                _c.Rect(L, c, x + s * 0.3, y, s * 0.07, s * 0.18);
                _c.Rect(L, c, x + s * 0.42, y, s * 0.07, s * 0.13);
                break;
            case ObjectKind.Lantern:
                _c.Line(L, dark, s * 0.05, 1, false, Canvas.Arc(x, y - s * 0.42, s * 0.16, s * 0.16, 180, 360, 10).ToArray());
                _c.Rect(L, dark, x - s * 0.22, y - s * 0.44, s * 0.44, s * 0.1);
                _c.Rect(L, Rgb.Hex("ffe08a"), x - s * 0.18, y - s * 0.34, s * 0.36, s * 0.58, 0.95);
                _c.Oval(L, Rgb.Hex("fff4c0"), x, y - s * 0.05, s * 0.08, s * 0.14 + Math.Sin(_t * 8) * s * 0.02);
                _c.Rect(L, dark, x - s * 0.03, y - s * 0.34, s * 0.06, s * 0.58);
                _c.Rect(L, dark, x - s * 0.24, y + s * 0.24, s * 0.48, s * 0.1);
                break;
            case ObjectKind.Sword:
                _c.Poly(L, Vertical(c.Lighter(0.3), c.Darker(0.1), y - s * 0.6, y + s * 0.2), [new(x - s * 0.05, y + s * 0.2), new(x - s * 0.05, y - s * 0.5), new(x, y - s * 0.62), new(x + s * 0.05, y - s * 0.5), new(x + s * 0.05, y + s * 0.2)]);
                _c.Rect(L, Rgb.Hex("c8a040"), x - s * 0.22, y + s * 0.18, s * 0.44, s * 0.07);
                _c.Rect(L, Rgb.Hex("5a3a2a"), x - s * 0.04, y + s * 0.25, s * 0.08, s * 0.24);
                _c.Oval(L, Rgb.Hex("c8a040"), x, y + s * 0.52, s * 0.06, s * 0.06);
                break;
            case ObjectKind.Book:
                _c.Poly(L, c, [new(x - s * 0.45, y - s * 0.28), new(x, y - s * 0.22), new(x + s * 0.45, y - s * 0.28), new(x + s * 0.45, y + s * 0.3), new(x, y + s * 0.36), new(x - s * 0.45, y + s * 0.3)]);
                _c.Poly(L, Rgb.Hex("f8f0dc"), [new(x - s * 0.4, y - s * 0.3), new(x - s * 0.02, y - s * 0.24), new(x - s * 0.02, y + s * 0.28), new(x - s * 0.4, y + s * 0.24)]);
                _c.Poly(L, Rgb.Hex("f8f0dc"), [new(x + s * 0.4, y - s * 0.3), new(x + s * 0.02, y - s * 0.24), new(x + s * 0.02, y + s * 0.28), new(x + s * 0.4, y + s * 0.24)]);
                for (var k = 0; k < 4; k++)
                {
                    _c.Line(L, Rgb.Hex("b0a890"), 2.5, 1, true, new Pt(x - s * 0.34, y - s * 0.16 + k * s * 0.1), new Pt(x - s * 0.08, y - s * 0.12 + k * s * 0.1));
                    _c.Line(L, Rgb.Hex("b0a890"), 2.5, 1, true, new Pt(x + s * 0.08, y - s * 0.12 + k * s * 0.1), new Pt(x + s * 0.34, y - s * 0.16 + k * s * 0.1));
                }
                break;
            case ObjectKind.Map:
                _c.Poly(L, c, [new(x - s * 0.5, y - s * 0.3), new(x - s * 0.17, y - s * 0.36), new(x + s * 0.17, y - s * 0.3), new(x + s * 0.5, y - s * 0.36), new(x + s * 0.5, y + s * 0.32), new(x + s * 0.17, y + s * 0.38), new(x - s * 0.17, y + s * 0.32), new(x - s * 0.5, y + s * 0.38)]);
                _c.Line(L, Rgb.Hex("8a6a4a"), 3, 0.8, true, new Pt(x - s * 0.38, y + s * 0.2), new Pt(x - s * 0.2, y), new Pt(x, y + s * 0.1), new Pt(x + s * 0.2, y - s * 0.12));
                _c.Line(L, Rgb.Hex("c83a3a"), s * 0.05, 1, false, new Pt(x + s * 0.24, y - s * 0.22), new Pt(x + s * 0.36, y - s * 0.1));
                _c.Line(L, Rgb.Hex("c83a3a"), s * 0.05, 1, false, new Pt(x + s * 0.36, y - s * 0.22), new Pt(x + s * 0.24, y - s * 0.1));
                break;
            case ObjectKind.Crown:
                _c.Poly(L, c, [new(x - s * 0.42, y + s * 0.25), new(x - s * 0.46, y - s * 0.25), new(x - s * 0.22, y), new(x, y - s * 0.36), new(x + s * 0.22, y), new(x + s * 0.46, y - s * 0.25), new(x + s * 0.42, y + s * 0.25)]);
                _c.Oval(L, Rgb.Hex("d8304a"), x, y + s * 0.1, s * 0.07, s * 0.07);
                _c.Oval(L, Rgb.Hex("3a7bd5"), x - s * 0.25, y + s * 0.12, s * 0.05, s * 0.05);
                _c.Oval(L, Rgb.Hex("3a7bd5"), x + s * 0.25, y + s * 0.12, s * 0.05, s * 0.05);
                break;
            case ObjectKind.Gem:
                _c.Poly(L, c, [new(x - s * 0.36, y - s * 0.12), new(x - s * 0.18, y - s * 0.34), new(x + s * 0.18, y - s * 0.34), new(x + s * 0.36, y - s * 0.12), new(x, y + s * 0.4)]);
                _c.Poly(L, c.Lighter(0.45), [new(x - s * 0.18, y - s * 0.34), new(x + s * 0.02, y - s * 0.34), new(x - s * 0.1, y - s * 0.12)]);
                _c.Poly(L, c.Darker(0.25), [new(x + s * 0.36, y - s * 0.12), new(x, y + s * 0.4), new(x + s * 0.1, y - s * 0.12)]);
                break;
            case ObjectKind.Flower:
                _c.Line(L, Rgb.Hex("3a8a3a"), s * 0.05, 1, false, new Pt(x, y + s * 0.5), new Pt(x + s * 0.04, y));
                _c.Oval(L, Rgb.Hex("4a9a3a"), x + s * 0.12, y + s * 0.28, s * 0.12, s * 0.05);
                for (var k = 0; k < 6; k++)
                {
                    var a = k * Math.PI / 3 + Math.Sin(_t) * 0.1;
                    _c.Oval(L, c, x + Math.Cos(a) * s * 0.18, y - s * 0.1 + Math.Sin(a) * s * 0.18, s * 0.13, s * 0.13);
                }
                _c.Oval(L, Rgb.Hex("f4c842"), x, y - s * 0.1, s * 0.1, s * 0.1);
                break;
            case ObjectKind.Star:
                _c.Poly(L, c, Canvas.Star(x, y, s * 0.45, s * 0.2, 5, -90 + Math.Sin(_t) * 8));
                _c.Poly(L, c.Lighter(0.5), Canvas.Star(x, y, s * 0.22, s * 0.1, 5, -90 + Math.Sin(_t) * 8));
                break;
            case ObjectKind.Feather:
                _c.Poly(L, c, Canvas.Rotate(Canvas.Arc(x, y, s * 0.14, s * 0.48, 0, 360, 20), x, y, 28));
                _c.Line(L, dark, 3, 1, false, Canvas.Rotate([new(x, y - s * 0.46), new(x, y + s * 0.58)], x, y, 28).ToArray());
                break;
            case ObjectKind.Clock:
                _c.Oval(L, c, x, y, s * 0.42, s * 0.42);
                _c.Oval(L, Rgb.Hex("f8f4e6"), x, y, s * 0.34, s * 0.34);
                _c.Line(L, dark, s * 0.04, 1, false, new Pt(x, y), new Pt(x + Math.Sin(_t * 0.2) * s * 0.2, y - Math.Cos(_t * 0.2) * s * 0.2));
                _c.Line(L, dark, s * 0.03, 1, false, new Pt(x, y), new Pt(x + Math.Sin(_t * 2) * s * 0.28, y - Math.Cos(_t * 2) * s * 0.28));
                _c.Rect(L, c, x - s * 0.06, y - s * 0.54, s * 0.12, s * 0.1);
                break;
            case ObjectKind.Shell:
                _c.Poly(L, c, Canvas.Arc(x, y + s * 0.2, s * 0.45, s * 0.55, 180, 360, 16).Append(new Pt(x + s * 0.1, y + s * 0.36)).Append(new Pt(x - s * 0.1, y + s * 0.36)));
                for (var k = -2; k <= 2; k++) _c.Line(L, c.Darker(0.25), 3, 1, true, new Pt(x, y + s * 0.32), new Pt(x + k * s * 0.17, y - s * 0.25 + Math.Abs(k) * s * 0.1));
                break;
            case ObjectKind.Potion:
                _c.Rect(L, Rgb.Hex("8a6a4a"), x - s * 0.07, y - s * 0.5, s * 0.14, s * 0.1);
                _c.Rect(L, Rgb.Hex("d8e8f0"), x - s * 0.08, y - s * 0.42, s * 0.16, s * 0.2, 0.9);
                _c.Oval(L, Rgb.Hex("d8e8f0"), x, y + s * 0.08, s * 0.32, s * 0.32, 0.9);
                _c.Poly(L, c, Canvas.Arc(x, y + s * 0.08, s * 0.29, s * 0.29, 0, 180, 14), 0.95);
                _c.Oval(L, Rgb.Hex("ffffff"), x - s * 0.12, y - s * 0.02, s * 0.05, s * 0.08, 0.7);
                break;
            case ObjectKind.Mirror:
                _c.Rect(L, Rgb.Hex("c8a040"), x - s * 0.05, y + s * 0.2, s * 0.1, s * 0.34);
                _c.Oval(L, Rgb.Hex("c8a040"), x, y - s * 0.08, s * 0.3, s * 0.38);
                _c.Oval(L, Vertical(Rgb.Hex("e8f4ff"), Rgb.Hex("9ac0e0"), y - s * 0.4, y + s * 0.2), x, y - s * 0.08, s * 0.23, s * 0.31);
                _c.Line(L, Rgb.Hex("ffffff"), s * 0.04, 0.8, true, new Pt(x - s * 0.1, y - s * 0.2), new Pt(x + s * 0.02, y - s * 0.3));
                break;
            case ObjectKind.Ring:
                _c.Line(L, c, s * 0.08, 1, false, Canvas.Arc(x, y + s * 0.1, s * 0.28, s * 0.28, 0, 360, 20).ToArray());
                _c.Poly(L, Rgb.Hex("8ae0f0"), [new(x - s * 0.1, y - s * 0.2), new(x, y - s * 0.32), new(x + s * 0.1, y - s * 0.2), new(x, y - s * 0.1)]);
                break;
            case ObjectKind.Letter:
                _c.Rect(L, c, x - s * 0.45, y - s * 0.28, s * 0.9, s * 0.56);
                _c.Line(L, c.Darker(0.25), 3, 1, true, new Pt(x - s * 0.45, y - s * 0.28), new Pt(x, y + s * 0.06), new Pt(x + s * 0.45, y - s * 0.28));
                _c.Oval(L, Rgb.Hex("b8203a"), x, y + s * 0.06, s * 0.08, s * 0.08);
                break;
            case ObjectKind.Umbrella:
                _c.Poly(L, c, Canvas.Arc(x, y, s * 0.5, s * 0.4, 180, 360, 18));
                _c.Line(L, dark, s * 0.04, 1, false, new Pt(x, y), new Pt(x, y + s * 0.5), new Pt(x - s * 0.06, y + s * 0.58), new Pt(x - s * 0.12, y + s * 0.5));
                break;
            case ObjectKind.Telescope:
                _c.Line(L, dark, s * 0.03, 1, false, new Pt(x, y), new Pt(x - s * 0.25, y + s * 0.5));
                _c.Line(L, dark, s * 0.03, 1, false, new Pt(x, y), new Pt(x + s * 0.25, y + s * 0.5));
                _c.Poly(L, c, Canvas.Rotate([new(x - s * 0.45, y - s * 0.06), new(x + s * 0.45, y - s * 0.1), new(x + s * 0.45, y + s * 0.1), new(x - s * 0.45, y + s * 0.06)], x, y, -25));
                _c.Poly(L, Rgb.Hex("c8a040"), Canvas.Rotate([new(x + s * 0.3, y - s * 0.11), new(x + s * 0.36, y - s * 0.11), new(x + s * 0.36, y + s * 0.11), new(x + s * 0.3, y + s * 0.11)], x, y, -25));
                break;
            case ObjectKind.Apple:
                _c.Oval(L, c, x - s * 0.12, y + s * 0.05, s * 0.26, s * 0.3);
                _c.Oval(L, c, x + s * 0.12, y + s * 0.05, s * 0.26, s * 0.3);
                _c.Oval(L, c.Lighter(0.4), x - s * 0.16, y - s * 0.05, s * 0.06, s * 0.1, 0.7);
                _c.Line(L, Rgb.Hex("5a3a2a"), s * 0.04, 1, false, new Pt(x, y - s * 0.2), new Pt(x + s * 0.04, y - s * 0.36));
                _c.Oval(L, Rgb.Hex("4a9a3a"), x + s * 0.14, y - s * 0.32, s * 0.1, s * 0.05);
                break;
            case ObjectKind.Egg:
                _c.Oval(L, Vertical(c.Lighter(0.2), c.Darker(0.1), y - s * 0.4, y + s * 0.35), x, y, s * 0.3, s * 0.4);
                for (var k = 0; k < 5; k++) _c.Oval(L, c.Darker(0.3), x - s * 0.15 + k * s * 0.07, y - s * 0.1 + (k % 2) * s * 0.15, s * 0.03, s * 0.03);
                break;
            case ObjectKind.Shield:
                _c.Poly(L, c, [new(x - s * 0.38, y - s * 0.4), new(x + s * 0.38, y - s * 0.4), new(x + s * 0.36, y + s * 0.05), new(x, y + s * 0.48), new(x - s * 0.36, y + s * 0.05)]);
                _c.Rect(L, Rgb.Hex("b8203a"), x - s * 0.06, y - s * 0.35, s * 0.12, s * 0.72);
                _c.Rect(L, Rgb.Hex("b8203a"), x - s * 0.3, y - s * 0.12, s * 0.6, s * 0.12);
                break;
            case ObjectKind.Harp:
                _c.Line(L, c, s * 0.07, 1, false, new Pt(x - s * 0.3, y + s * 0.45), new Pt(x - s * 0.3, y - s * 0.4), new Pt(x, y - s * 0.35), new Pt(x + s * 0.3, y - s * 0.15), new Pt(x + s * 0.3, y + s * 0.45), new Pt(x - s * 0.3, y + s * 0.45));
                for (var k = 1; k < 6; k++) _c.Line(L, Rgb.Hex("f4f0e6"), 2, 0.9, true, new Pt(x - s * 0.3 + k * s * 0.1, y - s * 0.38 + k * s * 0.04), new Pt(x - s * 0.3 + k * s * 0.1, y + s * 0.45));
                break;
            default:
                _c.Oval(L, Vertical(c.Lighter(0.5), c.Darker(0.2), y - s * 0.35, y + s * 0.35), x, y, s * 0.35, s * 0.35);
                _c.Oval(L, Rgb.Hex("ffffff"), x - s * 0.12, y - s * 0.12, s * 0.08, s * 0.08, 0.8);
                break;
        }
    }
}
