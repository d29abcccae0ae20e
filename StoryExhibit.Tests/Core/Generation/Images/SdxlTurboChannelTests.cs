using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Google.Protobuf;
using Grpc.Core;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Grpc.Sdxl;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>
/// The app's gRPC channel (<see cref="SdxlTurboChannel"/>: Grpc.Net.Client with its retry policy and message limit) and the client
/// generated from protos/sdxl_turbo.proto, against an independent implementation: grpc-js under Node.js, over plain http:// (h2c).
/// </summary>
[Collection(GrpcServerCollection.Name)]
public sealed class SdxlTurboChannelTests(GrpcTestServer server, ITestOutputHelper output)
{
    private static DateTime In(TimeSpan t) => DateTime.UtcNow + t;
    private static DateTime Soon => In(TimeSpan.FromSeconds(10));

    private static async Task<List<T>> ToListAsync<T>(IAsyncStreamReader<T> reader, CancellationToken ct = default)
    {
        var list = new List<T>();
        await foreach (var item in reader.ReadAllAsync(ct)) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Unary_call_returns_the_reply()
    {
        using var channel = server.Channel();
        var reply = await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "ok", Seed = 42, Width = 640, Height = 360 }, deadline: Soon);

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
        using var call = new ImageService.ImageServiceClient(channel).StreamFrames(new StreamRequest { Prompt = "frames:5", Fps = 10, Seed = 1 });
        var arrivals = new List<(Frame Frame, long ArrivedUnixMs)>();
        await foreach (var frame in call.ResponseStream.ReadAllAsync())
            arrivals.Add((frame, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

        Assert.Equal([1L, 2, 3, 4, 5], arrivals.Select(a => a.Frame.Id));
        Assert.All(arrivals, a => Assert.Equal("image/png", a.Frame.MediaType));
        var stamps = arrivals.Select(a => a.Frame.TimestampUnixMs).ToList();
        Assert.True(stamps.Zip(stamps.Skip(1)).All(p => p.Second > p.First), "timestamps increase");
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(stamps[0]), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        // Incremental, not buffered to the end: the first frame was here before the server made the last one.
        Assert.True(arrivals[0].ArrivedUnixMs < stamps[^1], $"frame 1 arrived at {arrivals[0].ArrivedUnixMs}, frame 5 was made at {stamps[^1]}");
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Error_status_and_detail_come_from_the_server()
    {
        using var channel = server.Channel();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "fail:INVALID_ARGUMENT:no dragons allowed — désolé" }, deadline: Soon));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("no dragons allowed — désolé", ex.Status.Detail);
    }

    [Fact]
    public async Task Stream_error_after_some_frames_keeps_the_frames_and_reports_the_status()
    {
        using var channel = server.Channel();
        using var call = new ImageService.ImageServiceClient(channel).StreamFrames(new StreamRequest { Prompt = "fail-after:2", Fps = 30 });
        var frames = new List<Frame>();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var f in call.ResponseStream.ReadAllAsync()) frames.Add(f);
        });

        Assert.Equal(2, frames.Count);
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Contains("after 2 frames", ex.Status.Detail);
    }

    [Fact]
    public async Task Deadline_exceeded_when_the_server_is_too_slow()
    {
        using var channel = server.Channel();
        // The server would answer after 5 s: the status proves the call gave up at its deadline instead.
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "slow:5000" }, deadline: In(TimeSpan.FromMilliseconds(300))));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task Deadline_ends_a_stream_after_the_frames_it_delivered_and_stops_the_server()
    {
        using var channel = server.Channel();
        var prompt = "deadline-" + Guid.NewGuid().ToString("N")[..8];
        using var call = new ImageService.ImageServiceClient(channel).StreamFrames(new StreamRequest { Prompt = prompt, Fps = 20 }, deadline: In(TimeSpan.FromMilliseconds(500)));
        var frames = new List<Frame>();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var f in call.ResponseStream.ReadAllAsync()) frames.Add(f);
        });

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.NotEmpty(frames);
        Assert.True(await server.WaitUntilCancelledAsync(prompt), "the server should have stopped the stream at the deadline");
    }

    [Fact]
    public async Task Caller_cancellation_mid_stream_stops_the_call_on_both_sides()
    {
        using var channel = server.Channel();
        using var cts = new CancellationTokenSource();
        var prompt = "endless-" + Guid.NewGuid().ToString("N")[..8];
        using var call = new ImageService.ImageServiceClient(channel).StreamFrames(new StreamRequest { Prompt = prompt, Fps = 20 }, cancellationToken: cts.Token);
        var received = 0;
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
                if (++received == 3) cts.Cancel();
        });

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        Assert.Equal(3, received);
        Assert.True(await server.WaitUntilCancelledAsync(prompt), "the server should have seen the stream cancelled");
    }

    [Fact]
    public async Task Unavailable_is_retried_by_the_service_config_then_succeeds()
    {
        using var channel = server.Channel(maxRetries: 2);
        var key = Guid.NewGuid().ToString("N")[..8];
        var reply = await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = $"flaky:2:{key}" }, deadline: Soon);

        Assert.False(reply.Image.IsEmpty);
        Assert.Equal(3, (await server.StatsAsync()).Calls[$"flaky:2:{key}"]);
    }

    [Fact]
    public async Task Retries_are_exhausted_with_unavailable()
    {
        using var channel = server.Channel(maxRetries: 2);
        var key = Guid.NewGuid().ToString("N")[..8];
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = $"flaky:9:{key}" }, deadline: Soon));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Contains("attempt 3 of 9", ex.Status.Detail);
        Assert.Equal(3, (await server.StatsAsync()).Calls[$"flaky:9:{key}"]);
    }

    [Fact]
    public async Task Without_retries_unavailable_fails_at_the_first_attempt()
    {
        using var channel = server.Channel(maxRetries: 0);
        var key = Guid.NewGuid().ToString("N")[..8];
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = $"flaky:1:{key}" }, deadline: Soon));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Equal(1, (await server.StatsAsync()).Calls[$"flaky:1:{key}"]);
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        using var channel = server.Channel(maxRetries: 3);
        var prompt = "fail:INTERNAL:" + Guid.NewGuid().ToString("N")[..8];
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = prompt }, deadline: Soon));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Equal(1, (await server.StatsAsync()).Calls[prompt]);
    }

    [Fact]
    public async Task Stream_is_retried_before_its_first_message()
    {
        using var channel = server.Channel(maxRetries: 2);
        var prompt = $"flaky:1:{Guid.NewGuid():N}";
        using var call = new ImageService.ImageServiceClient(channel).StreamFrames(new StreamRequest { Prompt = prompt, Fps = 30, MaxFrames = 2 }, deadline: Soon);
        var frames = await ToListAsync(call.ResponseStream);

        Assert.Equal(2, frames.Count);
        Assert.Equal(2, (await server.StatsAsync()).Calls[prompt]);
    }

    [Fact]
    public async Task Large_message_over_the_default_4_MB_arrives_whole()
    {
        using var channel = server.Channel();
        var reply = await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "large:4194304" }, deadline: Soon);

        Assert.Equal(4 * 1024 * 1024, reply.Image.Length);
        Assert.True(reply.CalculateSize() > 4 * 1024 * 1024, "the reply is larger than Grpc.Net.Client accepts by default");
    }

    [Fact]
    public async Task Message_over_the_receive_limit_is_refused()
    {
        using var channel = server.Channel(maxImageBytes: 1024 * 1024);
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ImageService.ImageServiceClient(channel).GenerateAsync(new GenerateRequest { Prompt = "large:2000000" }, deadline: Soon));

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
    }

    [Fact]
    public async Task Server_not_listening_is_unavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var channel = SdxlTurboChannel.Create(new SdxlTurboOptions { Endpoint = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 1 });
        var client = new ImageService.ImageServiceClient(channel);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.GenerateAsync(new GenerateRequest { Prompt = "ok" }, deadline: Soon));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        using var call = client.StreamFrames(new StreamRequest { Prompt = "ok" });
        var stream = await Assert.ThrowsAsync<RpcException>(() => ToListAsync(call.ResponseStream));
        Assert.Equal(StatusCode.Unavailable, stream.StatusCode);
    }

    [Fact]
    public async Task Unknown_method_is_unimplemented()
    {
        using var channel = server.Channel();
        var nope = new Method<GenerateRequest, GenerateReply>(MethodType.Unary, ImageService.Descriptor.FullName, "Nope",
            Marshallers.Create((GenerateRequest r) => r.ToByteArray(), GenerateRequest.Parser.ParseFrom),
            Marshallers.Create((GenerateReply r) => r.ToByteArray(), GenerateReply.Parser.ParseFrom));
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await channel.CreateCallInvoker().AsyncUnaryCall(nope, null, new CallOptions(deadline: Soon), new GenerateRequest { Prompt = "ok" }));

        Assert.Equal(StatusCode.Unimplemented, ex.StatusCode);
    }

    [Fact]
    public async Task One_channel_carries_many_calls()
    {
        using var channel = server.Channel();
        var client = new ImageService.ImageServiceClient(channel);
        var request = new GenerateRequest { Prompt = "ok" };
        await client.GenerateAsync(request, deadline: Soon);
        const int calls = 200;
        var each = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var clock = Stopwatch.StartNew();
            var reply = await client.GenerateAsync(request, deadline: Soon);
            each[i] = clock.Elapsed.TotalMilliseconds;
            Assert.False(reply.Image.IsEmpty);
        }
        Array.Sort(each);
        output.WriteLine($"unary round trip on loopback: p50 {each[calls / 2]:0.00} ms, p95 {each[calls * 95 / 100]:0.00} ms");
    }
}
