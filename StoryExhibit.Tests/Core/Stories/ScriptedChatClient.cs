using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace StoryExhibit.Tests.Core.Stories;

/// <summary>A test storyteller that streams given words, then optionally throws, then optionally hangs.</summary>
internal sealed class ScriptedChatClient(IEnumerable<string> words, Exception? failAfter = null, bool hangAfter = false) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Requests { get; } = [];

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Requests.Add(messages.ToList());
        foreach (var word in words)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, word);
        }
        if (failAfter is not null) throw failAfter;
        if (hangAfter) await Task.Delay(Timeout.Infinite, ct);
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default)
        => throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;
    public void Dispose() { }
}
