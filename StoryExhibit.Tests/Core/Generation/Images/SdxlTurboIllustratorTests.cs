using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>The SDXL-Turbo illustrator over the real gRPC server.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class SdxlTurboIllustratorTests(GrpcTestServer server)
{
    private SdxlTurboOptions Options(int retries = 0, TimeSpan? timeout = null) => new()
    {
        Endpoint = server.Address, MaxRetries = retries, Timeout = timeout ?? TimeSpan.FromSeconds(5), Width = null, Height = null,
    };

    private SdxlTurboIllustrator Illustrator(int retries = 0, TimeSpan? timeout = null) => new(Options(retries, timeout));

    [Fact]
    public async Task Generates_a_picture_with_alt_text()
    {
        using var illustrator = Illustrator();
        var image = await illustrator.GenerateAsync(new ImageRequest { Prompt = "ok", Characters = ["Mira"], Style = ArtStyle.Watercolour, Width = 800, Height = 450 }, CancellationToken.None);

        Assert.Equal("image/png", image.MediaType);
        Assert.Equal((800, 450), (image.Width, image.Height));
        Assert.Contains("watercolour", image.AltText);
        Assert.Contains("Mira", image.AltText);
    }

    [Fact]
    public async Task Missing_media_type_is_recognised_from_the_bytes()
    {
        using var illustrator = Illustrator();
        var image = await illustrator.GenerateAsync(new ImageRequest { Prompt = "nomedia" }, CancellationToken.None);
        Assert.Equal("image/png", image.MediaType);
    }

    [Theory]
    [InlineData("fail:UNAVAILABLE", StatusCode.Unavailable, "could not be reached", "forced UNAVAILABLE")]
    [InlineData("fail:RESOURCE_EXHAUSTED", StatusCode.ResourceExhausted, "busy", "forced RESOURCE_EXHAUSTED")]
    [InlineData("fail:INTERNAL:CUDA out of memory at 0x7f", StatusCode.Internal, "had a problem", "CUDA out of memory at 0x7f")]
    public async Task Failures_become_visitor_safe_generation_exceptions_that_keep_status_and_detail(string prompt, StatusCode status, string message, string detail)
    {
        using var illustrator = Illustrator();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => illustrator.GenerateAsync(new ImageRequest { Prompt = prompt }, CancellationToken.None));

        Assert.Equal(SdxlTurboIllustrator.Provider, ex.Provider);
        Assert.Contains(message, ex.Message);
        Assert.DoesNotContain("CUDA", ex.Message);
        var inner = Assert.IsType<RpcException>(ex.InnerException);
        Assert.Equal(status, inner.StatusCode);
        Assert.Equal(detail, inner.Status.Detail);
    }

    [Fact]
    public async Task A_picture_slower_than_the_timeout_did_not_answer_in_time()
    {
        using var illustrator = Illustrator(timeout: TimeSpan.FromMilliseconds(300));
        var ex = await Assert.ThrowsAsync<GenerationException>(() => illustrator.GenerateAsync(new ImageRequest { Prompt = "slow:5000" }, CancellationToken.None));

        Assert.Contains("did not answer in time", ex.Message);
        Assert.Equal(StatusCode.DeadlineExceeded, Assert.IsType<RpcException>(ex.InnerException).StatusCode);
    }

    [Fact]
    public async Task Unavailable_is_retried_as_the_settings_ask()
    {
        using var illustrator = Illustrator(retries: 2);
        var key = "flaky:2:" + Guid.NewGuid().ToString("N")[..8];
        var image = await illustrator.GenerateAsync(new ImageRequest { Prompt = key }, CancellationToken.None);

        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(3, (await server.StatsAsync()).Calls[key]);
    }

    [Fact]
    public async Task A_visitor_cancelling_a_picture_is_a_cancellation_not_a_failure()
    {
        using var illustrator = Illustrator();
        using var cts = new CancellationTokenSource();
        var picture = illustrator.GenerateAsync(new ImageRequest { Prompt = "slow:5000" }, cts.Token);
        cts.Cancel();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => picture);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Empty_picture_is_a_generation_exception()
    {
        using var illustrator = Illustrator();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => illustrator.GenerateAsync(new ImageRequest { Prompt = "empty" }, CancellationToken.None));
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public async Task Streams_frames_for_a_live_canvas()
    {
        using var illustrator = Illustrator();
        var frames = new List<LiveFrame>();
        await foreach (var frame in illustrator.StreamFramesAsync("frames:3", 20, CancellationToken.None)) frames.Add(frame);

        Assert.Equal([1L, 2, 3], frames.Select(f => f.Id));
        Assert.All(frames, f => Assert.Equal("image/png", f.Image.MediaType));
        Assert.True(frames[2].Timestamp > frames[0].Timestamp);
    }

    [Fact]
    public async Task Stream_failure_is_a_generation_exception()
    {
        using var illustrator = Illustrator();
        var ex = await Assert.ThrowsAsync<GenerationException>(async () =>
        {
            await foreach (var _ in illustrator.StreamFramesAsync("fail:UNAVAILABLE", 4, CancellationToken.None)) { }
        });
        Assert.Equal(StatusCode.Unavailable, Assert.IsType<RpcException>(ex.InnerException).StatusCode);
    }

    [Fact]
    public async Task Stopping_a_canvas_cancels_its_stream_on_the_server_without_a_failure()
    {
        using var illustrator = Illustrator();
        using var cts = new CancellationTokenSource();
        var prompt = "canvas-" + Guid.NewGuid().ToString("N")[..8];
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in illustrator.StreamFramesAsync(prompt, 20, cts.Token))
                if (++received == 2) cts.Cancel();
        });

        Assert.Equal(2, received);
        Assert.True(await server.WaitUntilCancelledAsync(prompt), "the server should have seen the stream cancelled");
    }

    [Fact]
    public async Task A_staff_change_of_endpoint_moves_the_next_picture_to_the_new_server()
    {
        var settings = new ChangingImageOptions(new ImageOptions
        {
            Provider = ImageProvider.SdxlTurbo,
            SdxlTurbo = new SdxlTurboOptions { Endpoint = new Uri("http://127.0.0.1:9"), MaxRetries = 0, Timeout = TimeSpan.FromSeconds(5), Width = null, Height = null },
        });
        using var current = new CurrentIllustrators(settings, NullLogger<CurrentIllustrators>.Instance);
        var painter = new CurrentSceneIllustrator(current);
        var key = "moved-" + Guid.NewGuid().ToString("N")[..8];

        var ex = await Assert.ThrowsAsync<GenerationException>(() => painter.GenerateAsync(new ImageRequest { Prompt = key }, CancellationToken.None));
        Assert.Equal(StatusCode.Unavailable, Assert.IsType<RpcException>(ex.InnerException).StatusCode);

        settings.Value = new ImageOptions { Provider = ImageProvider.SdxlTurbo, SdxlTurbo = Options() };
        var image = await painter.GenerateAsync(new ImageRequest { Prompt = key }, CancellationToken.None);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(1, (await server.StatsAsync()).Calls[key]);
    }

    [Fact]
    public async Task A_live_stream_moves_to_the_new_settings_at_its_next_frame_and_the_old_stream_stops()
    {
        var settings = new ChangingImageOptions(new ImageOptions { Provider = ImageProvider.SdxlTurbo, SdxlTurbo = Options() });
        using var current = new CurrentIllustrators(settings, NullLogger<CurrentIllustrators>.Instance);
        var live = new CurrentLiveIllustrator(current);
        var prompt = "switch-" + Guid.NewGuid().ToString("N")[..8];
        var frames = new List<LiveFrame>();

        var oldStreamStopped = false;
        await foreach (var frame in live.StreamFramesAsync(new ImageRequest { Prompt = prompt }, 20, CancellationToken.None))
        {
            frames.Add(frame);
            if (frames.Count == 2) settings.Value = new ImageOptions { Provider = ImageProvider.SdxlTurbo, SdxlTurbo = Options(retries: 1) };
            // The new stream is still open here, so a cancelled stream on the server is the old one.
            if (frames.Count == 3) oldStreamStopped = await server.WaitUntilCancelledAsync(prompt);
            if (frames.Count == 4) break;
        }

        Assert.Equal([1L, 2, 1, 2], frames.Select(f => f.Id)); // the new stream starts over on the new channel
        Assert.True(oldStreamStopped, "the old stream should have been cancelled on the server");
        Assert.Equal(2, (await server.StatsAsync()).Calls[prompt]);
    }

    private sealed class ChangingImageOptions(ImageOptions value) : IOptionsMonitor<ImageOptions>
    {
        public ImageOptions Value { get; set; } = value;
        public ImageOptions CurrentValue => Value;
        public ImageOptions Get(string? name) => Value;
        public IDisposable? OnChange(Action<ImageOptions, string?> listener) => null;
    }
}
