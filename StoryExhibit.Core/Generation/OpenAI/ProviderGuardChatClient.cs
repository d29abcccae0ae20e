using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>
/// What the product adds around a remote chat client: a limit on silence (before the answer starts and between two
/// streamed updates, not counting the caller's own time), and every failure as a <see cref="GenerationException"/> a
/// visitor may read. Cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class ProviderGuardChatClient(IChatClient inner, OpenAIErrors errors, TimeSpan silenceLimit, ChatClientMetadata metadata)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var watchdog = new StallWatchdog(silenceLimit, cancellationToken);
        try
        {
            return await base.GetResponseAsync(messages, options, watchdog.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw Translate(ex, watchdog, cancellationToken);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var watchdog = new StallWatchdog(silenceLimit, cancellationToken);
        IAsyncEnumerator<ChatResponseUpdate>? updates = null;
        var count = 0;
        try
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    updates ??= base.GetStreamingResponseAsync(messages, options, watchdog.Token).GetAsyncEnumerator(watchdog.Token);
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        // A 200 answer with no events at all (an HTML page, a proxy's blank reply) is not an answer.
                        if (count == 0) throw errors.Unreadable();
                        break;
                    }
                    update = updates.Current;
                    count++;
                }
                catch (Exception ex)
                {
                    throw Translate(ex, watchdog, cancellationToken);
                }

                watchdog.Pause(); // the caller's time handling an update is not the server's silence
                yield return update;
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

    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType == typeof(ChatClientMetadata) ? metadata : base.GetService(serviceType, serviceKey);
    }

    private Exception Translate(Exception ex, StallWatchdog watchdog, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested)
            return ex as OperationCanceledException ?? new OperationCanceledException("The caller cancelled.", ex, callerToken);
        return watchdog.Fired ? errors.Timeout(ex) : errors.Map(ex);
    }
}
