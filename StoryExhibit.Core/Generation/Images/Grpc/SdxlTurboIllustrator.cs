using System.Runtime.CompilerServices;
using Grpc.Core;
using Grpc.Net.Client;
using StoryExhibit.Core.Generation.Images.Grpc.Sdxl;

namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>
/// Pictures from an SDXL-Turbo server over gRPC (<c>protos/sdxl_turbo.proto</c>): one per request with <c>Generate</c>, or a live
/// stream of frames with <c>StreamFrames</c>, through the generated client on one <see cref="SdxlTurboChannel"/>. Failures surface
/// as <see cref="GenerationException"/> whose inner exception is the <see cref="RpcException"/> with the status and the server's
/// detail; the caller's own cancellation as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class SdxlTurboIllustrator : ILiveIllustrator, IDisposable
{
    public const string Provider = "sdxl-turbo";

    private readonly SdxlTurboOptions _options;
    private readonly GrpcChannel _channel;
    private readonly ImageService.ImageServiceClient _client;

    public SdxlTurboIllustrator(SdxlTurboOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Steps, 1, nameof(options.Steps));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Steps, 50, nameof(options.Steps));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        _options = options;
        _channel = SdxlTurboChannel.Create(options);
        _client = new ImageService.ImageServiceClient(_channel);
    }

    public string Name => Provider;

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var (width, height) = Size(request);
        var message = new GenerateRequest
        {
            Prompt = request.ToModelPrompt(),
            NegativePrompt = _options.NegativePrompt,
            Seed = request.Seed,
            Steps = _options.Steps,
            Width = width,
            Height = height,
            GuidanceScale = _options.GuidanceScale,
            MediaType = _options.MediaType,
        };
        GenerateReply reply;
        try
        {
            // The deadline covers every attempt the retry policy makes.
            reply = await _client.GenerateAsync(message, deadline: DateTime.UtcNow + _options.Timeout, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            throw Failure(ex, ct);
        }
        return ToImage(request, reply.Image, reply.MediaType, reply.Width, reply.Height, width, height);
    }

    public async IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(fps > 0 && fps <= 30)) throw new ArgumentOutOfRangeException(nameof(fps), fps, "Frames a second must be above 0 and at most 30.");
        request.Validate();
        var (width, height) = Size(request);
        var message = new StreamRequest
        {
            Prompt = request.ToModelPrompt(),
            NegativePrompt = _options.NegativePrompt,
            Seed = request.Seed,
            Steps = _options.Steps,
            Width = width,
            Height = height,
            Fps = (float)fps,
            MediaType = _options.MediaType,
        };
        // No deadline: a live stream runs until the canvas stops it. Disposing an unfinished call resets the stream,
        // which tells the server to stop drawing.
        using var call = _client.StreamFrames(message, cancellationToken: ct);
        while (true)
        {
            Frame frame;
            try
            {
                if (!await call.ResponseStream.MoveNext(ct).ConfigureAwait(false)) yield break;
                frame = call.ResponseStream.Current;
            }
            catch (RpcException ex)
            {
                throw Failure(ex, ct);
            }
            var image = ToImage(request, frame.Image, frame.MediaType, frame.Width, frame.Height, width, height);
            var stamp = frame.TimestampUnixMs > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(frame.TimestampUnixMs) : DateTimeOffset.UtcNow;
            yield return new LiveFrame(frame.Id, stamp, image);
        }
    }

    /// <summary>Convenience for live canvases: frames following a bare prompt.</summary>
    public IAsyncEnumerable<LiveFrame> StreamFramesAsync(string prompt, double fps, CancellationToken ct) =>
        StreamFramesAsync(new ImageRequest { Prompt = prompt }, fps, ct);

    private (int Width, int Height) Size(ImageRequest request) => (_options.Width ?? request.Width, _options.Height ?? request.Height);

    private GeneratedImage ToImage(ImageRequest request, Google.Protobuf.ByteString data, string mediaType, int width, int height, int askedWidth, int askedHeight)
    {
        if (data.IsEmpty) throw new GenerationException(Provider, "The image service sent an empty picture.");
        var bytes = data.ToByteArray();
        var type = string.IsNullOrWhiteSpace(mediaType) ? ImageSniffer.MediaType(bytes) : mediaType.Trim().ToLowerInvariant();
        if (type is null || !type.StartsWith("image/", StringComparison.Ordinal))
            throw new GenerationException(Provider, "The image service sent something that is not a picture.");
        return new GeneratedImage(bytes, type, RemoteAltText.For(request), width > 0 ? width : askedWidth, height > 0 ? height : askedHeight);
    }

    /// <summary>
    /// The caller's own cancellation as <see cref="OperationCanceledException"/> (a visitor leaving is not a failure); any other
    /// status as a message fit for a visitor, with the status and the server's detail kept on the inner exception for logs.
    /// </summary>
    private static Exception Failure(RpcException ex, CancellationToken ct) =>
        ex.StatusCode == StatusCode.Cancelled && ct.IsCancellationRequested ? new OperationCanceledException("The picture request was cancelled.", ex, ct) : Map(ex);

    internal static GenerationException Map(RpcException ex) => new(Provider, ex.StatusCode switch
    {
        StatusCode.Unavailable => "The picture service could not be reached.",
        StatusCode.DeadlineExceeded => "The picture service did not answer in time.",
        StatusCode.ResourceExhausted => "The picture service is busy right now, or the picture was too large.",
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange => "The picture service could not draw this request.",
        StatusCode.Unauthenticated or StatusCode.PermissionDenied => "The picture service refused the credentials.",
        StatusCode.Unimplemented or StatusCode.NotFound => "The picture service does not offer this kind of picture.",
        StatusCode.Cancelled => "The picture service stopped the request.",
        _ => "The picture service had a problem.",
    }, ex);

    public void Dispose() => _channel.Dispose();
}
