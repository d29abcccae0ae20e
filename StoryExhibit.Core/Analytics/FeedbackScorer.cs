using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Scores saved comments in the background: with the storyteller's model when a real text provider is configured,
/// otherwise (and whenever the model fails or answers nonsense) with the offline lexicon. At start it scores any
/// comment a previous run left unscored.
/// </summary>
public sealed class FeedbackScorer(
    FeedbackService feedback, IDbContextFactory<StoryExhibitDb> contexts, IChatClient chat,
    IOptionsMonitor<TextGenerationOptions> text, ILogger<FeedbackScorer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResumeUnscoredAsync(stoppingToken);
            await foreach (var id in feedback.ToScore.ReadAllAsync(stoppingToken))
            {
                try { await ScoreAndSaveAsync(id, stoppingToken); }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
                catch (Exception ex) { log.LogError(ex, "Feedback {FeedbackId} could not be scored", id); }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Scores one comment: the model first when there is one, the lexicon if that fails.</summary>
    public async Task<CommentScore> ScoreAsync(string comment, CancellationToken ct)
    {
        if (text.CurrentValue.Provider != TextProvider.Offline)
        {
            try
            {
                if (await ChatSentiment.ScoreAsync(chat, comment, ct) is { } scored) return scored;
                log.LogWarning("The text model's sentiment answer was not usable; the lexicon scored the comment instead");
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex)
            {
                log.LogWarning(ex, "The text model could not score a comment; the lexicon scored it instead");
            }
        }
        return new CommentScore(LexiconSentiment.Score(comment), CommentThemes.Classify(comment), LexiconSentiment.Source);
    }

    private async Task ScoreAndSaveAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.Feedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null || item.Sentiment is not null || item.Comment.Length == 0) return;
        var score = await ScoreAsync(item.Comment, ct);
        item.Sentiment = score.Sentiment;
        item.Theme = score.Theme;
        item.SentimentSource = score.Source.Length <= 80 ? score.Source : score.Source[..80];
        await db.SaveChangesAsync(ct);
        log.LogInformation("Feedback {FeedbackId} scored {Sentiment} ({Theme}) by {Source}", id, score.Sentiment, score.Theme, item.SentimentSource);
    }

    private async Task ResumeUnscoredAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unscored = await db.Feedback.AsNoTracking().Where(f => f.Sentiment == null && f.Comment != "").OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(ct);
        foreach (var id in unscored) feedback.Requeue(id);
    }
}
