namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>What a scene names besides its place: mountains or trees behind it, fireflies, birds, a rainbow.</summary>
internal sealed partial class SceneBuilder
{
    private bool Outdoors => _r.Setting is not (Setting.Starship or Setting.Room or Setting.Cave or Setting.Underwater or Setting.Space);

    /// <summary>Drawn before the setting, so the setting's own far scenery stands in front.</summary>
    private void Backdrops()
    {
        if (!Outdoors || _r.Setting is Setting.Lake) return;
        if (_r.Has(Feature.Mountains) && _r.Setting is not (Setting.Mountains or Setting.Sky))
            MountainRanges(2, _horizon - 20, _rng.Fork("backdrop-peaks"), 0.9);
        if (_r.Has(Feature.Trees) && _r.Setting is not (Setting.Forest or Setting.Sky))
        {
            var rng = _rng.Fork("backdrop-trees");
            for (var x = -20.0; x < W + 20; x += rng.Range(30, 55))
                Conifer(Layer.Far, x, _horizon + 10 + rng.Range(-6, 12), rng.Range(90, 170), Lit(Rgb.Hex("3a6a4a"), 0.6));
        }
    }

    /// <summary>Drawn after the cast: things in the air in front of everything.</summary>
    private void AirFeatures()
    {
        if (_r.Has(Feature.Rainbow) && Outdoors)
        {
            string[] colours = ["e8403a", "f08a2a", "f4d03f", "4caf50", "3a7bd5", "5a4ab8", "8e44ad"];
            for (var i = 0; i < colours.Length; i++)
                _c.Line(Layer.Celestial, Rgb.Hex(colours[i]), 18, 0.38, true, Canvas.Arc(W * 0.55, _horizon + 60, W * 0.36 - i * 17, H * 0.5 - i * 17, 180, 360, 40).ToArray());
        }
        if (_r.Has(Feature.Birds) && Outdoors && _r.Setting is not (Setting.Sea or Setting.Sky))
        {
            var rng = _rng.Fork("birds");
            for (var i = 0; i < 5; i++)
                Gull((W * rng.Range(0.1, 0.9) + _t * 18) % W, H * rng.Range(0.12, 0.38) + Math.Sin(_t * 2 + i) * 6, rng.Range(0.6, 1));
        }
        if (_r.Has(Feature.Fireflies))
        {
            var rng = _rng.Fork("fireflies");
            var top = _r.Setting is Setting.Room or Setting.Starship ? H * 0.3 : _horizon - 160;
            for (var i = 0; i < 36; i++)
            {
                var x = rng.Range(0, W) + Math.Sin(_t * 0.7 + i) * 30;
                var y = rng.Range(top, H - 40) + Math.Cos(_t * 0.9 + i * 1.3) * 18;
                var blink = 0.45 + 0.55 * Math.Max(0, Math.Sin(_t * 1.8 + i * 2.1));
                _c.Oval(Layer.Weather, Rgb.Hex("f0f070"), x, y, 11, 11, 0.3 * blink, soft: true);
                _c.Oval(Layer.Weather, Rgb.Hex("fbffc0"), x, y, 4.5, 4.5, blink, soft: true);
            }
        }
    }
}
