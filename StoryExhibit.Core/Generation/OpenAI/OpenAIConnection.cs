using System.ClientModel;
using System.ClientModel.Primitives;
using global::OpenAI;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>How every OpenAI SDK client here (text, speech, images) reaches its server.</summary>
internal static class OpenAIConnection
{
    /// <summary>Sent when no key is configured: local OpenAI-compatible servers need none, the SDK wants one.</summary>
    public const string PlaceholderApiKey = "no-key";

    /// <summary>The SDK's client options: the endpoint (a bare address gets <c>/v1</c>), timeout, retries and an optional HTTP client.</summary>
    public static OpenAIClientOptions Options(Uri? endpoint, TimeSpan timeout, int maxRetries, HttpClient? httpClient)
    {
        var options = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(maxRetries) };
        if (NormalizeEndpoint(endpoint) is { } normalized) options.Endpoint = normalized;
        if (httpClient is not null) options.Transport = new HttpClientPipelineTransport(httpClient);
        return options;
    }

    public static ApiKeyCredential Key(string? apiKey) => new(string.IsNullOrWhiteSpace(apiKey) ? PlaceholderApiKey : apiKey);

    /// <summary>A bare server address (<c>http://host:11434</c>) gets the <c>/v1</c> every compatible server serves under.</summary>
    public static Uri? NormalizeEndpoint(Uri? endpoint)
    {
        if (endpoint is null) return null;
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
            throw new ArgumentException($"The service address must be an absolute http(s) address, not '{endpoint}'.", nameof(endpoint));
        return endpoint.AbsolutePath == "/" ? new Uri(endpoint, "v1") : endpoint;
    }
}
