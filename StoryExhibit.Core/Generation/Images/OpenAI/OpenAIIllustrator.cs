using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAIClientOptions = global::OpenAI.OpenAIClientOptions;
using Sdk = global::OpenAI.Images;

using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation.Images.OpenAI;

/// <summary>Pictures from OpenAI's image API (or a compatible server) through the OpenAI SDK's <see cref="Sdk.ImageClient"/>.</summary>
public sealed class OpenAIIllustrator : IIllustrator
{
    public const string Provider = "openai-images";
    private readonly OpenAIImageOptions _options;
    private readonly Sdk.ImageClient _client;
    private readonly HttpClient _download;

    /// <param name="httpClient">Optional client for the API and for downloading pictures answered by URL (not disposed here).</param>
    public OpenAIIllustrator(OpenAIImageOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        _ = ParseSize(options.Size);
        _options = options;
        var clientOptions = OpenAIConnection.Options(options.Endpoint, options.Timeout, options.MaxRetries, httpClient);
        _client = new Sdk.ImageClient(options.Model, OpenAIConnection.Key(options.ApiKey), clientOptions);
        _download = httpClient ?? SharedDownload;
    }

    private static readonly HttpClient SharedDownload = new() { Timeout = TimeSpan.FromSeconds(60) };

    public string Name => Provider;

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var size = ParseSize(_options.Size) ?? (request.Width, request.Height);
        var generation = new Sdk.ImageGenerationOptions { Size = new Sdk.GeneratedImageSize(size.Width, size.Height) };
        if (_options.RequestBytes) generation.ResponseFormat = Sdk.GeneratedImageFormat.Bytes;
        try
        {
            var result = await _client.GenerateImageAsync(request.ToModelPrompt(), generation, ct).ConfigureAwait(false);
            var image = result.Value;
            byte[] bytes;
            if (image.ImageBytes is { } data) bytes = data.ToArray();
            else if (image.ImageUri is { } uri) bytes = await _download.GetByteArrayAsync(uri, ct).ConfigureAwait(false);
            else throw new GenerationException(Provider, "The picture service answered without a picture.");
            if (bytes.Length == 0) throw new GenerationException(Provider, "The picture service sent an empty picture.");
            var type = ImageSniffer.MediaType(bytes) ?? throw new GenerationException(Provider, "The picture service sent something that is not a picture.");
            return new GeneratedImage(bytes, type, RemoteAltText.For(request), size.Width, size.Height);
        }
        catch (Exception ex) when (ex is not GenerationException && !(ex is OperationCanceledException && ct.IsCancellationRequested))
        {
            throw Map(ex);
        }
    }

    private static (int Width, int Height)? ParseSize(string? size)
    {
        if (string.IsNullOrWhiteSpace(size)) return null;
        var parts = size.ToLowerInvariant().Split('x');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w > 0 && h > 0) return (w, h);
        throw new ArgumentException($"The image size must look like 1536x1024, not '{size}'.", nameof(size));
    }

    internal static GenerationException Map(Exception ex) => ex switch
    {
        ClientResultException { Status: 401 or 403 } c => new(Provider, "The picture service refused the credentials.", c),
        ClientResultException { Status: 400 } c => new(Provider, "The picture service would not draw this request.", c),
        ClientResultException { Status: 404 } c => new(Provider, "The picture service does not know this model or address.", c),
        ClientResultException { Status: 429 } c => new(Provider, "The picture service is busy right now.", c),
        ClientResultException { Status: 0 } c => new(Provider, "The picture service could not be reached.", c),
        ClientResultException { Status: >= 500 } c => new(Provider, "The picture service had an internal problem.", c),
        HttpRequestException or System.Net.Sockets.SocketException => new(Provider, "The picture service could not be reached.", ex),
        OperationCanceledException or TimeoutException => new(Provider, "The picture service did not answer in time.", ex),
        _ => new(Provider, "The picture service failed unexpectedly.", ex),
    };
}
