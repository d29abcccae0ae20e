using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Records each storyteller call (one streamed scene) with its tokens: as the provider reports them, or estimated
/// from the characters when it does not ("tokens (est.)"). Uses <paramref name="offline"/> while the budget is spent.
/// </summary>
internal sealed class CostAccountingChatClient(IChatClient provider, string providerName, IChatClient? offline, CostAccounting costs)
    : DelegatingChatClient(provider)
{
    public const string Tokens = "tokens";
    public const string EstimatedTokens = "tokens (est.)";

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var (client, name) = Choose();
        var started = costs.Now();
        try
        {
            var response = await client.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            Record(name, started, null, list, options, response.Text.Length, response.Usage);
            return response;
        }
        catch (Exception ex)
        {
            Record(name, started, ex, list, options, 0, null);
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var (client, name) = Choose();
        var started = costs.Now();
        var outputChars = 0;
        UsageDetails? usage = null;
        Exception? failure = null;
        var finished = false;
        var updates = client.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }
                var update = updates.Current;
                outputChars += update.Text.Length;
                foreach (var content in update.Contents)
                    if (content is UsageContent reported) usage = reported.Details;
                yield return update;
            }
            finished = true;
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
            Record(name, started, failure, list, options, outputChars, usage, stopped: !finished && failure is null);
        }
    }

    private (IChatClient Client, string Name) Choose() =>
        costs.UsePaid(GeneratorService.Text, providerName, offline is not null)
            ? (InnerClient, providerName)
            : (offline!, CostAccounting.OfflineName(GeneratorService.Text));

    private void Record(string name, long started, Exception? failure, IReadOnlyCollection<ChatMessage> messages, ChatOptions? options,
        int outputChars, UsageDetails? usage, bool stopped = false)
    {
        var reported = usage?.InputTokenCount is not null && usage.OutputTokenCount is not null;
        var input = usage?.InputTokenCount ?? Prices.EstimateTokens(messages.Sum(m => (long)m.Text.Length) + (options?.Instructions?.Length ?? 0));
        var output = usage?.OutputTokenCount ?? Prices.EstimateTokens(outputChars);
        // A request that failed before writing anything is not billed; a scene cut off midway is, for what was written.
        var billed = failure is null || outputChars > 0;
        var cost = billed ? Prices.Text(costs.CurrentPrices, name, input, output) : 0m;
        costs.Record(GeneratorService.Text, name, started, failure, input + output, reported ? Tokens : EstimatedTokens, cost, stopped);
    }
}

public static class CostAccountingChatClientBuilderExtensions
{
    /// <summary>
    /// Records every storyteller call and, once today's text budget is spent, lets <paramref name="offline"/> write instead.
    /// <paramref name="providerName"/> as the settings call it ("OpenAICompatible", "Offline"); pass <c>offline: null</c>
    /// when the provider is itself the offline one.
    /// </summary>
    public static ChatClientBuilder UseCostAccounting(this ChatClientBuilder builder, CostAccounting costs, string providerName, IChatClient? offline) =>
        builder.Use(inner => new CostAccountingChatClient(inner, providerName, Prices.IsFree(providerName) ? null : offline, costs));
}
