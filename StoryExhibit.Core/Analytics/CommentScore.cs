namespace StoryExhibit.Core.Analytics;

/// <summary>A comment's sentiment (-1 to 1), its theme (one of <see cref="CommentThemes.All"/>) and who scored it.</summary>
public sealed record CommentScore(double Sentiment, string Theme, string Source);
