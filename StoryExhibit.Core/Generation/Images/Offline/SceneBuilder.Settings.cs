namespace StoryExhibit.Core.Generation.Images.Offline;

internal sealed partial class SceneBuilder
{
    private Func<double, double> Wave(double baseY, double amp, double freq, Rng rng, double speed = 0)
    {
        var p1 = rng.Range(0, 6.28); var p2 = rng.Range(0, 6.28); var f2 = freq * rng.Range(2.1, 2.9);
        return x => baseY - amp * (Math.Sin(x * freq + p1 + _t * speed) * 0.7 + Math.Sin(x * f2 + p2 - _t * speed * 1.3) * 0.3);
    }

    private void Hills(Layer layer, Rgb colour, double baseY, double amp, double freq, double depth, string salt, Rgb? bottom = null)
    {
        var lit = Lit(colour, depth);
        _c.Band(layer, bottom is { } b ? Vertical(lit, Lit(b, depth), baseY - amp, H) : lit, Wave(baseY, amp, freq, _rng.Fork(salt)), H + 10);
    }

    private void Ground(Rgb top, Rgb bottom) =>
        _c.Band(Layer.Near, Vertical(Lit(top), Lit(bottom), GroundY - 90, H), Wave(GroundY - 60, 18, 0.003, _rng.Fork("ground")), H + 10);

    private void Conifer(Layer layer, double x, double baseY, double h, Rgb colour)
    {
        var w = h * 0.42;
        _c.Rect(layer, colour.Darker(0.35), x - h * 0.03, baseY - h * 0.12, h * 0.06, h * 0.14);
        for (var tier = 0; tier < 3; tier++)
        {
            var top = baseY - h + tier * h * 0.24;
            var bot = baseY - h * 0.1 - (2 - tier) * h * 0.16;
            var half = w * (0.55 + tier * 0.22) / 2;
            _c.Poly(layer, tier == 0 ? colour.Lighter(0.06) : colour, [new(x, top), new(x + half, bot), new(x - half, bot)]);
        }
    }

    private void RoundTree(Layer layer, double x, double baseY, double h, Rgb colour, Rng rng)
    {
        _c.Poly(layer, colour.Mix(Rgb.Hex("5a3a22"), 0.7), [new(x - h * 0.05, baseY), new(x - h * 0.025, baseY - h * 0.55), new(x + h * 0.025, baseY - h * 0.55), new(x + h * 0.05, baseY)]);
        var r = h * 0.3;
        _c.Oval(layer, colour.Darker(0.12), x, baseY - h * 0.62, r * 1.1, r * 0.95);
        _c.Oval(layer, colour, x - r * 0.45, baseY - h * 0.7, r * 0.7, r * 0.65);
        _c.Oval(layer, colour.Lighter(0.1), x + r * 0.3, baseY - h * 0.8, r * 0.7, r * 0.62);
        if (rng.Chance(0.3)) _c.Oval(layer, Lit(Rgb.Hex("e0504a")), x + r * 0.2, baseY - h * 0.6, r * 0.08, r * 0.08);
    }

    private void Forest()
    {
        Hills(Layer.Far, Rgb.Hex("5d8a74"), _horizon - 40, 40, 0.004, 0.85, "f1");
        var rng = _rng.Fork("trees");
        for (var x = -40.0; x < W + 40; x += rng.Range(38, 64))
            Conifer(Layer.Far, x, _horizon + 10 + rng.Range(-10, 20), rng.Range(150, 230), Lit(Rgb.Hex("3f7a5a"), 0.7));
        Hills(Layer.Mid, Rgb.Hex("3f7a46"), _horizon + 60, 24, 0.005, 0.35, "f2");
        for (var x = -60.0; x < W + 60; x += rng.Range(90, 150))
        {
            if (Math.Abs(x - W / 2) < W * 0.18 && rng.Chance(0.8)) continue; // a clearing for the cast
            if (rng.Chance(0.5)) Conifer(Layer.Mid, x, _horizon + 90 + rng.Range(0, 40), rng.Range(300, 420), Lit(Rgb.Hex("2f6a44"), 0.3));
            else RoundTree(Layer.Mid, x, _horizon + 90 + rng.Range(0, 40), rng.Range(280, 380), Lit(Rgb.Hex("4a8a3a"), 0.3), rng);
        }
        if (_r.Time is TimeOfDay.Dawn or TimeOfDay.Golden or TimeOfDay.Day && _r.Weather is Weather.Clear or Weather.Mist)
            for (var i = 0; i < 5; i++)
            {
                var x = W * (0.25 + i * 0.13) + Math.Sin(_t * 0.3 + i) * 10;
                _c.Poly(Layer.Weather, Rgb.Hex("fff4c8"), [new(x, -10), new(x + 70, -10), new(x + 260, GroundY), new(x + 120, GroundY)], 0.09, soft: true);
            }
        Ground(Rgb.Hex("5a9a4a"), Rgb.Hex("2f5a2a"));
        // framing trees at the sides
        Conifer(Layer.Front, W * 0.03, H + 40, 720, Lit(Rgb.Hex("1f4a30")));
        Conifer(Layer.Front, W * 0.97, H + 60, 800, Lit(Rgb.Hex("1f4a30")));
        Flowers(rng, 26);
    }

    private void Flowers(Rng rng, int count)
    {
        var colours = new[] { "f2d04a", "f27a8a", "ffffff", "b08ae0" };
        for (var i = 0; i < count; i++)
        {
            var x = rng.Range(0, W);
            var y = rng.Range(GroundY - 30, H - 20);
            var r = rng.Range(5, 9);
            _c.Oval(Layer.Near, Lit(Rgb.Hex(rng.Pick(colours))), x, y, r, r);
        }
    }

    private void Meadow()
    {
        Hills(Layer.Far, Rgb.Hex("7fae8a"), _horizon - 30, 50, 0.0026, 0.8, "m1");
        Hills(Layer.Mid, Rgb.Hex("6fb05a"), _horizon + 40, 40, 0.0034, 0.45, "m2");
        var rng = _rng.Fork("meadow");
        RoundTree(Layer.Mid, W * rng.Range(0.12, 0.25), _horizon + 90, 360, Lit(Rgb.Hex("4f9a3f"), 0.2), rng);
        RoundTree(Layer.Mid, W * rng.Range(0.78, 0.9), _horizon + 60, 260, Lit(Rgb.Hex("5aa048"), 0.35), rng);
        Ground(Rgb.Hex("86c25a"), Rgb.Hex("4f8a3a"));
        Flowers(rng, 60);
    }

    private void Mountains()
    {
        var rng = _rng.Fork("peaks");
        MountainRanges(3, _horizon - 10, rng);
        for (var x = -30.0; x < W; x += rng.Range(50, 110))
            if (Math.Abs(x - W / 2) > W * 0.2) Conifer(Layer.Mid, x, GroundY - 40 + rng.Range(0, 30), rng.Range(160, 260), Lit(Rgb.Hex("2f5a44"), 0.2));
        Ground(Rgb.Hex("7a9a5a"), Rgb.Hex("4a6a3a"));
    }

    /// <summary>
    /// Ranges of peaks standing on <paramref name="baseY"/>, snow-capped but for the nearest; returns each range's outline
    /// (so a lake can mirror them).
    /// </summary>
    private List<List<Pt>> MountainRanges(int ranges, double baseY0, Rng rng, double scale = 1)
    {
        var outlines = new List<List<Pt>>();
        for (var range = 0; range < ranges; range++)
        {
            var depth = 0.85 - range * 0.3;
            var baseY = baseY0 + range * 60 * scale;
            var colour = Lit(Rgb.Hex(range switch { 0 => "8a9ab8", 1 => "6a7a98", _ => "4f6a5a" }), depth);
            var pts = new List<Pt> { new(-20, H) };
            var caps = new List<Pt[]>();
            var x = -20.0;
            while (x < W + 200)
            {
                var peakH = rng.Range(180, 420) * (1 - range * 0.25) * scale;
                var half = rng.Range(160, 300);
                var px = x + half; var py = baseY - peakH;
                var prev = pts[^1];
                var next = new Pt(x + half * 2, baseY - rng.Range(20, 90) * scale);
                pts.Add(new(px, py));
                pts.Add(next);
                Pt At(Pt to, double f) => new(px + (to.X - px) * f, py + (to.Y - py) * f);
                var l = At(prev, 0.3); var r = At(next, 0.3);
                caps.Add([new(px, py), r, new(px + (r.X - px) * 0.45, r.Y - 14), new(px - 6, (l.Y + r.Y) / 2 + 10), new(px + (l.X - px) * 0.5, l.Y - 18), l]);
                x += half * 2;
            }
            pts.Add(new(W + 20, H));
            var layer = range < 2 ? Layer.Far : Layer.Mid;
            _c.Poly(layer, Vertical(colour, colour.Darker(0.15), baseY - 420 * scale, baseY), pts);
            if (range < 2) foreach (var cap in caps) _c.Poly(layer, Lit(Rgb.Hex("f4f6fa"), depth * 0.6), cap);
            outlines.Add(pts);
        }
        return outlines;
    }

    private void Sea()
    {
        var rng = _rng.Fork("sea");
        // a distant island with a lighthouse
        var ix = W * rng.Range(0.12, 0.3);
        _c.Oval(Layer.Far, Lit(Rgb.Hex("5a7a6a"), 0.7), ix, _horizon, 200, 46);
        _c.Poly(Layer.Far, Lit(Rgb.Hex("f2f0ea"), 0.5), [new(ix - 14, _horizon - 20), new(ix + 14, _horizon - 20), new(ix + 9, _horizon - 130), new(ix - 9, _horizon - 130)]);
        _c.Rect(Layer.Far, Lit(Rgb.Hex("c83a3a"), 0.5), ix - 11, _horizon - 95, 22, 22);
        _c.Rect(Layer.Far, Rgb.Hex("ffe9a0"), ix - 9, _horizon - 148, 18, 18, Night ? 1 : 0.8);
        if (Night || _r.Weather is Weather.Storm or Weather.Mist)
        {
            var a = _t * 0.8;
            _c.Poly(Layer.Far, Rgb.Hex("fff2c0"), [new(ix, _horizon - 139), new(ix + Math.Cos(a) * 600, _horizon - 139 - 40), new(ix + Math.Cos(a) * 600, _horizon - 139 + 40)], 0.2, soft: true);
        }
        var water = Rgb.Hex(_r.Weather == Weather.Storm ? "2a4a5a" : "2f7fb0");
        _c.Rect(Layer.Mid, Vertical(Lit(water.Lighter(0.2), 0.6), Lit(water.Darker(0.35)), _horizon, H), -10, _horizon, W + 20, H - _horizon + 10);
        // the sun's or moon's path on the water
        if (_r.Weather != Weather.Storm)
            for (var i = 0; i < 14; i++)
            {
                var y = _horizon + 12 + i * i * 2.6;
                var w = 40 + i * 14;
                var cx = W / 2 + Math.Sin(_t * 0.9 + i) * 12;
                _c.Oval(Layer.Mid, Rgb.Hex(Night ? "dfe6ff" : "fff0c0"), cx, y, w, 3 + i * 0.4, 0.45 - i * 0.025, soft: true);
            }
        var amp = _r.Weather == Weather.Storm ? 26 : 10;
        for (var band = 0; band < 6; band++)
        {
            var y = _horizon + 40 + band * band * 16;
            _c.Band(Layer.Mid, Lit(water.Darker(0.1 + band * 0.06), 0.5 - band * 0.08), Wave(y, amp * (1 + band * 0.4), 0.012 - band * 0.0012, rng.Fork("w" + band), 0.9), H + 10, 16, 0.55);
            for (var k = 0; k < 5; k++)
            {
                var fx = (rng.Range(0, W) + _t * 25 * (band + 1)) % W;
                _c.Line(Layer.Mid, Rgb.Hex("e8f4ff"), 3 + band, 0.45, true, new Pt(fx - 30 - band * 8, y + 4), new Pt(fx, y - 3), new Pt(fx + 30 + band * 8, y + 4));
            }
        }
        // a sandy shore for the cast
        _c.Band(Layer.Near, Vertical(Lit(Rgb.Hex("e8d3a0")), Lit(Rgb.Hex("c8a870")), GroundY - 40, H), x => GroundY - 30 + 40 * Math.Sin(x * 0.002 + 1.2) + 20 * Math.Sin(x * 0.007), H + 10);
        for (var i = 0; i < 3; i++)
        {
            var bx = (W * rng.Range(0.2, 0.8) + _t * 12 * (i + 1)) % (W + 200) - 100;
            var by = rng.Range(H * 0.15, H * 0.35);
            Gull(bx, by + Math.Sin(_t * 2 + i) * 8, 1 + i * 0.2);
        }
    }

    private void Gull(double x, double y, double s)
    {
        var flap = Math.Sin(_t * 6 + x) * 10 * s;
        _c.Line(Layer.Celestial, Lit(Rgb.Hex("30343c")), 5 * s, 0.9, false, new Pt(x - 30 * s, y - 6 * s + flap), new Pt(x - 12 * s, y - 12 * s), new Pt(x, y), new Pt(x + 12 * s, y - 12 * s), new Pt(x + 30 * s, y - 6 * s + flap));
    }

    private void City()
    {
        var rng = _rng.Fork("city");
        for (var row = 0; row < 2; row++)
        {
            var depth = row == 0 ? 0.75 : 0.3;
            var colour = Lit(Rgb.Hex(row == 0 ? "7a86a8" : "4f5a7a"), depth);
            for (var x = -20.0; x < W + 20;)
            {
                var w = rng.Range(90, 190) - row * 10;
                var h = rng.Range(row == 0 ? 280 : 160, row == 0 ? 560 : 420);
                var top = _horizon - h + row * 40;
                var layer = row == 0 ? Layer.Far : Layer.Mid;
                _c.Rect(layer, Vertical(colour.Lighter(0.05), colour.Darker(0.1), top, _horizon), x, top, w, h + 200);
                if (rng.Chance(0.3)) _c.Rect(layer, colour, x + w * 0.35, top - 60, w * 0.1, 60);
                // windows: lit at night, glinting by day
                for (var wy = top + 26; wy < _horizon + row * 40 - 30; wy += 44)
                    for (var wx = x + 16; wx < x + w - 28; wx += 34)
                    {
                        if (!(Night ? rng.Chance(0.38) : rng.Chance(0.15))) continue;
                        _c.Rect(layer, Rgb.Hex(Night ? "ffd880" : "e8f0ff"), wx, wy, 14, 22, (Night ? 0.9 : 0.5) * (1 - depth * 0.4), soft: true);
                    }
                x += w + rng.Range(4, 20);
            }
        }
        // street
        _c.Rect(Layer.Near, Vertical(Lit(Rgb.Hex("6a6e78")), Lit(Rgb.Hex("3a3d45")), _horizon + 40, H), -10, _horizon + 40, W + 20, H);
        _c.Rect(Layer.Near, Lit(Rgb.Hex("8a8e98")), -10, _horizon + 30, W + 20, 26);
        for (var x = 40.0; x < W; x += 260) _c.Rect(Layer.Near, Lit(Rgb.Hex("e8e2c0")), x, H * 0.93, 120, 10);
        // street lamps with pools of light
        for (var i = 0; i < 2; i++)
        {
            var lx = i == 0 ? W * 0.12 : W * 0.88;
            _c.Rect(Layer.Near, Lit(Rgb.Hex("2a2d35")), lx - 6, _horizon - 200, 12, 260);
            _c.Rect(Layer.Near, Lit(Rgb.Hex("2a2d35")), lx - 22, _horizon - 214, 44, 16);
            if (Night || _r.Weather is Weather.Rain or Weather.Storm or Weather.Mist)
            {
                _c.Oval(Layer.Near, Rgb.Hex("ffe6a0"), lx, _horizon - 196, 40, 22, 0.95);
                _c.Poly(Layer.Near, Rgb.Hex("ffe6a0"), [new(lx - 20, _horizon - 190), new(lx + 20, _horizon - 190), new(lx + 140, _horizon + 70), new(lx - 140, _horizon + 70)], 0.14, soft: true);
            }
        }
    }

    private void Space()
    {
        var rng = _rng.Fork("space");
        // a rocket drifting across
        var rx = (W * 0.15 + _t * 30) % (W + 400) - 200;
        var ry = H * 0.42 - Math.Sin(_t * 0.3) * 20;
        var rocket = new List<Pt> { new(rx + 90, ry), new(rx + 40, ry - 26), new(rx - 60, ry - 26), new(rx - 60, ry + 26), new(rx + 40, ry + 26) };
        _c.Poly(Layer.Far, Rgb.Hex("e8e8f0"), Canvas.Rotate(rocket, rx, ry, -18));
        _c.Oval(Layer.Far, Rgb.Hex("5ab8e8"), rx + 20 * Math.Cos(-0.31), ry + 20 * Math.Sin(-0.31), 12, 12);
        _c.Poly(Layer.Far, Rgb.Hex("ff9a3a"), Canvas.Rotate([new(rx - 60, ry - 16), new(rx - 100 - Math.Sin(_t * 8) * 10, ry), new(rx - 60, ry + 16)], rx, ry, -18), 0.9, soft: true);
        // the moon's surface
        _c.Band(Layer.Near, Vertical(Rgb.Hex("a8a4b8"), Rgb.Hex("5a566a"), GroundY - 120, H), Wave(GroundY - 70, 30, 0.003, rng), H + 10);
        for (var i = 0; i < 9; i++)
        {
            var cx = rng.Range(0, W); var cy = rng.Range(GroundY - 20, H - 30); var r = rng.Range(20, 70);
            _c.Oval(Layer.Near, Rgb.Hex("6a667a"), cx, cy, r, r * 0.3);
            _c.Oval(Layer.Near, Rgb.Hex("8a869a"), cx, cy + r * 0.06, r * 0.85, r * 0.22);
        }
    }

    private void Castle()
    {
        var rng = _rng.Fork("castle");
        Hills(Layer.Far, Rgb.Hex("7a9ab0"), _horizon - 20, 60, 0.003, 0.85, "c1");
        Hills(Layer.Mid, Rgb.Hex("5a8a5a"), _horizon + 40, 70, 0.0022, 0.4, "c2");
        var cx = W * (rng.Chance(0.5) ? 0.3 : 0.7);
        var baseY = _horizon + 10;
        var stone = Lit(Rgb.Hex("b8b0c0"), 0.35);
        var roof = Lit(Rgb.Hex("5a4a9a"), 0.35);
        _c.Rect(Layer.Mid, stone.Darker(0.08), cx - 200, baseY - 170, 400, 200);
        for (var k = 0; k < 9; k++) _c.Rect(Layer.Mid, stone.Darker(0.08), cx - 200 + k * 46, baseY - 194, 26, 26);
        foreach (var (dx, w, h) in new[] { (-230.0, 90.0, 330.0), (230.0, 90.0, 330.0), (0.0, 120.0, 430.0), (-110.0, 70.0, 260.0), (110.0, 70.0, 260.0) })
        {
            var tx = cx + dx;
            _c.Rect(Layer.Mid, Vertical(stone, stone.Darker(0.15), baseY - h, baseY), tx - w / 2, baseY - h, w, h + 30);
            _c.Poly(Layer.Mid, roof, [new(tx - w / 2 - 14, baseY - h), new(tx, baseY - h - w * 1.3), new(tx + w / 2 + 14, baseY - h)]);
            var flagTop = baseY - h - w * 1.3;
            _c.Line(Layer.Mid, Lit(Rgb.Hex("3a3a3a")), 4, 1, false, new Pt(tx, flagTop), new Pt(tx, flagTop - 50));
            var wave = Math.Sin(_t * 3 + dx) * 6;
            _c.Poly(Layer.Mid, Lit(Rgb.Hex("d84a3a"), 0.2), [new(tx, flagTop - 50), new(tx + 44, flagTop - 42 + wave), new(tx, flagTop - 30)]);
            for (var wy = baseY - h + 50; wy < baseY - 60; wy += 80)
                _c.Rect(Layer.Mid, Night ? Rgb.Hex("ffd070") : stone.Darker(0.45), tx - 9, wy, 18, 30, Night ? 0.95 : 1);
        }
        _c.Poly(Layer.Mid, stone.Darker(0.5), Canvas.Arc(cx, baseY - 60, 46, 60, 180, 360, 12).Append(new(cx + 46, baseY + 30)).Append(new(cx - 46, baseY + 30)));
        // a path from the gate
        _c.Poly(Layer.Near, Lit(Rgb.Hex("c8b48a"), 0.2), [new(cx - 40, baseY + 30), new(cx + 40, baseY + 30), new(W * 0.55, H + 10), new(W * 0.4, H + 10)]);
        Ground(Rgb.Hex("6aa050"), Rgb.Hex("3f6a30"));
        _c.Poly(Layer.Near, Lit(Rgb.Hex("c8b48a")), [new(W * 0.44, GroundY - 40), new(W * 0.52, GroundY - 40), new(W * 0.58, H + 10), new(W * 0.36, H + 10)], 0.8);
    }

    private void Desert()
    {
        var rng = _rng.Fork("desert");
        var px = W * rng.Range(0.55, 0.8);
        foreach (var (dx, s) in new[] { (0.0, 1.0), (-220.0, 0.7), (180.0, 0.5) })
        {
            var b = _horizon + 10; var half = 240 * s;
            _c.Poly(Layer.Far, Lit(Rgb.Hex("e0b070"), 0.6), [new(px + dx - half, b), new(px + dx, b - half * 0.95), new(px + dx + half, b)]);
            _c.Poly(Layer.Far, Lit(Rgb.Hex("b88a50"), 0.6), [new(px + dx, b - half * 0.95), new(px + dx + half, b), new(px + dx + half * 0.3, b)]);
        }
        Hills(Layer.Mid, Rgb.Hex("eac088"), _horizon + 50, 40, 0.0025, 0.4, "d1", Rgb.Hex("d8a060"));
        Hills(Layer.Near, Rgb.Hex("f2cc90"), GroundY - 40, 36, 0.002, 0, "d2", Rgb.Hex("d89a58"));
        for (var i = 0; i < 3; i++)
        {
            var x = W * (i == 0 ? 0.1 : i == 1 ? 0.88 : rng.Range(0.3, 0.4));
            var y = GroundY + rng.Range(-30, 40);
            var h = rng.Range(140, 220) * (i == 2 ? 0.6 : 1);
            var green = Lit(Rgb.Hex("4f8a4a"));
            _c.Line(Layer.Near, green, h * 0.2, 1, false, new Pt(x, y), new Pt(x, y - h));
            _c.Line(Layer.Near, green, h * 0.13, 1, false, new Pt(x, y - h * 0.4), new Pt(x - h * 0.3, y - h * 0.45), new Pt(x - h * 0.3, y - h * 0.75));
            _c.Line(Layer.Near, green, h * 0.13, 1, false, new Pt(x, y - h * 0.55), new Pt(x + h * 0.28, y - h * 0.6), new Pt(x + h * 0.28, y - h * 0.85));
        }
    }

    private void Village()
    {
        var rng = _rng.Fork("village");
        Hills(Layer.Far, Rgb.Hex("7aa08a"), _horizon - 40, 50, 0.003, 0.8, "v1");
        Hills(Layer.Mid, Rgb.Hex("7ab060"), _horizon + 30, 30, 0.004, 0.45, "v2");
        var walls = new[] { "f0e0c0", "e8c8a8", "f4ecd8", "d8b890" };
        var roofs = new[] { "b84a3a", "7a4a3a", "4a5a7a", "9a5a3a" };
        var slots = new[] { 0.08, 0.22, 0.68, 0.82, 0.95 };
        foreach (var slot in slots)
        {
            var x = W * slot + rng.Range(-30, 30);
            var w = rng.Range(150, 230); var h = rng.Range(110, 160);
            var b = _horizon + 80 + rng.Range(-10, 30);
            var wall = Lit(Rgb.Hex(rng.Pick(walls)), 0.25);
            var roof = Lit(Rgb.Hex(rng.Pick(roofs)), 0.25);
            _c.Rect(Layer.Mid, wall, x - w / 2, b - h, w, h);
            _c.Poly(Layer.Mid, roof, [new(x - w / 2 - 18, b - h), new(x - w * 0.18, b - h - w * 0.5), new(x + w * 0.18, b - h - w * 0.5), new(x + w / 2 + 18, b - h)]);
            var chimneyX = x + w * 0.25;
            _c.Rect(Layer.Mid, roof.Darker(0.2), chimneyX, b - h - w * 0.48, 22, w * 0.3);
            for (var k = 0; k < 4; k++)
            {
                var rise = (_t * 18 + k * 30) % 120;
                _c.Oval(Layer.Mid, Rgb.Hex("e8e8ee"), chimneyX + 11 + Math.Sin(rise * 0.05 + k) * 10 + rise * 0.3, b - h - w * 0.5 - rise, 12 + rise * 0.12, 10 + rise * 0.1, 0.45 * (1 - rise / 120), soft: true);
            }
            var glow = Night || _r.Time == TimeOfDay.Golden || _r.Weather is Weather.Mist or Weather.Rain or Weather.Storm or Weather.Snow;
            _c.Rect(Layer.Mid, glow ? Rgb.Hex("ffd27a") : Lit(Rgb.Hex("5a7aa0"), 0.25), x - w * 0.32, b - h * 0.7, 30, 36);
            _c.Rect(Layer.Mid, glow ? Rgb.Hex("ffd27a") : Lit(Rgb.Hex("5a7aa0"), 0.25), x + w * 0.12, b - h * 0.7, 30, 36);
            _c.Rect(Layer.Mid, roof.Darker(0.3), x - 18, b - 70, 36, 70);
        }
        Ground(Rgb.Hex("8ab860"), Rgb.Hex("5a8a3a"));
        _c.Poly(Layer.Near, Lit(Rgb.Hex("c8b080")), [new(W * 0.45, GroundY - 50), new(W * 0.55, GroundY - 50), new(W * 0.62, H + 10), new(W * 0.38, H + 10)], 0.7);
        Flowers(rng, 22);
    }

    private void Cave()
    {
        var rng = _rng.Fork("cave");
        // light from the cave mouth far away
        _c.Oval(Layer.Far, Rgb.Hex(Night ? "3a4a7a" : "f4e8c0"), W * 0.5, _horizon - 60, 320, 240, 0.5, soft: true);
        _c.Oval(Layer.Far, Rgb.Hex(Night ? "5a6aa0" : "fff8e0"), W * 0.5, _horizon - 60, 180, 150, 0.8);
        var rock = Lit(Rgb.Hex("4a3f4a"));
        // walls and roof: a frame of rock with stalactites
        var roof = new List<Pt> { new(-20, -20), new(W + 20, -20) };
        for (var x = W + 20; x > -20; x -= rng.Range(50, 90))
        {
            roof.Add(new(x, rng.Range(60, 130)));
            if (rng.Chance(0.5)) { roof.Add(new(x - 18, rng.Range(170, 300))); }
        }
        _c.Poly(Layer.Mid, Vertical(rock.Darker(0.3), rock, 0, 300), roof);
        _c.Poly(Layer.Mid, rock.Darker(0.15), [new(-20, -20), new(W * 0.25, 120), new(W * 0.3, _horizon), new(W * 0.22, GroundY), new(-20, H)]);
        _c.Poly(Layer.Mid, rock.Darker(0.15), [new(W + 20, -20), new(W * 0.75, 140), new(W * 0.7, _horizon), new(W * 0.78, GroundY), new(W + 20, H)]);
        _c.Band(Layer.Near, Vertical(Lit(Rgb.Hex("6a5a5a")), Lit(Rgb.Hex("2f2830")), GroundY - 60, H), Wave(GroundY - 40, 20, 0.004, rng), H + 10);
        // glowing crystals, pulsing
        foreach (var (x, s) in new[] { (W * 0.12, 1.0), (W * 0.86, 1.2), (W * 0.3, 0.6), (W * 0.7, 0.7) })
        {
            var pulse = 0.3 + 0.15 * Math.Sin(_t * 1.5 + x);
            var y = GroundY + 20;
            var colour = Rgb.Hex(x < W / 2 ? "7ae0e8" : "c88af0");
            _c.Oval(Layer.Near, colour, x, y - 60 * s, 140 * s, 110 * s, pulse, soft: true);
            for (var k = -1; k <= 1; k++)
                _c.Poly(Layer.Near, colour.Mix(Rgb.Hex("ffffff"), k == 0 ? 0.3 : 0), Canvas.Rotate([new(x - 16 * s, y), new(x, y - 130 * s * (k == 0 ? 1 : 0.7)), new(x + 16 * s, y)], x, y, k * 24));
        }
    }

    private void SkyIslands()
    {
        var rng = _rng.Fork("islands");
        // a sea of clouds below
        for (var i = 0; i < 14; i++)
            Cloud(i * W / 12 - 40 + Math.Sin(_t * 0.2 + i) * 20, _horizon + 70 + rng.Range(-20, 30), rng.Range(1.2, 1.8), Lit(Rgb.Hex("ffffff"), 0.4), rng, Layer.Far, 0.95);
        foreach (var (x, y, s) in new[] { (W * 0.2, H * 0.42, 0.5), (W * 0.82, H * 0.36, 0.4) })
            Island(x, y + Math.Sin(_t * 0.5 + x) * 10, s, Layer.Far, 0.5);
        // the island the cast stands on
        Island(W / 2, GroundY - 40 + Math.Sin(_t * 0.4) * 6, 2.2, Layer.Near, 0);
        for (var i = 0; i < 3; i++) Gull((W * rng.Range(0.1, 0.9) + _t * 20) % W, H * rng.Range(0.15, 0.4), 0.9);
    }

    private void Island(double x, double y, double s, Layer layer, double depth)
    {
        var w = 380 * s;
        _c.Poly(layer, Vertical(Lit(Rgb.Hex("9a7a5a"), depth), Lit(Rgb.Hex("5a4030"), depth), y, y + 200 * s),
            [new(x - w / 2, y), new(x + w / 2, y), new(x + w * 0.3, y + 60 * s), new(x + w * 0.08, y + 170 * s), new(x - w * 0.05, y + 200 * s), new(x - w * 0.25, y + 90 * s)]);
        _c.Oval(layer, Lit(Rgb.Hex("6ab04a"), depth), x, y, w / 2 + 6, 26 * s);
        if (s < 1) { RoundTree(layer, x - w * 0.15, y, 170 * s, Lit(Rgb.Hex("4a9a3a"), depth), _rng.Fork("it" + x)); }
    }

    private void Underwater()
    {
        var rng = _rng.Fork("underwater");
        for (var i = 0; i < 6; i++)
        {
            var x = W * (0.1 + i * 0.16) + Math.Sin(_t * 0.4 + i) * 30;
            _c.Poly(Layer.Sky, Rgb.Hex("bff0ff"), [new(x, -10), new(x + 80, -10), new(x + 220, H), new(x + 100, H)], 0.07, soft: true);
        }
        _c.Band(Layer.Near, Vertical(Lit(Rgb.Hex("e8d8a8")), Lit(Rgb.Hex("b09868")), GroundY - 60, H), Wave(GroundY - 40, 24, 0.003, rng), H + 10);
        for (var i = 0; i < 14; i++)
        {
            var x = rng.Range(0, W);
            if (Math.Abs(x - W / 2) < W * 0.15) continue;
            var h = rng.Range(160, 380);
            var pts = Enumerable.Range(0, 8).Select(k => new Pt(x + Math.Sin(_t * 1.2 + k * 0.6 + x) * (k * 4), GroundY + 20 - h * k / 7.0)).ToArray();
            _c.Line(Layer.Mid, Lit(Rgb.Hex(rng.Chance(0.5) ? "3a9a5a" : "6ab04a")), rng.Range(12, 22), 1, false, pts);
        }
        foreach (var (x, colour) in new[] { (W * 0.15, "f27a6a"), (W * 0.85, "f2a0c0"), (W * 0.3, "f2c05a") })
            for (var k = 0; k < 5; k++)
                _c.Oval(Layer.Near, Lit(Rgb.Hex(colour)), x + (k - 2) * 26, GroundY - 10 - Math.Abs(k - 2) * -12 - 30, 22, 34);
        for (var i = 0; i < 30; i++)
        {
            var x = rng.Range(0, W) + Math.Sin(_t + i) * 8;
            var y = (rng.Range(0, H) - _t * 70 * rng.Range(0.7, 1.3)) % H;
            if (y < 0) y += H;
            var r = rng.Range(4, 12);
            _c.Oval(Layer.Weather, Rgb.Hex("dff8ff"), x, y, r, r, 0.4, soft: true);
        }
        for (var i = 0; i < 4; i++)
        {
            var fx = (rng.Range(0, W) + _t * 40 * (i % 2 == 0 ? 1 : -1)) % W;
            if (fx < 0) fx += W;
            FishShape(Layer.Far, fx, H * rng.Range(0.2, 0.55), 26, Lit(Rgb.Hex(rng.Pick(new[] { "f2a03a", "5ac8e8", "f26a8a" })), 0.3), i % 2 == 0);
        }
    }
}
