using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// The embedded storyteller: answers a <see cref="StoryBrief"/> with a scene in <see cref="SceneFormat"/>,
/// composed by a deterministic narrative engine rather than a language model.
/// </summary>
public sealed partial class OfflineStoryteller : IChatClient
{
    public const string ProviderName = "offline";
    /// <summary>The model id on everything it writes, by which a caller tells it served (e.g. while the text budget is spent).</summary>
    public const string ModelId = "offline-storyteller";

    private readonly OfflineStorytellerOptions _options;
    private readonly ChatClientMetadata _metadata = new(ProviderName, defaultModelId: ModelId);

    public OfflineStoryteller(IOptions<OfflineStorytellerOptions> options) : this(options.Value) { }

    public OfflineStoryteller(OfflineStorytellerOptions options) =>
        _options = options ?? throw new ArgumentNullException(nameof(options));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = Answer(messages);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = _metadata.DefaultModelId,
            FinishReason = ChatFinishReason.Stop,
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages,
        ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = Answer(messages);
        var first = true;
        foreach (Match word in WordWithTrailingSpace().Matches(text))
        {
            if (!first && _options.WordDelay > TimeSpan.Zero)
                await Task.Delay(_options.WordDelay, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            first = false;
            yield return new ChatResponseUpdate(ChatRole.Assistant, word.Value) { ModelId = _metadata.DefaultModelId };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return _metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose() { }

    /// <summary>The whole answer for a conversation: a scene (or the rest of one cut short) when the last user message holds a brief.</summary>
    internal static string Answer(IEnumerable<ChatMessage> messages)
    {
        var lastUser = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
        if (StoryBrief.FindIn(lastUser) is not { } brief) return QuestionResponder.Reply(lastUser);
        return brief.SoFar is { } soFar ? SceneContinuation.Rest(SceneComposer.Compose(brief with { SoFar = null }), soFar) : SceneComposer.Compose(brief);
    }

    [GeneratedRegex(@"\S+\s*|\s+")] private static partial Regex WordWithTrailingSpace();
}
