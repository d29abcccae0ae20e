using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Offline;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>
/// Asks the configured text model (the app's <see cref="IChatClient"/>: the provider the settings name, behind its
/// guards and cost accounting, so each answer is a recorded provider call) and streams its answer as written.
/// </summary>
public sealed class ModelResearcher(IChatClient chat, IOptionsMonitor<TextGenerationOptions> text, IOptionsMonitor<ResearchOptions> options, BudgetGuard? budget = null)
{
    /// <summary>Whether a model may answer now: one is configured and, if it is paid, today's text budget allows it.</summary>
    public bool IsAvailable =>
        text.CurrentValue.Provider != TextProvider.Offline
        && (budget is null || Prices.IsFree(text.CurrentValue.Provider.ToString()) || budget.AllowsPaidCall(GeneratorService.Text));

    /// <summary>
    /// The model's answer, fragment by fragment. Ends without a fragment when the offline storyteller served instead
    /// (the budget ran out since <see cref="IsAvailable"/>): a scene is no answer. Failures throw, as the provider's guard words them.
    /// </summary>
    public async IAsyncEnumerable<string> AnswerAsync(ResearchQuestion question, [EnumeratorCancellation] CancellationToken ct)
    {
        var chatOptions = new ChatOptions { MaxOutputTokens = options.CurrentValue.MaxAnswerTokens, Temperature = 0.3f };
        await foreach (var update in chat.GetStreamingResponseAsync(ResearchPrompt.For(question), chatOptions, ct).ConfigureAwait(false))
        {
            if (update.ModelId == OfflineStoryteller.ModelId) yield break;
            if (!string.IsNullOrEmpty(update.Text)) yield return update.Text;
        }
    }
}
