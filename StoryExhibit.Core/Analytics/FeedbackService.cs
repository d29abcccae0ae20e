using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Analytics;

/// <summary>What a visitor sends at the end of a story.</summary>
public sealed record FeedbackSubmission(Guid? StoryId, string? SessionCode, int Rating, string? Comment);

/// <summary>Saves visitors' ratings and comments; the comment is scored afterwards by <see cref="FeedbackScorer"/>, so nobody waits.</summary>
public sealed class FeedbackService(
    IDbContextFactory<StoryExhibitDb> contexts, EventRecorder events, StoryStore stories, VisitorTextGuard guard, ILogger<FeedbackService> log)
{
    private readonly Channel<long> _toScore = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<long> ToScore => _toScore.Reader;

    /// <summary>What is wrong with a submission, field by field (empty when it can be saved).</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(int rating, string? comment)
    {
        var problems = new List<(string, string)>();
        if (rating is < 1 or > 5) problems.Add((nameof(VisitorFeedback.Rating), "Please pick from 1 to 5 stars."));
        var length = FreeText.Normalize(comment, FreeTextKind.MultiLine).Length;
        if (length > FeedbackLimits.CommentMax)
            problems.Add((nameof(VisitorFeedback.Comment), $"Your comment has {length} characters; please shorten it to {FeedbackLimits.CommentMax} or fewer."));
        return problems;
    }

    /// <summary>
    /// Saves the feedback, records it and queues the comment for scoring; throws <see cref="ArgumentException"/> for bad input
    /// and <see cref="ContentRefusedException"/> for a comment that does not fit the story's rating (nothing is saved then).
    /// </summary>
    public async Task<VisitorFeedback> SubmitAsync(FeedbackSubmission submission, CancellationToken ct)
    {
        submission = submission with { Comment = FreeText.Normalize(submission.Comment, FreeTextKind.MultiLine) };
        var problems = Check(submission.Rating, submission.Comment);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(submission));
        if (submission.Comment!.Length > 0 && await CommentProblemAsync(submission, ct) is { } refused)
            throw new ContentRefusedException([(nameof(VisitorFeedback.Comment), refused)]);
        var feedback = new VisitorFeedback
        {
            StoryId = submission.StoryId,
            SessionCode = submission.SessionCode,
            Rating = submission.Rating,
            Comment = submission.Comment,
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Feedback.Add(feedback);
            await db.SaveChangesAsync(ct);
        }
        events.FeedbackGiven(feedback.StoryId, feedback.SessionCode, feedback.Rating);
        if (feedback.Comment.Length > 0) _toScore.Writer.TryWrite(feedback.Id);
        log.LogInformation("Feedback {FeedbackId} for story {SessionCode}: {Rating} stars, comment of {Length} characters",
            feedback.Id, feedback.SessionCode, feedback.Rating, feedback.Comment.Length);
        return feedback;
    }

    /// <summary>The comment judged against its story's rating and audience; without a story, against the most a story may be.</summary>
    private async Task<string?> CommentProblemAsync(FeedbackSubmission submission, CancellationToken ct)
    {
        var comment = submission.Comment!;
        var story = submission.StoryId is { } id ? await stories.GetAsync(id, ct) : null;
        return story is not null
            ? await guard.CheckAsync(VisitorTextField.FeedbackComment, comment, story, ct)
            : await guard.CheckAsync(VisitorTextField.FeedbackComment, comment, ContentRating.Thrilling, Audience.Adults, null, ct);
    }

    public async Task<bool> HasFeedbackAsync(Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Feedback.AnyAsync(f => f.StoryId == storyId, ct);
    }

    internal void Requeue(long feedbackId) => _toScore.Writer.TryWrite(feedbackId);
}
