using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// Checks every text a visitor types before it is used (the idea, the story elements, own choices, feedback comments)
/// against the story's rating and audience, within the exhibit's content limits. A refusal is counted on the dashboard
/// by category and box; the text itself is never stored or logged.
/// </summary>
public sealed class VisitorTextGuard(ContentModerator moderator, EventRecorder events, IOptionsMonitor<ExhibitOptions> exhibit, ILogger<VisitorTextGuard> log)
{
    /// <summary>The problems with a seed's texts, keyed by the seed property (as <see cref="StoryRules.Check"/>); empty when all fit.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CheckSeedAsync(StorySeed seed, CancellationToken ct)
    {
        var limited = exhibit.CurrentValue.Content.Apply(seed);
        (string Field, VisitorTextField Box, string? Text)[] boxes =
        [
            (nameof(StorySeed.Prompt), VisitorTextField.Idea, seed.Prompt),
            (nameof(StorySeed.Characters), VisitorTextField.Characters, seed.Characters.Count == 0 ? null : string.Join(", ", seed.Characters)),
            (nameof(StorySeed.Place), VisitorTextField.Place, seed.Place),
            (nameof(StorySeed.StoryObject), VisitorTextField.StoryObject, seed.StoryObject),
        ];
        var checks = boxes.Where(b => !string.IsNullOrWhiteSpace(b.Text))
            .Select(async b => (b.Field, Message: await CheckAsync(b.Box, b.Text!, limited.Rating, limited.Audience, null, ct)))
            .ToList();
        var results = await Task.WhenAll(checks);
        return [.. results.Where(r => r.Message is not null).Select(r => (r.Field, r.Message!))];
    }

    /// <summary>Throws <see cref="ContentRefusedException"/> when any of the seed's texts does not fit.</summary>
    public async Task EnsureSeedAsync(StorySeed seed, CancellationToken ct)
    {
        var problems = await CheckSeedAsync(seed, ct);
        if (problems.Count > 0) throw new ContentRefusedException(problems);
    }

    /// <summary>The refusal message for <paramref name="text"/> typed in <paramref name="box"/> of <paramref name="story"/>, or null when it fits.</summary>
    public Task<string?> CheckAsync(VisitorTextField box, string text, Story story, CancellationToken ct)
    {
        var limited = exhibit.CurrentValue.Content.Apply(story.Seed);
        return CheckAsync(box, text, limited.Rating, limited.Audience, story, ct);
    }

    /// <summary>Throws <see cref="ContentRefusedException"/> (keyed by the box's name) when the text does not fit the story.</summary>
    public async Task EnsureAsync(VisitorTextField box, string text, Story story, CancellationToken ct)
    {
        if (await CheckAsync(box, text, story, ct) is { } message) throw new ContentRefusedException([(box.ToString(), message)]);
    }

    public async Task<string?> CheckAsync(VisitorTextField box, string text, ContentRating rating, Audience audience, Story? story, CancellationToken ct)
    {
        var verdict = await moderator.CheckAsync(text, rating, audience, ct);
        if (verdict.Allowed) return null;
        var category = verdict.Category!.Value;
        events.InputRefused(story?.Id, story?.SessionCode, category, box.ToString());
        log.LogInformation("Visitor text refused: {Box} of a {Rating} story for {Audience}, {Category}", box, rating, audience, category);
        return RefusalMessages.For(category, rating, box);
    }
}
