namespace StoryExhibit.Core.Moderation;

/// <summary>Visitor text that does not fit the story, with the message for each box in trouble (keyed like <c>StoryRules.Check</c>).</summary>
public sealed class ContentRefusedException(IReadOnlyList<(string Field, string Message)> problems)
    : ArgumentException(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<(string Field, string Message)> Problems { get; } = problems;
}
