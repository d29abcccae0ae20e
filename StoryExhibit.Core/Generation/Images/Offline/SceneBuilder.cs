namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>
/// Lays out a scene as shapes: sky, sun or moon, far/mid/near scenery for the setting, the cast and their things,
/// weather. Positions come from the seed; <c>time</c> (the animation clock, in seconds) only moves what drifts.
/// </summary>
internal sealed partial class SceneBuilder
{
    private readonly Canvas _c;
    private readonly SceneReading _r;
    private readonly Rng _rng;
    private readonly double _t;
    private readonly double _horizon;
    private readonly Rgb _skyTop, _skyBottom;

    public SceneBuilder(Canvas canvas, SceneReading reading, Rng rng, double time)
    {
        _c = canvas; _r = reading; _rng = rng; _t = time;
        _horizon = canvas.H * (reading.Setting switch
        {
            Setting.Sea or Setting.Lake => 0.56, Setting.Mountains => 0.7, Setting.Sky => 0.78, Setting.Space => 0.8, Setting.City => 0.74, Setting.Underwater => 0.8,
            _ => 0.64,
        });
        (_skyTop, _skyBottom) = SkyColours();
    }

    private double W => _c.W;
    private double H => _c.H;
    private bool Night => _r.Time == TimeOfDay.Night;
    private double GroundY => H * 0.83;

    public void Build()
    {
        Sky();
        Backdrops();
        switch (_r.Setting)
        {
            case Setting.Lake: Lake(); break;
            case Setting.Starship: Starship(); break;
            case Setting.Room: Room(); break;
            case Setting.Forest: Forest(); break;
            case Setting.Sea: Sea(); break;
            case Setting.City: City(); break;
            case Setting.Space: Space(); break;
            case Setting.Castle: Castle(); break;
            case Setting.Desert: Desert(); break;
            case Setting.Mountains: Mountains(); break;
            case Setting.Village: Village(); break;
            case Setting.Cave: Cave(); break;
            case Setting.Sky: SkyIslands(); break;
            case Setting.Underwater: Underwater(); break;
            default: Meadow(); break;
        }
        Cast();
        AirFeatures();
        WeatherLayer();
    }

    // ---- light and colour -------------------------------------------------------------------------------------

    private (Rgb Top, Rgb Bottom) SkyColours()
    {
        var (top, bottom) = _r.Setting switch
        {
            Setting.Space => (Rgb.Hex("05061a"), Rgb.Hex("1c1440")),
            Setting.Underwater => (Rgb.Hex("1f8fb8"), Rgb.Hex("0a3a66")),
            Setting.Cave => (Rgb.Hex("2a2436"), Rgb.Hex("4a3a48")),
            Setting.Starship => (Rgb.Hex("dfe4ec"), Rgb.Hex("c8d0dc")),
            _ => _r.Time switch
            {
                TimeOfDay.Dawn => (Rgb.Hex("6d7fc0"), Rgb.Hex("f9c4a4")),
                TimeOfDay.Golden => (Rgb.Hex("5a5f9e"), Rgb.Hex("f8b55e")),
                TimeOfDay.Night => (Rgb.Hex("0b1236"), Rgb.Hex("2e3d72")),
                _ => (Rgb.Hex("4f9fe0"), Rgb.Hex("cfeaf8")),
            },
        };
        if (_r.Setting is Setting.Underwater && Night) (top, bottom) = (top.Darker(0.6), bottom.Darker(0.6));
        if (_r.Weather is Weather.Storm) (top, bottom) = (top.Mix(Rgb.Hex("2e3340"), 0.78), bottom.Mix(Rgb.Hex("6a7080"), 0.7));
        else if (_r.Weather is Weather.Rain or Weather.Snow) (top, bottom) = (top.Mix(Rgb.Hex("7a8290"), 0.45), bottom.Mix(Rgb.Hex("c8ccd4"), 0.4));
        else if (_r.Weather is Weather.Mist) bottom = bottom.Mix(Rgb.Hex("e8ecf0"), Night ? 0.15 : 0.45);
        return (MoodTint(top), MoodTint(bottom));
    }

    private Rgb MoodTint(Rgb c) => _r.Mood switch
    {
        Mood.Cheerful => c.Saturate(1.18),
        Mood.Sad => c.Saturate(0.6).Mix(Rgb.Hex("5a6a8a"), 0.12),
        Mood.Tense => c.Mix(Rgb.Hex("3a1e2a"), 0.14),
        Mood.Mysterious => c.Mix(Rgb.Hex("4a3a82"), 0.14),
        _ => c,
    };

    /// <summary>A scenery colour in this light: time of day, weather, mood, and haze by depth (0 near, 1 horizon).</summary>
    private Rgb Lit(Rgb c, double depth = 0)
    {
        c = _r.Time switch
        {
            TimeOfDay.Dawn => c.Mix(Rgb.Hex("f2a8a0"), 0.16).Darker(0.04),
            TimeOfDay.Golden => c.Mix(Rgb.Hex("f39a40"), 0.24),
            TimeOfDay.Night => c.Mix(Rgb.Hex("121a3e"), 0.64),
            _ => c,
        };
        if (_r.Setting is Setting.Underwater) c = c.Mix(Rgb.Hex("1a6a9a"), 0.35);
        if (_r.Weather is Weather.Storm) c = c.Mix(Rgb.Hex("3a404c"), 0.35);
        else if (_r.Weather is Weather.Rain) c = c.Mix(Rgb.Hex("6a7280"), 0.2);
        else if (_r.Weather is Weather.Snow) c = c.Mix(Rgb.Hex("e8eef4"), 0.15 * (1 - depth));
        var haze = depth * (_r.Weather == Weather.Mist ? 0.8 : 0.5);
        return MoodTint(c).Mix(_skyBottom, haze);
    }

    private Paint Vertical(Rgb top, Rgb bottom, double y0, double y1) => new(top, bottom, y0, y1);

    // ---- sky ---------------------------------------------------------------------------------------------------

    private void Sky()
    {
        _c.Rect(Layer.Sky, Vertical(_skyTop, _skyBottom, 0, _horizon), -10, -10, W + 20, H + 20);
        if (_r.Setting is Setting.Cave or Setting.Underwater or Setting.Starship or Setting.Room) return;

        var stars = Night || _r.Setting == Setting.Space;
        if (stars && _r.Weather is not (Weather.Storm or Weather.Rain))
        {
            var srng = _rng.Fork("stars");
            var count = _r.Setting == Setting.Space ? 170 : 110;
            for (var i = 0; i < count; i++)
            {
                var x = srng.Range(0, W);
                var y = srng.Range(0, _horizon * 0.92);
                var r = srng.Range(1.2, 3.4) * (srng.Chance(0.08) ? 1.8 : 1);
                var phase = srng.Range(0, Math.PI * 2);
                var twinkle = 0.55 + 0.45 * Math.Sin(_t * srng.Range(1.5, 3.5) + phase);
                _c.Oval(Layer.Celestial, Rgb.Hex(srng.Chance(0.2) ? "ffe9b0" : "f4f6ff"), x, y, r, r, Math.Round(twinkle * (1 - y / _horizon * 0.5), 2), soft: true);
            }
        }

        // Sun or moon: low at dawn and in the golden evening, high by day; it drifts slowly with time.
        if (_r.Setting != Setting.Space && _r.Weather != Weather.Storm)
        {
            var side = _rng.Chance(0.5) ? 0.22 : 0.78;
            var x = W * side + Math.Sin(_t * 0.05) * 40;
            var y = _r.Time switch { TimeOfDay.Dawn => _horizon - 70, TimeOfDay.Golden => _horizon - 120, TimeOfDay.Night => H * 0.2, _ => H * 0.17 } - Math.Sin(_t * 0.04) * 25;
            var body = Night ? Rgb.Hex("f4f1dc") : _r.Time switch { TimeOfDay.Dawn => Rgb.Hex("ffd9a0"), TimeOfDay.Golden => Rgb.Hex("ffcf6a"), _ => Rgb.Hex("fff6cf") };
            var glow = Night ? Rgb.Hex("c8d4ff") : body;
            var dim = _r.Weather is Weather.Rain or Weather.Snow or Weather.Mist ? 0.5 : 1;
            var size = Night ? 58 : 78;
            _c.Oval(Layer.Celestial, glow, x, y, size * 3.2, size * 3.2, 0.12 * dim, soft: true);
            _c.Oval(Layer.Celestial, glow, x, y, size * 1.8, size * 1.8, 0.22 * dim, soft: true);
            _c.Oval(Layer.Celestial, body, x, y, size, size, dim);
            if (Night)
            {
                _c.Oval(Layer.Celestial, body.Darker(0.12), x - size * 0.3, y - size * 0.15, size * 0.18, size * 0.16, 0.6 * dim, soft: true);
                _c.Oval(Layer.Celestial, body.Darker(0.1), x + size * 0.25, y + size * 0.3, size * 0.12, size * 0.1, 0.6 * dim, soft: true);
            }
        }
        else if (_r.Setting == Setting.Space) Planets();

        // Clouds drift with time and wrap around.
        var clouds = _r.Setting == Setting.Space ? 0 : _r.Weather switch { Weather.Storm => 9, Weather.Rain or Weather.Snow => 7, _ => _r.Setting == Setting.Sky ? 7 : Night ? 3 : 4 };
        var crng = _rng.Fork("clouds");
        var cloudColour = _r.Weather == Weather.Storm ? Rgb.Hex("3c404c") : _r.Weather is Weather.Rain or Weather.Snow ? Rgb.Hex("9aa0aa")
            : Night ? Rgb.Hex("4a5680") : _r.Time switch { TimeOfDay.Golden => Rgb.Hex("ffd7b0"), TimeOfDay.Dawn => Rgb.Hex("ffe0e0"), _ => Rgb.Hex("ffffff") };
        for (var i = 0; i < clouds; i++)
        {
            var speed = crng.Range(6, 18);
            var span = W + 700;
            var x = ((crng.Range(0, span) + _t * speed) % span) - 350;
            var y = crng.Range(H * 0.08, _horizon * 0.62);
            var scale = crng.Range(0.7, 1.5) * (_r.Weather == Weather.Storm ? 1.6 : 1);
            Cloud(x, y, scale, MoodTint(cloudColour).Mix(_skyTop, y / _horizon * 0.2), crng, Layer.Celestial, _r.Weather == Weather.Storm ? 0.95 : 0.88);
        }
    }

    private void Cloud(double x, double y, double scale, Rgb colour, Rng rng, Layer layer, double opacity)
    {
        var puffs = 5;
        _c.Oval(layer, colour.Darker(0.06), x, y + 20 * scale, 150 * scale, 32 * scale, opacity, soft: true);
        for (var i = 0; i < puffs; i++)
        {
            var px = x + (i - (puffs - 1) / 2.0) * 52 * scale + rng.Range(-12, 12) * scale;
            var r = (i is 0 or 4 ? 40 : rng.Range(52, 72)) * scale;
            _c.Oval(layer, colour, px, y + 18 * scale - r * 0.55, r, r * 0.82, opacity, soft: true);
        }
    }

    private void Planets()
    {
        var prng = _rng.Fork("planets");
        var x = W * prng.Range(0.62, 0.82) + Math.Sin(_t * 0.05) * 18;
        var y = H * prng.Range(0.2, 0.34);
        var colour = prng.Pick(new[] { Rgb.Hex("d98a4a"), Rgb.Hex("6aa8d8"), Rgb.Hex("c86a8a"), Rgb.Hex("8ac86a") });
        _c.Oval(Layer.Celestial, colour, x, y, 250, 250, 0.12, soft: true);
        _c.Oval(Layer.Celestial, Vertical(colour.Lighter(0.25), colour.Darker(0.45), y - 140, y + 140), x, y, 140, 140);
        _c.Poly(Layer.Celestial, colour.Darker(0.25), Canvas.Arc(x, y, 140, 140, 200, 340, 18).Concat(Canvas.Arc(x, y - 60, 140, 80, 340, 200, 18)), 0.35, soft: true);
        _c.Line(Layer.Celestial, Rgb.Hex("e8dcc0"), 14, 0.8, false, Canvas.Arc(x, y, 240, 52, 160, 380, 28).Select(p => Canvas.Rotate([p], x, y, -14).First()).ToArray());
        // a small moon orbiting slowly
        var a = prng.Range(0, 6.28) + _t * 0.12;
        _c.Oval(Layer.Celestial, Rgb.Hex("cfd2dc"), x + Math.Cos(a) * 330, y + Math.Sin(a) * 90, 26, 26);
        // nebula
        for (var i = 0; i < 4; i++)
            _c.Oval(Layer.Sky, prng.Pick(new[] { Rgb.Hex("7a3aa8"), Rgb.Hex("2a6ab0"), Rgb.Hex("b04a8a") }), W * prng.Range(0.1, 0.5), H * prng.Range(0.15, 0.5), prng.Range(220, 420), prng.Range(90, 170), 0.16, soft: true);
    }

    // ---- weather -------------------------------------------------------------------------------------------------

    private void WeatherLayer()
    {
        var wrng = _rng.Fork("weather");
        switch (_r.Weather)
        {
            case Weather.Mist:
                var mist = Rgb.Hex(Night ? "8a96c0" : "f2f4f6");
                for (var i = 0; i < 5; i++)
                {
                    var y = _horizon - 40 + i * 60;
                    var drift = Math.Sin(_t * 0.15 + i) * 60;
                    _c.Oval(Layer.Mid, mist, W * wrng.Range(0.2, 0.8) + drift, y, W * 0.6, 110, 0.16, soft: true);
                }
                _c.Rect(Layer.Weather, Vertical(mist, _skyBottom, _horizon - 200, H), -10, -10, W + 20, H + 20, 0.08, soft: true);
                break;
            case Weather.Rain:
            case Weather.Storm:
                var drops = _r.Weather == Weather.Storm ? 150 : 110;
                for (var i = 0; i < drops; i++)
                {
                    var x = wrng.Range(-100, W + 100);
                    var y0 = (wrng.Range(0, H) + _t * 900) % (H + 80) - 60;
                    var len = wrng.Range(36, 70);
                    _c.Line(Layer.Weather, Rgb.Hex("c8d4e8"), 2.4, 0.5, true, new Pt(x, y0), new Pt(x - len * 0.25, y0 + len));
                }
                if (_r.Weather == Weather.Storm && (int)(_t * 2) % 5 != 4)
                {
                    var x = W * wrng.Range(0.25, 0.75);
                    var pts = new List<Pt> { new(x, 0) };
                    var y = 0.0;
                    while (y < _horizon * 0.9) { y += wrng.Range(50, 90); x += wrng.Range(-60, 60); pts.Add(new(x, y)); }
                    _c.Line(Layer.Weather, Rgb.Hex("fffbe0"), 22, 0.25, true, pts.ToArray());
                    _c.Line(Layer.Weather, Rgb.Hex("fffbe0"), 6, 0.95, true, pts.ToArray());
                }
                break;
            case Weather.Snow:
                for (var i = 0; i < 140; i++)
                {
                    var x = wrng.Range(0, W) + Math.Sin(_t * 0.8 + i) * 12;
                    var y = (wrng.Range(0, H) + _t * 60 * wrng.Range(0.6, 1.4)) % H;
                    var r = wrng.Range(2.5, 6.5);
                    _c.Oval(Layer.Weather, Rgb.Hex("ffffff"), x, y, r, r, 0.85, soft: true);
                }
                break;
        }
    }
}
