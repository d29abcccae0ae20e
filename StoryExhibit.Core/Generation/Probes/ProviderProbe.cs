using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Grpc.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation.Probes;

/// <summary>
/// Asks a provider whether it works, in plain words. "Test connection" asks, with candidate settings that are not
/// saved yet, for the smallest thing it can do: the storyteller writes one word; SDXL-Turbo paints a tiny picture;
/// OpenAI images only lists its models (a picture would cost money). The offline providers are built in and always
/// ready. The cheap checks (<see cref="ReachOpenAIAsync"/>, <see cref="ConnectAsync"/>) only see whether anything
/// answers: no key, nothing generated, free to repeat (health checks use them).
/// </summary>
public sealed class ProviderProbe(ILogger<ProviderProbe> log, HttpClient? http = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly HttpClient SharedHttp = new() { Timeout = Timeout.InfiniteTimeSpan };

    private readonly HttpClient _http = http ?? SharedHttp;

    public async Task<ProbeResult> TextAsync(TextGenerationOptions candidate, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Provider == TextProvider.Offline) return BuiltIn("offline storyteller");
        if (candidate.OpenAICompatible is not { } server || string.IsNullOrWhiteSpace(server.Model))
            return ProbeResult.Failed("Name the model first.");
        if (ProbeAddress.Problem(server.Endpoint) is { } problem) return ProbeResult.Failed(problem + ".");

        var options = new OpenAICompatibleOptions { Endpoint = server.Endpoint, ApiKey = server.ApiKey, Model = server.Model, Timeout = timeout, MaxRetries = 0 };
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var client = OpenAIStoryteller.Create(options, _http);
            await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Reply with the single word: ready")],
                new ChatOptions { MaxOutputTokens = 5, Temperature = 0 }, limit.Token).ConfigureAwait(false);
            // What the server said is not shown: the address may be anything, so a test reports only how it went.
            return ProbeResult.Ok($"Connected: {server.Model} answered in {Ms(watch.Elapsed)}.", watch.Elapsed);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogInformation(ex, "Storyteller connection test to {Endpoint} failed", server.Endpoint);
            return ProbeResult.Failed(Explain(ex, timeout, "model name"));
        }
    }

    public async Task<ProbeResult> ImagesAsync(ImageOptions candidate, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Provider switch
        {
            ImageProvider.SdxlTurbo => await SdxlTurboAsync(candidate.SdxlTurbo, timeout, ct).ConfigureAwait(false),
            ImageProvider.OpenAI => await OpenAIModelsAsync(candidate.OpenAI.Endpoint, candidate.OpenAI.ApiKey, candidate.OpenAI.Model, timeout, ct).ConfigureAwait(false),
            _ => BuiltIn("offline illustrator"),
        };
    }

    public async Task<ProbeResult> SdxlTurboAsync(SdxlTurboOptions settings, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (ProbeAddress.Problem(settings.Endpoint) is { } problem) return ProbeResult.Failed(problem + ".");
        var options = new SdxlTurboOptions
        {
            Endpoint = settings.Endpoint, Steps = 1, GuidanceScale = settings.GuidanceScale, NegativePrompt = settings.NegativePrompt,
            MediaType = settings.MediaType, Width = ImageRequest.MinSide * 2, Height = ImageRequest.MinSide * 2,
            Timeout = timeout, MaxRetries = 0, ConnectTimeout = timeout < settings.ConnectTimeout ? timeout : settings.ConnectTimeout,
        };
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var painter = new SdxlTurboIllustrator(options);
            var image = await painter.GenerateAsync(new ImageRequest { Prompt = "a small lighthouse", Width = 128, Height = 128 }, limit.Token).ConfigureAwait(false);
            return ProbeResult.Ok($"Connected: SDXL-Turbo painted a {image.Width}×{image.Height} test picture in {Ms(watch.Elapsed)}.", watch.Elapsed);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogInformation(ex, "SDXL-Turbo connection test to {Endpoint} failed", settings.Endpoint);
            return ProbeResult.Failed(Explain(ex, timeout, "request"));
        }
    }

    /// <summary>Lists the server's models (free of charge) and checks <paramref name="model"/> is among them.</summary>
    public async Task<ProbeResult> OpenAIModelsAsync(Uri? endpoint, string? apiKey, string model, TimeSpan timeout, CancellationToken ct)
    {
        if (ProbeAddress.Problem(endpoint) is { } problem) return ProbeResult.Failed(problem + ".");
        if (ModelsUrl(endpoint) is not { } models) return ProbeResult.Failed(NotAnAddress);

        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, models);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", string.IsNullOrWhiteSpace(apiKey) ? OpenAIConnection.PlaceholderApiKey : apiKey.Trim());
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return ProbeResult.Failed(ForStatus((int)response.StatusCode, "address"));
            var offered = await ModelIdsAsync(response.Content, limit.Token).ConfigureAwait(false);
            if (offered is null) return ProbeResult.Failed("The server answered, but not like an OpenAI-compatible service (the model list could not be read): check the URL.");
            if (offered.Count > 0 && !offered.Contains(model, StringComparer.OrdinalIgnoreCase))
                return ProbeResult.Failed($"Connected, but the server does not offer the model “{model}”: check the model name.");
            return ProbeResult.Ok($"Connected: the key works and {model} is available ({Ms(watch.Elapsed)}).", watch.Elapsed);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogInformation(ex, "Picture service connection test to {Endpoint} failed", models);
            return ProbeResult.Failed(Explain(ex, timeout, "address"));
        }
    }

    /// <summary>
    /// Whether an OpenAI-compatible server answers at <paramref name="endpoint"/> (null: api.openai.com): one GET of its
    /// model list without a key, where any HTTP answer counts, even 401. Costs nothing.
    /// </summary>
    public async Task<ProbeResult> ReachOpenAIAsync(Uri? endpoint, TimeSpan timeout, CancellationToken ct)
    {
        if (ModelsUrl(endpoint) is not { } models) return ProbeResult.Failed(NotAnAddress);
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await _http.GetAsync(models, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            return ProbeResult.Ok($"Reachable: it answered (HTTP {(int)response.StatusCode}) in {Ms(watch.Elapsed)}.", watch.Elapsed);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return ProbeResult.Failed(Explain(ex, timeout, "address"));
        }
    }

    /// <summary>Whether the host and port of <paramref name="endpoint"/> accept a TCP connection (gRPC servers have no free request).</summary>
    public async Task<ProbeResult> ConnectAsync(Uri endpoint, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri) return ProbeResult.Failed(NotAnAddress);
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, limit.Token).ConfigureAwait(false);
            return ProbeResult.Ok($"Reachable: it accepts connections ({Ms(watch.Elapsed)}).", watch.Elapsed);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return ProbeResult.Failed(Explain(ex, timeout, "address"));
        }
    }

    /// <summary>The model list of an OpenAI-compatible server (null: api.openai.com), or null when it is not an http(s) address.</summary>
    public static Uri? ModelsUrl(Uri? endpoint)
    {
        try { return new Uri((OpenAIConnection.NormalizeEndpoint(endpoint) ?? OpenAIStoryteller.DefaultEndpoint).ToString().TrimEnd('/') + "/models"); }
        catch (ArgumentException) { return null; }
    }

    private const string NotAnAddress = "The URL must be a full http:// or https:// address.";

    private static ProbeResult BuiltIn(string what) => ProbeResult.Ok($"The {what} is built into the exhibit and ready: nothing to connect to.", TimeSpan.Zero);

    /// <summary>The largest model list read: the address may be anything, and a test never reads more than this.</summary>
    private const int MaxModelListBytes = 1024 * 1024;

    private static async Task<List<string>?> ModelIdsAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[MaxModelListBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct).ConfigureAwait(false)) > 0) read += n;
        if (read > MaxModelListBytes) return null;
        try
        {
            using var doc = JsonDocument.Parse(buffer.AsMemory(0, read));
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return null;
            return [.. data.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out _)).Select(m => m.GetProperty("id").ToString())];
        }
        catch (JsonException) { return null; }
    }

    /// <summary>The failure in plain words, with what to check.</summary>
    /// <remarks>Never the server's own words: whatever answered is summed up by its status (the log has the details).</remarks>
    public static string Explain(Exception ex, TimeSpan timeout, string unknownThing)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is ClientResultException { Status: > 0 } c) return ForStatus(c.Status, unknownThing);
            if (e is HttpRequestException { StatusCode: { } code }) return ForStatus((int)code, unknownThing);
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }) return Unreachable("host not found", "Check the URL.");
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError })
                return Unreachable("the secure connection failed", "Check http:// or https:// in the URL and the server's certificate.");
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) return Unreachable("connection refused", "Check the URL and that the server is running.");
            if (e is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }) return Unreachable("host not found", "Check the URL.");
            if (e is RpcException g) return g.StatusCode switch
            {
                StatusCode.Unavailable => NothingAnswered,
                StatusCode.DeadlineExceeded => TimedOut(timeout),
                StatusCode.Unauthenticated or StatusCode.PermissionDenied => "Refused: the server did not accept the credentials.",
                StatusCode.Unimplemented => "Wrong service: the server at that address is not an SDXL-Turbo image service.",
                _ => $"The picture server failed the test ({g.StatusCode}).",
            };
        }
        var message = ex.Message; // a GenerationException's message is plain words of ours; its Detail (the server's words) stays in the log
        if (ex is OperationCanceledException or TimeoutException || message.Contains("did not answer in time", StringComparison.Ordinal)) return TimedOut(timeout);
        if (message.Contains("could not be reached", StringComparison.Ordinal) || ex is HttpRequestException or SocketException) return NothingAnswered;
        if (message.Contains("could not be read", StringComparison.Ordinal) || ex is JsonException)
            return "Garbled answer: the server answered, but not like an OpenAI-compatible service. Check the URL.";
        return ex is GenerationException or ArgumentException ? $"The test failed: {message}" : "The test failed unexpectedly; the log has the details.";
    }

    private static string ForStatus(int status, string unknownThing) => status switch
    {
        401 or 403 => $"Wrong key (HTTP {status}): the server refused the API key.",
        404 => $"Not found (HTTP 404): the server does not know this {unknownThing}. Check the URL and the model name.",
        429 => "Busy (HTTP 429): the server is rate limiting or out of credit.",
        >= 500 => $"Server error (HTTP {status}): the server had an internal problem.",
        _ => $"Rejected (HTTP {status}): the server refused the test request.",
    };

    private const string NothingAnswered = "Unreachable: nothing answered at that address. Check the URL and that the server is running.";

    private static string Unreachable(string why, string check) => $"Unreachable: {why}. {check}";

    private static string TimedOut(TimeSpan timeout) => $"Timed out: no answer within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} seconds.";

    private static string Ms(TimeSpan t) => $"{Math.Round(t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)} ms";
}
