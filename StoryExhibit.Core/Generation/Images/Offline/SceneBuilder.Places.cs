namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>A lake between its shores, a starship's corridor with a viewport on the stars, and a room indoors.</summary>
internal sealed partial class SceneBuilder
{
    private void Lake()
    {
        var rng = _rng.Fork("lake");
        var peaks = _r.Has(Feature.Mountains) ? MountainRanges(2, _horizon - 6, rng.Fork("peaks"), 1.1) : null;
        if (peaks is null) Hills(Layer.Far, Rgb.Hex("6f9a80"), _horizon - 30, 36, 0.003, 0.8, "lake-hills");
        // the far shore: a strip of land and a line of dark trees
        _c.Rect(Layer.Far, Lit(Rgb.Hex("4f7a4a"), 0.6), -10, _horizon - 14, W + 20, 24);
        for (var x = -20.0; x < W + 20; x += rng.Range(22, 40))
            Conifer(Layer.Far, x, _horizon + 6, rng.Range(50, 110), Lit(Rgb.Hex("2f5a44"), 0.6));

        var water = Rgb.Hex("3a86b0");
        _c.Rect(Layer.Mid, Vertical(Lit(water.Lighter(0.3), 0.5).Mix(_skyBottom, 0.35), Lit(water.Darker(0.3)), _horizon + 8, H), -10, _horizon + 8, W + 20, H - _horizon);
        // the mountains and trees mirrored in still water
        if (peaks is not null)
            foreach (var outline in peaks)
            {
                var mirrored = outline.Where(p => p.Y < H - 1).Select(p => new Pt(p.X, _horizon + 8 + (_horizon + 8 - p.Y) * 0.6)).ToList();
                mirrored.Insert(0, new Pt(-20, _horizon + 8));
                mirrored.Add(new Pt(W + 20, _horizon + 8));
                _c.Poly(Layer.Mid, Lit(Rgb.Hex("6a7a98"), 0.6), mirrored, 0.22);
            }
        _c.Rect(Layer.Mid, Lit(Rgb.Hex("1f3a2a"), 0.5), -10, _horizon + 8, W + 20, 22, 0.35);
        // ripples drifting slowly
        for (var i = 0; i < 26; i++)
        {
            var y = _horizon + 40 + rng.Range(0, GroundY - _horizon - 60);
            var x = (rng.Range(0, W) + _t * 6) % W;
            var w = 30 + (y - _horizon) * 0.25;
            _c.Line(Layer.Mid, Rgb.Hex(Night ? "c8d4ff" : "f4fbff"), 2 + (y - _horizon) * 0.01, 0.4, true, new Pt(x - w, y), new Pt(x + w, y));
        }
        // side shores framing the water, the near shore for the cast
        var shore = Rgb.Hex("6a9a4a");
        _c.Poly(Layer.Near, Vertical(Lit(shore), Lit(shore.Darker(0.3)), _horizon + 40, H),
            [new(-20, _horizon + 30), new(W * 0.08, _horizon + 50), new(W * 0.16, GroundY - 120), new(W * 0.12, GroundY - 40), new(-20, GroundY)]);
        _c.Poly(Layer.Near, Vertical(Lit(shore), Lit(shore.Darker(0.3)), _horizon + 60, H),
            [new(W + 20, _horizon + 50), new(W * 0.9, _horizon + 80), new(W * 0.83, GroundY - 110), new(W * 0.88, GroundY - 40), new(W + 20, GroundY)]);
        _c.Band(Layer.Near, Vertical(Lit(Rgb.Hex("b8a878")), Lit(Rgb.Hex("5a7a3a")), GroundY - 50, H), Wave(GroundY - 20, 14, 0.004, rng.Fork("near")), H + 10);
        Conifer(Layer.Near, W * 0.05, GroundY - 10, 420, Lit(Rgb.Hex("2a5a3a")));
        Conifer(Layer.Near, W * 0.95, GroundY, 380, Lit(Rgb.Hex("2a5a3a")));
        for (var i = 0; i < 14; i++)
        {
            var x = i < 7 ? W * 0.12 + i * 16 : W * 0.8 + (i - 7) * 16;
            var sway = Math.Sin(_t * 1.3 + i) * 4;
            _c.Line(Layer.Near, Lit(Rgb.Hex("5a7a2a")), 5, 1, false, new Pt(x, GroundY - 6), new Pt(x + sway, GroundY - 90 - (i % 3) * 20));
        }
    }

    private void Starship()
    {
        var rng = _rng.Fork("starship");
        var metal = MoodTint(Rgb.Hex("3a4252"));
        var ceilingY = H * 0.07;
        var floorY = H * 0.64;
        var (left, right) = (W * 0.14, W * 0.86);
        // Back wall (on the far layer: styles blend the scenery over a pale sky), then the viewport cut into it. The walls
        // stay within the picture's height: a filtered layer taller than the picture is dropped by the SVG rasteriser.
        _c.Rect(Layer.Far, Vertical(metal.Lighter(0.1), metal.Darker(0.2), 0, H), -10, 0, W + 20, H);
        var (vx0, vy0, vx1, vy1) = (W * 0.24, H * 0.12, W * 0.76, H * 0.54);
        _c.Rect(Layer.Far, Vertical(Rgb.Hex("04051a"), Rgb.Hex("1a1240"), vy0, vy1), vx0, vy0, vx1 - vx0, vy1 - vy0);
        for (var i = 0; i < 90; i++)
        {
            var x = vx0 + (rng.Range(0, vx1 - vx0) + _t * 14) % (vx1 - vx0);
            var y = rng.Range(vy0 + 6, vy1 - 6);
            var r = rng.Range(1.2, 3.4);
            _c.Oval(Layer.Far, Rgb.Hex(rng.Chance(0.2) ? "ffe9b0" : "f4f6ff"), x, y, r, r, 0.5 + 0.5 * Math.Sin(_t * 2 + i), soft: true);
        }
        var (px, py, pr) = (vx0 + (vx1 - vx0) * 0.7, vy0 + (vy1 - vy0) * 0.58, (vy1 - vy0) * 0.3);
        var planet = rng.Pick(new[] { Rgb.Hex("6aa8d8"), Rgb.Hex("d98a4a"), Rgb.Hex("8ac86a") });
        _c.Oval(Layer.Far, planet, px, py, pr * 1.5, pr * 1.5, 0.12, soft: true);
        _c.Oval(Layer.Far, Vertical(planet.Lighter(0.3), planet.Darker(0.5), py - pr, py + pr), px, py, pr, pr);
        _c.Line(Layer.Far, Rgb.Hex("e8dcc0"), 6, 0.7, false, Canvas.Arc(px, py, pr * 1.7, pr * 0.35, 150, 390, 24).Select(p => Canvas.Rotate([p], px, py, -12).First()).ToArray());
        var frame = metal.Lighter(0.35);
        _c.Line(Layer.Far, frame, 26, 1, false, new Pt(vx0, vy0), new Pt(vx1, vy0), new Pt(vx1, vy1), new Pt(vx0, vy1), new Pt(vx0, vy0));
        _c.Line(Layer.Far, frame, 14, 1, false, new Pt((vx0 + vx1) / 2, vy0), new Pt((vx0 + vx1) / 2, vy1));
        // ceiling and side walls in perspective, lit by strips of blue light
        _c.Poly(Layer.Mid, metal.Darker(0.35), [new(-10, 0), new(W + 10, 0), new(right, ceilingY), new(left, ceilingY)]);
        var glow = Rgb.Hex("7ad8ff");
        _c.Line(Layer.Mid, glow, 8, 0.85, true, new Pt(W * 0.3, ceilingY * 0.45), new Pt(W * 0.7, ceilingY * 0.45));
        foreach (var side in new[] { -1, 1 })
        {
            var edge = side < 0 ? left : right;
            var outer = side < 0 ? -10.0 : W + 10;
            _c.Poly(Layer.Mid, Vertical(metal.Lighter(0.05), metal.Darker(0.3), 0, H), [new(outer, 0), new(edge, ceilingY), new(edge, floorY), new(outer, H)]);
            _c.Line(Layer.Mid, glow, 6, 0.7, true, new Pt(outer, H * 0.02), new Pt(edge, ceilingY + 8));
            // panels with screens blinking in patient patterns
            for (var k = 0; k < 3; k++)
            {
                var f = 0.25 + k * 0.22;
                var x = outer + (edge - outer) * f;
                var top = H * 0.2 + (ceilingY - H * 0.02) * f;
                var height = H * 0.22 * (1 - f * 0.4);
                var width = Math.Abs(edge - outer) * 0.14;
                _c.Rect(Layer.Mid, metal.Darker(0.45), x - width / 2, top, width, height);
                _c.Rect(Layer.Mid, Rgb.Hex(k % 2 == 0 ? "4ae0c0" : "f0b04a"), x - width * 0.4, top + height * 0.1, width * 0.8, height * 0.5, 0.55 + 0.35 * Math.Sin(_t * 1.5 + k + side), soft: true);
                _c.Oval(Layer.Mid, Rgb.Hex("ff5a5a"), x, top + height * 0.8, width * 0.08, width * 0.08, (int)(_t * 2 + k) % 3 == 0 ? 1 : 0.3);
            }
        }
        // the deck: plates running towards the back wall
        _c.Poly(Layer.Near, Vertical(metal.Darker(0.1), metal.Darker(0.5), floorY, H), [new(left, floorY), new(right, floorY), new(W + 10, H + 10), new(-10, H + 10)]);
        for (var k = 1; k < 8; k++)
        {
            var f = k / 8.0;
            _c.Line(Layer.Near, metal.Lighter(0.1), 3, 0.5, false, new Pt(left + (right - left) * f, floorY), new Pt(-10 + (W + 20) * f, H + 10));
        }
        _c.Line(Layer.Near, glow, 5, 0.6, true, new Pt(left, floorY), new Pt(right, floorY));
    }

    private void Room()
    {
        var rng = _rng.Fork("room");
        var wall = MoodTint(Rgb.Hex(rng.Pick(new[] { "e8d4b0", "d8c8a8", "c8d4c0", "e0c8c0" })));
        var dim = Night ? 0.5 : _r.Time == TimeOfDay.Golden ? 0.15 : 0;
        var floorY = H * 0.72;
        _c.Rect(Layer.Far, Vertical(wall.Darker(dim + 0.05), wall.Darker(dim + 0.18), 0, floorY), -10, 0, W + 20, floorY + 10);
        // a window on the weather and the time of day
        var (wx, wy, ww, wh) = (W * 0.58, H * 0.14, W * 0.2, H * 0.36);
        _c.Rect(Layer.Far, Vertical(_skyTop, _skyBottom, wy, wy + wh), wx, wy, ww, wh);
        if (Night) _c.Oval(Layer.Far, Rgb.Hex("f4f1dc"), wx + ww * 0.7, wy + wh * 0.3, 26, 26);
        else _c.Oval(Layer.Far, Rgb.Hex("fff6cf"), wx + ww * 0.3, wy + wh * 0.3, 34, 34, 0.9);
        Hills(Layer.Far, Rgb.Hex("6f9a70"), wy + wh * 0.85, 12, 0.01, 0.5, "room-hills");
        _c.Rect(Layer.Mid, wall.Darker(dim + 0.05), -10, wy + wh, W + 20, floorY - wy - wh + 10);
        var timber = Lit(Rgb.Hex("8a5a3a"));
        _c.Line(Layer.Mid, timber, 18, 1, false, new Pt(wx, wy), new Pt(wx + ww, wy), new Pt(wx + ww, wy + wh), new Pt(wx, wy + wh), new Pt(wx, wy));
        _c.Line(Layer.Mid, timber, 10, 1, false, new Pt(wx + ww / 2, wy), new Pt(wx + ww / 2, wy + wh));
        _c.Line(Layer.Mid, timber, 10, 1, false, new Pt(wx, wy + wh / 2), new Pt(wx + ww, wy + wh / 2));
        _c.Rect(Layer.Mid, timber.Lighter(0.1), wx - 30, wy + wh, ww + 60, 20);
        // a bookshelf full of books
        var (bx, by, bw, bh) = (W * 0.1, H * 0.16, W * 0.2, floorY - H * 0.16);
        _c.Rect(Layer.Mid, timber.Darker(0.2), bx, by, bw, bh);
        for (var shelf = 0; shelf < 4; shelf++)
        {
            var sy = by + 20 + shelf * (bh - 30) / 4;
            var x = bx + 14;
            while (x < bx + bw - 30)
            {
                var w = rng.Range(14, 26);
                var h = rng.Range(70, 100) * (bh / 4 / 130);
                _c.Rect(Layer.Mid, Lit(Rgb.Hex(rng.Pick(new[] { "b84a3a", "3f6fb0", "4d8f5a", "c9a23a", "8a5aa8", "e8e0d0" }))), x, sy + (bh - 30) / 4 - h - 6, w, h);
                x += w + 3;
            }
            _c.Rect(Layer.Mid, timber, bx, sy + (bh - 30) / 4 - 8, bw, 10);
        }
        // the floor, a rug, and a lamp that glows in the evening
        _c.Rect(Layer.Near, Vertical(timber.Lighter(0.1), timber.Darker(0.3), floorY, H), -10, floorY, W + 20, H - floorY + 10);
        for (var k = 1; k < 6; k++) _c.Line(Layer.Near, timber.Darker(0.35), 3, 0.6, false, new Pt(-10, floorY + k * (H - floorY) / 6 + k * k * 3), new Pt(W + 10, floorY + k * (H - floorY) / 6 + k * k * 3));
        _c.Oval(Layer.Near, Lit(Rgb.Hex("a83a4a")), W / 2, GroundY + 20, W * 0.3, 60);
        _c.Oval(Layer.Near, Lit(Rgb.Hex("d8a04a")), W / 2, GroundY + 20, W * 0.26, 46, 0.6);
        var lx = W * 0.88;
        _c.Rect(Layer.Near, Ink, lx - 5, H * 0.36, 10, GroundY - H * 0.36);
        _c.Poly(Layer.Near, Rgb.Hex("f2d08a"), [new(lx - 70, H * 0.36), new(lx + 70, H * 0.36), new(lx + 45, H * 0.26), new(lx - 45, H * 0.26)]);
        if (Night || _r.Time == TimeOfDay.Golden) _c.Oval(Layer.Near, Rgb.Hex("ffe0a0"), lx, H * 0.4, 150, 110, 0.14, soft: true);
    }
}
