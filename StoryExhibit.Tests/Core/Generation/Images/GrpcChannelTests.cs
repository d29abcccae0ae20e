using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Grpc.Sdxl;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>The gRPC transport against an independent implementation: grpc-js under Node.js.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class GrpcChannelTests(GrpcTestServer server, ITestOutputHelper output)
{
    private const string Generate = SdxlTurboIllustrator.GenerateMethod;
    private const string Stream = SdxlTurboIllustrator.StreamMethod;

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Unary_call_returns_the_reply()
    {
        using var channel = server.Channel();
        var reply = await channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "ok", Seed = 42, Width = 640, Height = 360 }, GenerateReply.Parser, null, CancellationToken.None);

        Assert.Equal("image/png", reply.MediaType);
        Assert.Equal(42, reply.Seed);
        Assert.Equal(640, reply.Width);
        Assert.Equal(360, reply.Height);
        Assert.Equal("image/png", ImageSniffer.MediaType(reply.Image.Span));
    }

    [Fact]
    public async Task Server_stream_delivers_frames_as_they_are_made_with_ids_and_timestamps()
    {
        using var channel = server.Channel();
        var arrivals = new List<(Frame Frame, long At)>();
        var clock = Stopwatch.StartNew();
        await foreach (var frame in channel.ServerStreamingAsync(Stream, new StreamRequest { Prompt = "frames:5", Fps = 10, Seed = 1 }, Frame.Parser, null, CancellationToken.None))
            arrivals.Add((frame, clock.ElapsedMilliseconds));

        Assert.Equal([1L, 2, 3, 4, 5], arrivals.Select(a => a.Frame.Id));
        Assert.All(arrivals, a => Assert.Equal("image/png", a.Frame.MediaType));
        var stamps = arrivals.Select(a => a.Frame.TimestampUnixMs).ToList();
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.Second > p.First), "timestamps increase");
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(stamps[0]), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        // 10 frames a second: the first arrives long before the last is made (incremental, not buffered to the end).
        Assert.True(arrivals[^1].At - arrivals[0].At >= 300, $"frames arrived over {arrivals[^1].At - arrivals[0].At} ms");
    }

    [Fact]
    public async Task Error_status_and_message_come_from_the_server()
    {
        using var channel = server.Channel();
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "fail:INVALID_ARGUMENT:no dragons allowed — désolé" }, GenerateReply.Parser, null, CancellationToken.None));

        Assert.Equal(GrpcStatusCode.InvalidArgument, ex.Status);
        Assert.Equal("no dragons allowed — désolé", ex.Detail);
    }

    [Fact]
    public async Task Stream_error_after_some_frames_keeps_the_frames_and_reports_the_status()
    {
        using var channel = server.Channel();
        var frames = new List<Frame>();
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(async () =>
        {
            await foreach (var f in channel.ServerStreamingAsync(Stream, new StreamRequest { Prompt = "fail-after:2", Fps = 30 }, Frame.Parser, null, CancellationToken.None))
                frames.Add(f);
        });

        Assert.Equal(2, frames.Count);
        Assert.Equal(GrpcStatusCode.Internal, ex.Status);
        Assert.Contains("after 2 frames", ex.Detail);
    }

    [Fact]
    public async Task Deadline_exceeded_when_the_server_is_too_slow()
    {
        using var channel = server.Channel();
        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "slow:5000" }, GenerateReply.Parser, TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, ex.Status);
        Assert.True(clock.ElapsedMilliseconds < 3000, $"gave up after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Caller_cancellation_mid_stream_stops_the_call_on_both_sides()
    {
        using var channel = server.Channel();
        using var cts = new CancellationTokenSource();
        var prompt = "endless-" + Guid.NewGuid().ToString("N")[..8];
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in channel.ServerStreamingAsync(Stream, new StreamRequest { Prompt = prompt, Fps = 20 }, Frame.Parser, null, cts.Token))
                if (++received == 3) cts.Cancel();
        });

        Assert.Equal(3, received);
        for (var i = 0; i < 40 && !(await server.StatsAsync()).Cancelled.Contains(prompt); i++) await Task.Delay(50);
        Assert.Contains(prompt, (await server.StatsAsync()).Cancelled);
    }

    [Fact]
    public async Task Unavailable_is_retried_then_succeeds()
    {
        using var channel = server.Channel(maxRetries: 2);
        var key = Guid.NewGuid().ToString("N")[..8];
        var reply = await channel.UnaryAsync(Generate, new GenerateRequest { Prompt = $"flaky:2:{key}" }, GenerateReply.Parser, null, CancellationToken.None);

        Assert.False(reply.Image.IsEmpty);
        Assert.Equal(3, (await server.StatsAsync()).Calls[$"flaky:2:{key}"]);
    }

    [Fact]
    public async Task Retries_are_exhausted_with_unavailable()
    {
        using var channel = server.Channel(maxRetries: 2);
        var key = Guid.NewGuid().ToString("N")[..8];
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            channel.UnaryAsync(Generate, new GenerateRequest { Prompt = $"flaky:9:{key}" }, GenerateReply.Parser, null, CancellationToken.None));

        Assert.Equal(GrpcStatusCode.Unavailable, ex.Status);
        Assert.Contains("attempt 3 of 9", ex.Detail);
        Assert.Equal(3, (await server.StatsAsync()).Calls[$"flaky:9:{key}"]);
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        using var channel = server.Channel(maxRetries: 3);
        var prompt = "fail:INTERNAL:" + Guid.NewGuid().ToString("N")[..8];
        await Assert.ThrowsAsync<GrpcStatusException>(() => channel.UnaryAsync(Generate, new GenerateRequest { Prompt = prompt }, GenerateReply.Parser, null, CancellationToken.None));
        Assert.Equal(1, (await server.StatsAsync()).Calls[prompt]);
    }

    [Fact]
    public async Task Stream_is_retried_before_its_first_message()
    {
        using var channel = server.Channel(maxRetries: 2);
        var prompt = $"flaky:1:{Guid.NewGuid():N}";
        var frames = await ToListAsync(channel.ServerStreamingAsync(Stream, new StreamRequest { Prompt = prompt, Fps = 30, MaxFrames = 2 }, Frame.Parser, null, CancellationToken.None));

        Assert.Equal(2, frames.Count);
        Assert.Equal(2, (await server.StatsAsync()).Calls[prompt]);
    }

    [Fact]
    public async Task Large_message_of_4_MB_arrives_whole()
    {
        using var channel = server.Channel();
        var reply = await channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "large:4194304" }, GenerateReply.Parser, null, CancellationToken.None);
        Assert.Equal(4 * 1024 * 1024, reply.Image.Length);
    }

    [Fact]
    public async Task Message_over_the_receive_limit_is_refused()
    {
        using var channel = server.Channel(maxReceive: 1024 * 1024);
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "large:2000000" }, GenerateReply.Parser, null, CancellationToken.None));
        Assert.Equal(GrpcStatusCode.ResourceExhausted, ex.Status);
    }

    [Fact]
    public async Task Server_not_listening_is_unavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var channel = new GrpcChannel(new GrpcChannelOptions
        {
            Address = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 1, InitialBackoff = TimeSpan.FromMilliseconds(10), DefaultDeadline = TimeSpan.FromSeconds(5),
        });

        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() => channel.UnaryAsync(Generate, new GenerateRequest { Prompt = "ok" }, GenerateReply.Parser, null, CancellationToken.None));
        Assert.Equal(GrpcStatusCode.Unavailable, ex.Status);
        var stream = await Assert.ThrowsAsync<GrpcStatusException>(() => ToListAsync(channel.ServerStreamingAsync(Stream, new StreamRequest { Prompt = "ok" }, Frame.Parser, null, CancellationToken.None)));
        Assert.Equal(GrpcStatusCode.Unavailable, stream.Status);
    }

    [Fact]
    public async Task Unknown_method_is_unimplemented()
    {
        using var channel = server.Channel();
        var ex = await Assert.ThrowsAsync<GrpcStatusException>(() =>
            channel.UnaryAsync("/storyexhibit.sdxl.v1.ImageService/Nope", new GenerateRequest { Prompt = "ok" }, GenerateReply.Parser, null, CancellationToken.None));
        Assert.Equal(GrpcStatusCode.Unimplemented, ex.Status);
    }

    [Fact]
    public async Task Loopback_round_trip_is_quick()
    {
        using var channel = server.Channel();
        var request = new GenerateRequest { Prompt = "ok" };
        await channel.UnaryAsync(Generate, request, GenerateReply.Parser, null, CancellationToken.None);
        const int calls = 100;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++) await channel.UnaryAsync(Generate, request, GenerateReply.Parser, null, CancellationToken.None);
        var each = clock.Elapsed.TotalMilliseconds / calls;
        output.WriteLine($"unary round trip on loopback: {each:0.00} ms");
        Assert.True(each < 50, $"{each} ms a call");
    }

    [Theory]
    [InlineData(0.5, "1m")]
    [InlineData(1500, "1500m")]
    [InlineData(200_000_000, "200000S")]
    public void Timeouts_are_encoded_as_grpc_wants(double milliseconds, string expected) =>
        Assert.Equal(expected, GrpcChannel.EncodeTimeout(TimeSpan.FromMilliseconds(milliseconds)));
}

/// <summary>The SDXL-Turbo illustrator over the real gRPC server.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class SdxlTurboIllustratorTests(GrpcTestServer server)
{
    private SdxlTurboIllustrator Illustrator(int retries = 0) => new(new SdxlTurboOptions
    {
        Endpoint = server.Address, MaxRetries = retries, Timeout = TimeSpan.FromSeconds(5), Width = null, Height = null,
    });

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
    [InlineData("fail:UNAVAILABLE", GrpcStatusCode.Unavailable, "could not be reached")]
    [InlineData("fail:RESOURCE_EXHAUSTED", GrpcStatusCode.ResourceExhausted, "busy")]
    [InlineData("fail:INTERNAL:CUDA out of memory at 0x7f", GrpcStatusCode.Internal, "had a problem")]
    public async Task Failures_become_visitor_safe_generation_exceptions(string prompt, GrpcStatusCode status, string message)
    {
        using var illustrator = Illustrator();
        var ex = await Assert.ThrowsAsync<GenerationException>(() => illustrator.GenerateAsync(new ImageRequest { Prompt = prompt }, CancellationToken.None));

        Assert.Equal(SdxlTurboIllustrator.Provider, ex.Provider);
        Assert.Contains(message, ex.Message);
        Assert.DoesNotContain("CUDA", ex.Message);
        Assert.Equal(status, Assert.IsType<GrpcStatusException>(ex.InnerException).Status);
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
        Assert.Equal(GrpcStatusCode.Unavailable, Assert.IsType<GrpcStatusException>(ex.InnerException).Status);
    }
}
