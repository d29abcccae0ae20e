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
        var words = WordWithTrailingSpace().Matches(Answer(messages));
        // The first word at once, then the words of each PieceEvery together (as a model's API sends several tokens a
        // message): the pace is the same, and every piece costs the app one pass through the stream, not one per word.
        var perPiece = _options.WordDelay > TimeSpan.Zero ? Math.Max(1, (int)(PieceEvery / _options.WordDelay)) : 1;
        for (var next = 0; next < words.Count;)
        {
            var count = next == 0 ? 1 : Math.Min(perPiece, words.Count - next);
            if (next > 0 && _options.WordDelay > TimeSpan.Zero)
                await Task.Delay(_options.WordDelay * count, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var piece = count == 1 ? words[next].Value : string.Concat(Enumerable.Range(next, count).Select(i => words[i].Value));
            next += count;
            yield return new ChatResponseUpdate(ChatRole.Assistant, piece) { ModelId = _metadata.DefaultModelId };
        }
    }

    /// <summary>How much of the written text one streamed piece holds at most, in the time its words take.</summary>
    public static readonly TimeSpan PieceEvery = TimeSpan.FromMilliseconds(100);

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
