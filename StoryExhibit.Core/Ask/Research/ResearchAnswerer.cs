using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask.Research.Offline;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Ask.Research;

/// <summary>
/// The exhibit's <see cref="IResearchAnswerer"/>: the configured model when there is one and the budget allows, the
/// offline researcher otherwise, or when the model fails, times out or says nothing before its first word. Everything
/// shown passes <see cref="ModeratedAnswer"/> first.
/// </summary>
public sealed class ResearchAnswerer(ModelResearcher model, OfflineResearcher offline, ModeratedAnswer moderation,
    IOptionsMonitor<ResearchOptions> options, ILogger<ResearchAnswerer> log) : IResearchAnswerer
{
    public IAsyncEnumerable<string> AnswerAsync(ResearchQuestion question, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(question);
        var written = model.IsAvailable ? FromModelAsync(question, ct) : Offline(question);
        return moderation.ReleaseAsync(written, question, ct);
    }

    /// <summary>The offline answer, word by word.</summary>
    public IAsyncEnumerable<string> Offline(ResearchQuestion question) =>
        AnswerFragments.Words(offline.Answer(question).Text).ToAsyncEnumerable();

    /// <summary>
    /// The model's answer in whole sentences (moderation reads sentences anyway), so that an answer broken off midway
    /// keeps its finished sentences only, and one that breaks off before its first sentence is answered offline instead.
    /// </summary>
    private async IAsyncEnumerable<string> FromModelAsync(ResearchQuestion question, [EnumeratorCancellation] CancellationToken ct)
    {
        using var patience = new StallWatchdog(options.CurrentValue.ModelPatience, ct);
        var fragments = model.AnswerAsync(question, patience.Token).GetAsyncEnumerator(patience.Token);
        var pending = new StringBuilder();
        var sentences = 0;
        Exception? failure = null;
        try
        {
            while (true)
            {
                try
                {
                    if (!await fragments.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    failure = ex;
                    break;
                }
                pending.Append(fragments.Current);
                var end = AnswerFragments.LastSentenceEnd(pending.ToString());
                if (end == 0) continue;
                while (end < pending.Length && char.IsWhiteSpace(pending[end])) end++; // the space after it shows the sentence has ended
                var finished = pending.ToString(0, end);
                pending.Remove(0, end);
                sentences++;
                patience.Pause(); // the visitor's side reading a sentence is not the model's silence
                yield return finished;
                patience.Restart();
            }
        }
        finally
        {
            try { await fragments.DisposeAsync().ConfigureAwait(false); }
            catch (Exception) { /* the model's stream is being abandoned; its failure is already known */ }
        }

        var rest = pending.ToString();
        if (failure is null && (sentences > 0 || !string.IsNullOrWhiteSpace(rest)))
        {
            if (rest.Length > 0) yield return rest;
            yield break;
        }
        if (failure is not null)
            log.LogWarning(failure, "The text model could not answer a research question{Timeout}; {What}",
                patience.Fired ? " in time" : "", sentences == 0 ? "the offline answer is given instead" : "its answer stops at its last finished sentence");
        else
            log.LogInformation("The text model gave no answer to a research question (its budget may be spent); the offline answer is given instead");
        if (sentences > 0)
        {
            yield return "I lost my connection there, so that is all I can say for now."; // the last sentence brought its space
            yield break;
        }
        await foreach (var word in Offline(question).WithCancellation(ct).ConfigureAwait(false)) yield return word;
    }
}
