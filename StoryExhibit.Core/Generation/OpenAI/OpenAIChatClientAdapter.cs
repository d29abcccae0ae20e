using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using AI = Microsoft.Extensions.AI;
using OpenAIClient = OpenAI.OpenAIClient;
using OpenAIClientOptions = OpenAI.OpenAIClientOptions;
using Sdk = OpenAI.Chat;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>
/// An <see cref="IChatClient"/> over the OpenAI SDK's chat completions client, for OpenAI itself or any
/// compatible server. Every failure surfaces as a <see cref="GenerationException"/>, except cancellation by
/// the caller, which surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OpenAIChatClientAdapter : IChatClient
{
    /// <summary>Sent when no key is configured: the SDK insists on one, local servers ignore it.</summary>
    public const string PlaceholderApiKey = OpenAIConnection.PlaceholderApiKey;
    public static readonly Uri DefaultEndpoint = new("https://api.openai.com/v1");

    private readonly OpenAICompatibleOptions _options;
    private readonly OpenAIClient _client;
    private readonly ConcurrentDictionary<string, Sdk.ChatClient> _chatClients = new(StringComparer.Ordinal);
    private readonly ChatClientMetadata _metadata;

    /// <param name="httpClient">Optional HTTP client to send requests with (not disposed here).</param>
    public OpenAIChatClientAdapter(OpenAICompatibleOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options.MaxRetries));
        _options = options;

        var clientOptions = OpenAIConnection.Options(options.Endpoint, options.Timeout, options.MaxRetries, httpClient);
        var endpoint = clientOptions.Endpoint;
        _client = new OpenAIClient(OpenAIConnection.Key(options.ApiKey), clientOptions);
        _metadata = new ChatClientMetadata(OpenAIErrors.Provider, endpoint ?? DefaultEndpoint, options.Model);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (client, sdkMessages, sdkOptions) = Prepare(messages, options);
        using var watchdog = new StallWatchdog(_options.Timeout, cancellationToken);
        try
        {
            var result = await client.CompleteChatAsync(sdkMessages, sdkOptions, watchdog.Token).ConfigureAwait(false);
            return OpenAIChatMapping.ToResponse(result.Value);
        }
        catch (Exception ex)
        {
            throw Translate(ex, watchdog, cancellationToken);
        }
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (client, sdkMessages, sdkOptions) = Prepare(messages, options);
        using var watchdog = new StallWatchdog(_options.Timeout, cancellationToken);
        var role = ChatRole.Assistant;
        var count = 0;
        IAsyncEnumerator<Sdk.StreamingChatCompletionUpdate>? updates = null;
        try
        {
            while (true)
            {
                Sdk.StreamingChatCompletionUpdate update;
                try
                {
                    updates ??= client.CompleteChatStreamingAsync(sdkMessages, sdkOptions, watchdog.Token)
                        .GetAsyncEnumerator(watchdog.Token);
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        // A 200 answer with no events at all (an HTML page, a proxy's blank reply) is not an answer.
                        if (count == 0) throw OpenAIErrors.Storyteller.Unreadable();
                        break;
                    }
                    update = updates.Current;
                    count++;
                }
                catch (Exception ex)
                {
                    throw Translate(ex, watchdog, cancellationToken);
                }

                if (update.Role is { } streamedRole) role = OpenAIChatMapping.ToRole(streamedRole);
                watchdog.Pause(); // the caller's time handling an update is not the server's stall
                yield return OpenAIChatMapping.ToUpdate(update, role);
                watchdog.Restart();
            }
        }
        finally
        {
            if (updates is not null)
            {
                try { await updates.DisposeAsync().ConfigureAwait(false); }
                catch (Exception) { /* the stream is being abandoned; nothing useful to report */ }
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return _metadata;
        if (serviceType == typeof(Sdk.ChatClient)) return ChatClientFor(null);
        if (serviceType == typeof(OpenAICompatibleOptions)) return _options;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose() { }

    private (Sdk.ChatClient, List<Sdk.ChatMessage>, Sdk.ChatCompletionOptions) Prepare(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options) =>
        (ChatClientFor(options?.ModelId), OpenAIChatMapping.ToSdkMessages(messages, options), OpenAIChatMapping.ToSdkOptions(options, _options));

    private Sdk.ChatClient ChatClientFor(string? model)
    {
        model = string.IsNullOrWhiteSpace(model) ? _options.Model : model;
        return _chatClients.GetOrAdd(model, m => _client.GetChatClient(m));
    }

    private static Exception Translate(Exception ex, StallWatchdog watchdog, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested)
            return ex as OperationCanceledException ?? new OperationCanceledException("The caller cancelled.", ex, callerToken);
        return watchdog.Fired ? OpenAIErrors.Storyteller.Timeout(ex) : OpenAIErrors.Storyteller.Map(ex);
    }
}
