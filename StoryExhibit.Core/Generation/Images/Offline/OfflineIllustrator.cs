using System.Runtime.CompilerServices;
using System.Text;

namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>
/// The embedded illustrator: composes vector art (SVG) from a scene's words, with no model, no network and no GPU.
/// It reads the setting, time of day, weather and mood, draws the named characters and objects, and renders the result
/// in one of six styles. Same request, same bytes. Successive <see cref="ImageRequest.Frame"/>s animate the scene
/// (clouds drift, stars twinkle, water moves), so it can feed a live canvas too.
/// </summary>
public sealed class OfflineIllustrator(OfflineIllustratorOptions? options = null, TimeProvider? clock = null) : ILiveIllustrator
{
    public const string MediaType = "image/svg+xml";
    public const double MaxFramesPerSecond = 30;

    private readonly OfflineIllustratorOptions _options = options ?? new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Name => "offline";

    public Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Render(request));
    }

    /// <summary>Frame <paramref name="frameIndex"/> of the request's animation.</summary>
    public GeneratedImage RenderFrame(ImageRequest request, int frameIndex) => Render(request with { Frame = frameIndex });

    public GeneratedImage Render(ImageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var reading = SceneReader.Read(request);
        var layoutSeed = Rng.Hash(request.Prompt, request.Genre, request.Mood, string.Join('\u001f', request.Characters), string.Join('\u001f', request.Objects),
            request.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var time = request.Frame * _options.FrameStep.TotalSeconds;

        // Composition always has a height of 1080 units; the width follows the requested aspect ratio.
        const double height = 1080;
        var width = Math.Round(height * request.Width / request.Height);
        var canvas = new Canvas(width, height);
        new SceneBuilder(canvas, reading, new Rng(layoutSeed), time).Build();

        var alt = AltText.Describe(request.Style, reading);
        var svg = new SvgRenderer(canvas, request.Style, new Rng(layoutSeed ^ (ulong)(request.Style + 1) * 0x9E3779B97F4A7C15UL), time)
            .Render(request.Width, request.Height, alt);
        return new GeneratedImage(Encoding.UTF8.GetBytes(svg), MediaType, alt, request.Width, request.Height);
    }

    public async IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(fps > 0 && fps <= MaxFramesPerSecond)) throw new ArgumentOutOfRangeException(nameof(fps), fps, $"Frames a second must be above 0 and at most {MaxFramesPerSecond}.");
        request.Validate();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / fps), _clock);
        for (var frame = request.Frame; ; frame++)
        {
            ct.ThrowIfCancellationRequested();
            var image = Render(request with { Frame = frame });
            yield return new LiveFrame(frame - request.Frame + 1, _clock.GetUtcNow(), image);
            if (!await timer.WaitForNextTickAsync(ct).ConfigureAwait(false)) yield break;
        }
    }
}
