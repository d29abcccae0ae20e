using Microsoft.Extensions.Options;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// Judges a text against a story's rating and audience with the levels staff set: the word lists always, and the
/// text provider's moderation as well when one is configured (the stronger finding of the two counts per category).
/// </summary>
public sealed class ContentModerator(IOptionsMonitor<ModerationOptions> levels, ProviderModeration provider)
{
    public ModerationOptions Levels => levels.CurrentValue;

    /// <summary>The word lists alone: instant, never fails. For the offline storyteller and anything that cannot wait.</summary>
    public ModerationVerdict CheckOffline(string? text, ContentRating rating, Audience audience) =>
        ModerationVerdict.Judge(ContentClassifier.Classify(text), rating, audience, levels.CurrentValue);

    /// <summary>The word lists, then the provider when they find the text acceptable (a refusal needs no second opinion).</summary>
    public async Task<ModerationVerdict> CheckAsync(string? text, ContentRating rating, Audience audience, CancellationToken ct)
    {
        var offline = CheckOffline(text, rating, audience);
        if (!offline.Allowed || string.IsNullOrWhiteSpace(text)) return offline;
        var remote = await provider.ClassifyAsync(text, ct).ConfigureAwait(false);
        return remote is null ? offline : ModerationVerdict.Judge(offline.Findings.Merge(remote), rating, audience, levels.CurrentValue);
    }
}
