using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Moderation;

/// <summary>Which box a visitor typed in; it shapes the refusal message.</summary>
public enum VisitorTextField { Idea, Characters, Place, StoryObject, OwnChoice, FeedbackComment, ProfileName, AskRequest }

/// <summary>What a story of a given rating and audience may contain, judged on a text's findings.</summary>
public sealed record ModerationVerdict(bool Allowed, ModerationCategory? Category, ContentFindings Findings)
{
    /// <summary>
    /// The verdict for <paramref name="findings"/> in a story of this rating and audience: refused when any category
    /// goes beyond its level; the category named is the most serious one that does (self-harm first, profanity last).
    /// </summary>
    public static ModerationVerdict Judge(ContentFindings findings, ContentRating rating, Audience audience, ModerationOptions levels)
    {
        var over = findings.Findings.Where(f => f.Severity > levels.Allowed(f.Category, rating, audience)).Select(f => f.Category).ToList();
        return over.Count == 0
            ? new ModerationVerdict(true, null, findings)
            : new ModerationVerdict(false, Seriousness.First(over.Contains), findings);
    }

    /// <summary>Most serious first: the one a refusal speaks of when a text goes beyond its level in several ways.</summary>
    public static readonly IReadOnlyList<ModerationCategory> Seriousness =
    [
        ModerationCategory.SelfHarm, ModerationCategory.Hate, ModerationCategory.Sexual, ModerationCategory.Gore,
        ModerationCategory.Violence, ModerationCategory.Fear, ModerationCategory.Profanity,
    ];
}
