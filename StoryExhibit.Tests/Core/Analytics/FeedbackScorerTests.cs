using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Analytics;

/// <summary>Feedback saved, then scored in the background: by a real OpenAI-compatible server on loopback, or by the lexicon.</summary>
public sealed class FeedbackScorerTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<AnalyticsHost> HostWithModelAsync() => AnalyticsHost.StartAsync(new Dictionary<string, string?>
    {
        ["Generation:Text:Provider"] = "OpenAICompatible",
        ["Generation:Text:OpenAICompatible:Endpoint"] = _server.Endpoint.ToString(),
        ["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model,
        ["Generation:Text:OpenAICompatible:MaxRetries"] = "0",
        ["Exhibit:Moderation:UseProvider"] = "false", // the provider's own moderation calls are proved in ProviderModerationTests
    });

    [Fact]
    public async Task The_model_scores_a_comment_when_a_real_text_provider_is_configured()
    {
        _server.ReplyWith("```json\n{\"sentiment\": 0.7, \"theme\": \"Pictures\"}\n```");
        await using var host = await HostWithModelAsync();
        var score = await host.Get<FeedbackScorer>().ScoreAsync("The drawings were charming", default);
        Assert.Equal(new CommentScore(0.7, CommentThemes.Pictures, OpenAICompatibleServer.Model), score);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("The drawings were charming", request.Messages.Last().Content);
        Assert.Contains("\"sentiment\"", request.Messages.First().Content);
    }

    [Theory]
    [InlineData("I think the visitor liked it.")]
    [InlineData("{\"sentiment\": 7, \"theme\": \"story\"}")]
    [InlineData("{\"mood\": \"happy\"}")]
    [InlineData("{\"sentiment\": \"very\"}")]
    public async Task A_garbage_answer_falls_back_to_the_lexicon(string answer)
    {
        _server.ReplyWith(answer);
        await using var host = await HostWithModelAsync();
        var score = await host.Get<FeedbackScorer>().ScoreAsync("The voice was awful", default);
        Assert.Equal(LexiconSentiment.Source, score.Source);
        Assert.Equal(LexiconSentiment.Score("The voice was awful"), score.Sentiment);
        Assert.Equal(CommentThemes.Narration, score.Theme);
        Assert.NotEmpty(_server.Requests);
    }

    [Fact]
    public async Task A_failing_server_falls_back_to_the_lexicon()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 500, "down");
        await using var host = await HostWithModelAsync();
        var score = await host.Get<FeedbackScorer>().ScoreAsync("Loved it", default);
        Assert.Equal(LexiconSentiment.Source, score.Source);
        Assert.True(score.Sentiment > 0.3);
    }

    [Fact]
    public async Task Offline_the_lexicon_scores_without_asking_any_model()
    {
        await using var host = await AnalyticsHost.StartAsync();
        var score = await host.Get<FeedbackScorer>().ScoreAsync("Loved the story", default);
        Assert.Equal((LexiconSentiment.Source, CommentThemes.Story), (score.Source, score.Theme));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Saved_feedback_is_scored_in_the_background_and_recorded_as_an_event()
    {
        _server.ReplyWith("{\"sentiment\": -0.5, \"theme\": \"speed\"}");
        await using var host = await HostWithModelAsync();
        var hosted = host.Services.GetServices<IHostedService>().Where(s => s is FeedbackScorer or EventWriter).ToList();
        foreach (var service in hosted) await service.StartAsync(default);

        var saved = await host.Get<FeedbackService>().SubmitAsync(new FeedbackSubmission(null, "FOX-1234", 2, "  We waited ages for each scene  "), default);
        var empty = await host.Get<FeedbackService>().SubmitAsync(new FeedbackSubmission(null, "FOX-1234", 5, ""), default);
        Assert.Equal("We waited ages for each scene", saved.Comment);

        VisitorFeedback? scored = null;
        for (var i = 0; i < 100 && scored?.Sentiment is null; i++)
        {
            await Task.Delay(50);
            scored = await host.QueryAsync(db => Task.FromResult(db.Feedback.Single(f => f.Id == saved.Id)));
        }
        Assert.Equal((-0.5, CommentThemes.Speed, OpenAICompatibleServer.Model), (scored!.Sentiment, scored.Theme, scored.SentimentSource));
        foreach (var service in hosted) await service.StopAsync(default);

        Assert.Single(_server.Requests); // the empty comment is not sent anywhere
        Assert.Null((await host.QueryAsync(db => Task.FromResult(db.Feedback.Single(f => f.Id == empty.Id)))).Sentiment);
        var events = await host.QueryAsync(db => Task.FromResult(db.Events.Where(e => e.Kind == ExhibitEventKind.FeedbackGiven).Select(e => e.Detail).ToList()));
        Assert.Equal(["2 stars", "5 stars"], events.Order());
    }

    [Theory]
    [InlineData(0, "", "Please pick from 1 to 5 stars.")]
    [InlineData(6, "", "Please pick from 1 to 5 stars.")]
    [InlineData(3, null, null)]
    public void Ratings_must_be_one_to_five_stars(int rating, string? comment, string? message)
        => Assert.Equal(message, FeedbackService.Check(rating, comment).Select(p => p.Message).SingleOrDefault());

    [Fact]
    public async Task A_comment_that_is_too_long_is_refused_with_a_clear_message()
    {
        var tooLong = new string('a', FeedbackLimits.CommentMax + 1);
        var problem = Assert.Single(FeedbackService.Check(4, tooLong));
        Assert.Equal($"Your comment has {FeedbackLimits.CommentMax + 1} characters; please shorten it to {FeedbackLimits.CommentMax} or fewer.", problem.Message);
        await using var host = await AnalyticsHost.StartAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => host.Get<FeedbackService>().SubmitAsync(new FeedbackSubmission(null, null, 4, tooLong), default));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.Feedback.Count())));
    }
}
