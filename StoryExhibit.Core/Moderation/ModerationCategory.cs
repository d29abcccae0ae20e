namespace StoryExhibit.Core.Moderation;

/// <summary>What the classifier looks for. Stored by name in events, so new categories never renumber old rows.</summary>
public enum ModerationCategory { Fear, Violence, Gore, Sexual, Profanity, Hate, SelfHarm }

/// <summary>
/// How strong a finding is, 1 to 3; a rating allows a category up to a level (0 allows none of it).
/// Fear: 1 spooky, 2 a monster or a fright, 3 horror. Violence: 1 a fight, 2 killing or stabbing, 3 murder or torture.
/// Gore: 1 blood, 2 gore. Profanity: 1 "damn", 2 "shit", 3 the worst words. Sexual, hate and self-harm: 2 or 3.
/// </summary>
public static class ContentSeverity
{
    public const int None = 0;
    public const int Max = 3;
}

/// <summary>The strongest finding of one category in a text.</summary>
public sealed record ContentFinding(ModerationCategory Category, int Severity);

/// <summary>What the classifier found in a text: the strongest finding of each category present.</summary>
public sealed record ContentFindings(IReadOnlyList<ContentFinding> Findings)
{
    public static readonly ContentFindings None = new([]);

    public int SeverityOf(ModerationCategory category) => Findings.FirstOrDefault(f => f.Category == category)?.Severity ?? 0;

    /// <summary>The stronger of both per category (a provider's view merged with the word lists').</summary>
    public ContentFindings Merge(ContentFindings other) => new(
        Enum.GetValues<ModerationCategory>()
            .Select(c => new ContentFinding(c, Math.Max(SeverityOf(c), other.SeverityOf(c))))
            .Where(f => f.Severity > 0).ToList());
}
