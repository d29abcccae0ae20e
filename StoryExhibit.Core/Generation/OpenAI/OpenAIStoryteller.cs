using Microsoft.Extensions.AI;
using OpenAIClient = OpenAI.OpenAIClient;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>
/// The storyteller on OpenAI or any OpenAI-compatible server (Ollama, vLLM, llama.cpp server...): the OpenAI SDK's chat
/// client through Microsoft.Extensions.AI, with the SDK's own timeout and retry policy (which honours Retry-After), plus
/// <see cref="ProviderGuardChatClient"/> for the silence limit mid-stream and errors in plain words.
/// </summary>
public static class OpenAIStoryteller
{
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1");

    /// <param name="httpClient">Optional HTTP client to send requests with (not disposed here).</param>
    public static IChatClient Create(OpenAICompatibleOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options.MaxRetries));

        var clientOptions = OpenAIConnection.Options(options.Endpoint, options.Timeout, options.MaxRetries, httpClient);
        var metadata = new ChatClientMetadata(OpenAIErrors.Provider, clientOptions.Endpoint ?? DefaultEndpoint, options.Model);
        return new OpenAIClient(OpenAIConnection.Key(options.ApiKey), clientOptions)
            .GetChatClient(options.Model)
            .AsIChatClient()
            .AsBuilder()
            .Use(inner => new ProviderGuardChatClient(inner, OpenAIErrors.Storyteller, options.Timeout, metadata))
            .ConfigureOptions(o =>
            {
                o.Temperature ??= options.Temperature;
                o.MaxOutputTokens ??= options.MaxOutputTokens;
            })
            .Build();
    }
}
