using SkiaSharp;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Imaging;
using static StoryExhibit.Tests.Core.Imaging.TestPictures;

namespace StoryExhibit.Tests.Core.Imaging;

public sealed class PictureRasterizerTests : IDisposable
{
    private readonly PictureRasterizer _rasterizer = Rasterizer();

    private Task<Raster> RenderAsync(byte[] source, RasterBox box, RasterFormat format = RasterFormat.Jpeg, string? key = null) =>
        _rasterizer.RenderAsync(key ?? Guid.NewGuid().ToString(), source, box, format, default);

    [Theory]
    [InlineData(RasterFormat.Jpeg, "image/jpeg")]
    [InlineData(RasterFormat.WebP, "image/webp")]
    public async Task An_svg_becomes_a_raster_of_the_screens_size_in_the_asked_format(RasterFormat format, string mediaType)
    {
        var raster = await RenderAsync(OfflineSvg(ArtStyle.PixelArt), new RasterBox(800, 450), format);

        Assert.Equal((mediaType, 800, 450), Read(raster.Bytes));
        Assert.Equal((mediaType, 800, 450), (raster.MediaType, raster.Width, raster.Height));
    }

    [Fact]
    public async Task The_picture_keeps_its_aspect_ratio_inside_a_screen_of_another_shape()
    {
        var svg = OfflineSvg(ArtStyle.PixelArt);
        Assert.Equal(("image/jpeg", 600, 338), Read((await RenderAsync(svg, new RasterBox(600, 800))).Bytes));   // portrait screen
        Assert.Equal(("image/jpeg", 800, 450), Read((await RenderAsync(svg, new RasterBox(1200, 450))).Bytes));  // very wide screen
        Assert.Equal(("image/jpeg", 320, 180), Read((await RenderAsync(svg, new RasterBox(320))).Bytes));        // width only: a thumbnail
    }

    [Fact]
    public async Task An_svg_with_effects_is_drawn_at_most_the_effects_width_and_one_without_at_full_size()
    {
        Assert.Equal(("image/jpeg", 1280, 720), Read((await RenderAsync(OfflineSvg(ArtStyle.Comic), new RasterBox(3840, 2160))).Bytes));
        Assert.Equal(("image/jpeg", 2560, 1440), Read((await RenderAsync(OfflineSvg(ArtStyle.PixelArt), new RasterBox(2560, 1440))).Bytes));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public async Task A_model_s_picture_is_read_from_its_bytes_reduced_to_fit_and_never_enlarged(SKEncodedImageFormat format, string sourceType)
    {
        var source = Encoded(format, 640, 360);
        Assert.Equal(sourceType, ImageSniffer.MediaType(source));

        Assert.Equal(("image/webp", 320, 180), Read((await RenderAsync(source, new RasterBox(320, 320), RasterFormat.WebP)).Bytes));
        Assert.Equal(("image/jpeg", 640, 360), Read((await RenderAsync(source, new RasterBox(3840, 2160))).Bytes));
    }

    [Fact]
    public async Task The_same_picture_size_and_format_is_drawn_once_and_each_difference_draws_again()
    {
        var svg = OfflineSvg(ArtStyle.Storybook);
        var first = await RenderAsync(svg, new RasterBox(400, 225), key: "frame-1");
        var again = await RenderAsync(svg, new RasterBox(400, 225), key: "frame-1");
        Assert.Same(first, again);
        Assert.Equal(1, _rasterizer.Renders);

        await RenderAsync(svg, new RasterBox(640, 360), key: "frame-1");
        await RenderAsync(svg, new RasterBox(400, 225), RasterFormat.WebP, key: "frame-1");
        await RenderAsync(svg, new RasterBox(400, 225), key: "frame-2");
        Assert.Equal(4, _rasterizer.Renders);
    }

    [Fact]
    public async Task Screens_asking_at_the_same_time_share_one_drawing_and_one_load()
    {
        var loads = 0;
        var svg = OfflineSvg(ArtStyle.Noir);
        var release = new TaskCompletionSource<byte[]>();
        var asks = Enumerable.Range(0, 6).Select(_ => _rasterizer.RenderAsync("busy-frame", _ => { Interlocked.Increment(ref loads); return release.Task; },
            new RasterBox(640, 360), RasterFormat.Jpeg, default)).ToList();
        release.SetResult(svg);
        var rasters = await Task.WhenAll(asks);

        Assert.Equal(1, loads);
        Assert.Equal(1, _rasterizer.Renders);
        Assert.All(rasters, r => Assert.Same(rasters[0], r));
    }

    [Fact]
    public async Task A_screen_that_stops_waiting_does_not_stop_the_drawing_for_the_others()
    {
        var release = new TaskCompletionSource<byte[]>();
        using var gone = new CancellationTokenSource();
        var leaving = _rasterizer.RenderAsync("shared", _ => release.Task, new RasterBox(320, 180), RasterFormat.Jpeg, gone.Token);
        var staying = _rasterizer.RenderAsync("shared", _ => release.Task, new RasterBox(320, 180), RasterFormat.Jpeg, default);
        gone.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);

        release.SetResult(OfflineSvg(ArtStyle.PixelArt));
        Assert.Equal(320, (await staying).Width);
    }

    [Fact]
    public async Task A_drawing_nobody_waits_for_any_more_is_dropped_before_it_starts_and_a_new_ask_draws_afresh()
    {
        var release = new TaskCompletionSource<byte[]>();
        var tokens = new List<CancellationToken>();
        Task<byte[]> Load(CancellationToken ct) { tokens.Add(ct); return tokens.Count == 1 ? release.Task : Task.FromResult(OfflineSvg(ArtStyle.PixelArt)); }
        using var gone = new CancellationTokenSource();
        var leaving = _rasterizer.RenderAsync("old-frame", Load, new RasterBox(320, 180), RasterFormat.Jpeg, gone.Token);
        gone.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.True(tokens.Single().IsCancellationRequested);

        var again = await _rasterizer.RenderAsync("old-frame", Load, new RasterBox(320, 180), RasterFormat.Jpeg, default);
        Assert.Equal((2, 320, 1), (tokens.Count, again.Width, (int)_rasterizer.Renders));
    }

    public static TheoryData<byte[]> NotPictures => new()
    {
        Array.Empty<byte>(),
        "this is not a picture at all"u8.ToArray(),
        Encoded(SKEncodedImageFormat.Png, 64, 64)[..20],           // a PNG cut short
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"u8.ToArray(), // broken SVG
    };

    [Theory]
    [MemberData(nameof(NotPictures))]
    public async Task Bytes_that_are_no_picture_give_a_clear_error_and_are_not_cached(byte[] bytes)
    {
        var error = await Assert.ThrowsAsync<UnreadablePictureException>(() => RenderAsync(bytes, new RasterBox(320, 180), key: "bad"));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));

        // The next ask for the same key tries again rather than remembering the failure.
        var loads = 0;
        await Assert.ThrowsAsync<UnreadablePictureException>(() => _rasterizer.RenderAsync("bad", _ => { loads++; return Task.FromResult(bytes); },
            new RasterBox(320, 180), RasterFormat.Jpeg, default));
        Assert.Equal(1, loads);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, -5)]
    [InlineData(100_000, 1080)]
    [InlineData(1920, 5000)]
    [InlineData(15, 15)]
    public async Task A_size_no_screen_has_is_refused_before_anything_is_drawn(int width, int height)
    {
        var loads = 0;
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _rasterizer.RenderAsync("any", _ => { loads++; return Task.FromResult(OfflineSvg(ArtStyle.PixelArt)); },
            new RasterBox(width, height), RasterFormat.Jpeg, default));
        Assert.Contains("pixels", error.Message);
        Assert.Equal(0, loads);
    }

    [Fact]
    public void A_screens_reported_size_is_brought_into_bounds()
    {
        Assert.Equal(new RasterBox(4096, 16), RasterBox.Clamped(100_000, 3));
        Assert.Equal(new RasterBox(1920, 1080), RasterBox.Clamped(1920, 1080));
    }

    [Theory]
    [InlineData(ArtStyle.PixelArt, 1920, 1080)]
    [InlineData(ArtStyle.Watercolour, 1280, 720)]
    public async Task The_export_copy_is_a_jpeg_at_the_pictures_own_size_with_effects_at_most_the_effects_width(ArtStyle style, int width, int height)
    {
        var copy = await _rasterizer.RenderExportCopyAsync(OfflineSvg(style), default);
        Assert.Equal(("image/jpeg", width, height), Read(copy.Bytes));
    }

    [Fact]
    public void The_browser_gets_webp_when_it_says_it_takes_it()
    {
        Assert.Equal(RasterFormat.WebP, RasterFormats.FromAccept(["image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"]));
        Assert.Equal(RasterFormat.Jpeg, RasterFormats.FromAccept(["image/png,image/*;q=0.8"]));
        Assert.Equal(RasterFormat.Jpeg, RasterFormats.FromAccept([]));
    }

    public void Dispose() => _rasterizer.Dispose();
}
