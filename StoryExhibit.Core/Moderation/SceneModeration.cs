using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>
/// Keeps a storyteller's scene within its story's rating: watches sentences as they stream, judges the finished scene
/// (the word lists, and the provider's moderation for a real provider), words the firmer instruction for a second
/// attempt, and softens a scene by leaving out the sentences and choices that go too far.
/// </summary>
public sealed partial class SceneModeration(ContentModerator moderator, IOptionsMonitor<ExhibitOptions> exhibit)
{
    /// <summary>The seed within the exhibit's content limits now (staff may have lowered the ceiling since the story began).</summary>
    public StorySeed Limited(StorySeed seed) => exhibit.CurrentValue.Content.Apply(seed);

    /// <summary>The first category that a complete sentence of <paramref name="prose"/> after <paramref name="checkedUpTo"/> exceeds, if any; moves the mark on.</summary>
    public ModerationCategory? Watch(string prose, StorySeed seed, ref int checkedUpTo)
    {
        var end = LastSentenceEnd(prose);
        if (end <= checkedUpTo) return null;
        var verdict = moderator.CheckOffline(prose[checkedUpTo..end], seed.Rating, seed.Audience);
        checkedUpTo = end;
        return verdict.Allowed ? null : verdict.Category;
    }

    /// <summary>The whole scene, prose and choices, judged by the word lists and (for a real provider) the provider's moderation.</summary>
    public Task<ModerationVerdict> CheckAsync(SceneOutput output, StorySeed seed, bool askProvider, CancellationToken ct)
    {
        var text = string.Join("\n", [output.Prose, .. output.Choices]);
        return askProvider ? moderator.CheckAsync(text, seed.Rating, seed.Audience, ct) : Task.FromResult(moderator.CheckOffline(text, seed.Rating, seed.Audience));
    }

    /// <summary>What the second attempt is told: the story's limits, firmly.</summary>
    public static string FirmerInstruction(ModerationCategory category, StorySeed seed) =>
        $"Important: the last attempt at this scene went beyond what this story allows ({Words(category)}). This story is rated " +
        $"{seed.Rating} for {seed.Audience.ToString().ToLowerInvariant()}: {Limits(seed.Rating)} Write the scene again with none of that; keep the same story.";

    /// <summary>The scene without the sentences and choices that go beyond the rating (choices are made up again if too few are left).</summary>
    public SceneOutput Soften(SceneOutput output, StorySeed seed)
    {
        bool Fits(string text) => moderator.CheckOffline(text, seed.Rating, seed.Audience).Allowed;
        var paragraphs = output.Prose.Split("\n\n")
            .Select(p => string.Join(" ", SentenceBreak().Split(p.Trim()).Where(s => s.Length > 0 && Fits(s))))
            .Where(p => p.Length > 0);
        var choices = output.Choices.Where(Fits).ToList();
        if (!output.IsEnding && choices.Count < 2) SceneFallbackChoices.FillUp(choices, 2, "", seed.Genre);
        return output with { Prose = string.Join("\n\n", paragraphs), Choices = choices };
    }

    private static int LastSentenceEnd(string prose)
    {
        var last = SentenceEnd().Matches(prose).LastOrDefault();
        return last is null ? 0 : last.Index + last.Length;
    }

    private static string Words(ModerationCategory category) => category switch
    {
        ModerationCategory.Fear => "it was too frightening",
        ModerationCategory.Violence => "it was too violent",
        ModerationCategory.Gore => "it showed blood or injuries",
        ModerationCategory.Sexual => "it had sexual content",
        ModerationCategory.Profanity => "it had swearing",
        ModerationCategory.Hate => "it had hateful words",
        _ => "it mentioned self-harm",
    };

    private static string Limits(ContentRating rating) => rating switch
    {
        ContentRating.Gentle => "nothing violent, bloody or frightening at all, and no swearing.",
        ContentRating.Mild => "mild suspense only; no killing, no blood, no swearing.",
        _ => "peril is fine, but no gore, nothing sexual, no hate and no self-harm.",
    };

    [GeneratedRegex(@"(?<=[.!?…][""”’']?)\s+")] private static partial Regex SentenceBreak();
    [GeneratedRegex(@"[.!?…][""”’']?(?=\s)")] private static partial Regex SentenceEnd();
}
