using System.Runtime.CompilerServices;
using StoryExhibit.Core.Generation.Images.Grpc.Sdxl;

namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>
/// Pictures from an SDXL-Turbo server over gRPC (<c>protos/sdxl_turbo.proto</c>): one per request with <c>Generate</c>, or a live
/// stream of frames with <c>StreamFrames</c>. Failures surface as <see cref="GenerationException"/> whose inner exception is the
/// <see cref="GrpcStatusException"/> with the status code.
/// </summary>
public sealed class SdxlTurboIllustrator : ILiveIllustrator, IDisposable
{
    public const string Provider = "sdxl-turbo";
    internal const string GenerateMethod = "/storyexhibit.sdxl.v1.ImageService/Generate";
    internal const string StreamMethod = "/storyexhibit.sdxl.v1.ImageService/StreamFrames";

    private readonly SdxlTurboOptions _options;
    private readonly GrpcChannel _channel;

    public SdxlTurboIllustrator(SdxlTurboOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Steps, 1, nameof(options.Steps));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Steps, 50, nameof(options.Steps));
        _options = options;
        _channel = new GrpcChannel(new GrpcChannelOptions
        {
            Address = options.Endpoint,
            DefaultDeadline = options.Timeout,
            MaxRetries = options.MaxRetries,
            ConnectTimeout = options.ConnectTimeout,
            MaxReceiveMessageSize = options.MaxImageBytes + 1024,
        }, handler);
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
            reply = await _channel.UnaryAsync(GenerateMethod, message, GenerateReply.Parser, _options.Timeout, ct).ConfigureAwait(false);
        }
        catch (GrpcStatusException ex)
        {
            throw Map(ex);
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
        await using var frames = _channel.ServerStreamingAsync(StreamMethod, message, Frame.Parser, deadline: null, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            Frame frame;
            try
            {
                if (!await frames.MoveNextAsync().ConfigureAwait(false)) yield break;
                frame = frames.Current;
            }
            catch (GrpcStatusException ex)
            {
                throw Map(ex);
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

    /// <summary>A gRPC status as a message fit for a visitor; the status stays on the inner exception for logs and tests.</summary>
    internal static GenerationException Map(GrpcStatusException ex) => new(Provider, ex.Status switch
    {
        GrpcStatusCode.Unavailable => "The picture service could not be reached.",
        GrpcStatusCode.DeadlineExceeded => "The picture service did not answer in time.",
        GrpcStatusCode.ResourceExhausted => "The picture service is busy right now, or the picture was too large.",
        GrpcStatusCode.InvalidArgument or GrpcStatusCode.FailedPrecondition or GrpcStatusCode.OutOfRange => "The picture service could not draw this request.",
        GrpcStatusCode.Unauthenticated or GrpcStatusCode.PermissionDenied => "The picture service refused the credentials.",
        GrpcStatusCode.Unimplemented or GrpcStatusCode.NotFound => "The picture service does not offer this kind of picture.",
        GrpcStatusCode.Cancelled => "The picture service stopped the request.",
        _ => "The picture service had a problem.",
    }, ex);

    public void Dispose() => _channel.Dispose();
}
