namespace StoryExhibit.Core.Analytics;

/// <summary>A visitor's rating and comment at the end of a story, scored for sentiment and grouped by theme.</summary>
public sealed class VisitorFeedback
{
    public long Id { get; set; }
    public Guid? StoryId { get; set; }
    public string? SessionCode { get; set; }
    /// <summary>1 to 5 stars.</summary>
    public int Rating { get; set; }
    public string Comment { get; set; } = "";
    /// <summary>-1 (very negative) to 1 (very positive); null until scored.</summary>
    public double? Sentiment { get; set; }
    /// <summary>Which scorer gave <see cref="Sentiment"/>: "lexicon" or the model's name.</summary>
    public string? SentimentSource { get; set; }
    /// <summary>The theme the comment was grouped under, e.g. "narration" or "pictures".</summary>
    public string? Theme { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

public static class FeedbackLimits
{
    public const int CommentMax = 1000;
}
