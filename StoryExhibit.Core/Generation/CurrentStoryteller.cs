using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation;

/// <summary>
/// The app's <see cref="IChatClient"/>: the storyteller the settings name now. A staff change to
/// <c>Generation:Text</c> applies to the next scene without a restart; a scene being written finishes with the
/// storyteller it started with.
/// </summary>
public sealed class CurrentStoryteller : IChatClient
{
    private readonly LiveProvider<TextGenerationOptions, IChatClient> _live;

    /// <param name="costs">Records every call and, once today's text budget is spent, lets the offline storyteller write instead.</param>
    public CurrentStoryteller(IOptionsMonitor<TextGenerationOptions> options, ILogger<CurrentStoryteller> log, CostAccounting? costs = null) =>
        _live = new LiveProvider<TextGenerationOptions, IChatClient>(options, o => costs is null ? Create(o) : Metered(o, costs), log);

    private static IChatClient Metered(TextGenerationOptions o, CostAccounting costs) =>
        Create(o).AsBuilder()
            .UseCostAccounting(costs, o.Provider.ToString(), o.Provider == TextProvider.Offline ? null : new OfflineStoryteller(o.Offline))
            .Build();

    /// <summary>The storyteller for these options, as it is (without cost accounting).</summary>
    public static IChatClient Create(TextGenerationOptions options) => options.Provider switch
    {
        TextProvider.OpenAICompatible => OpenAIStoryteller.Create(options.OpenAICompatible!),
        _ => new OfflineStoryteller(options.Offline),
    };

    /// <summary>Short name of the provider serving now, for logs, health and costs: "offline" or "openai-compatible".</summary>
    public string ProviderName => NameOf(_live.Options);

    /// <summary>The model serving now ("offline-storyteller" offline).</summary>
    public string Model => _live.Options is { Provider: TextProvider.OpenAICompatible, OpenAICompatible.Model: { } model } ? model : "offline-storyteller";

    public static string NameOf(TextGenerationOptions options) =>
        options.Provider == TextProvider.OpenAICompatible ? OpenAIErrors.Provider : OfflineStoryteller.ProviderName;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var lease = _live.Acquire();
        return await lease.Value.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var lease = _live.Acquire();
        await foreach (var update in lease.Value.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType.IsInstanceOfType(this)) return this;
        using var lease = _live.Acquire();
        return lease.Value.GetService(serviceType, serviceKey);
    }

    public void Dispose() => _live.Dispose();
}
