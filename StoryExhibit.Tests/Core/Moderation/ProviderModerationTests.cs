using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Moderation;

/// <summary>The provider's moderation against a loopback OpenAI-compatible server: its moderation endpoint, the classification prompt, and the fall-back.</summary>
public sealed class ProviderModerationTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private readonly CapturedLogs _logs = new();

    private (ProviderModeration Provider, ContentModerator Moderator) Create(ProviderModerationMethod method, TimeSpan? timeout = null, TextProvider provider = TextProvider.OpenAICompatible)
    {
        var text = new TextGenerationOptions
        {
            Provider = provider,
            OpenAICompatible = new OpenAICompatibleOptions { Endpoint = _server.Endpoint, Model = OpenAICompatibleServer.Model, ApiKey = "sk-test", MaxRetries = 0 },
        };
        var levels = new ModerationOptions { ProviderMethod = method, ProviderTimeout = timeout ?? TimeSpan.FromSeconds(10) };
        var moderation = new ProviderModeration(Monitor(text), Monitor(levels), _logs.Factory().CreateLogger<ProviderModeration>());
        return (moderation, new ContentModerator(Monitor(levels), moderation));
    }

    private static IOptionsMonitor<T> Monitor<T>(T value) where T : class => new StaticMonitor<T>(value);

    [Fact]
    public async Task The_moderation_endpoint_is_asked_with_the_text_and_its_scores_become_severities()
    {
        _server.ModerationHandler = (ctx, _) => OpenAICompatibleServer.WriteModerationAsync(ctx,
            new Dictionary<string, double> { ["violence"] = 0.95, ["violence/graphic"] = 0.3, ["sexual"] = 0.01 });
        var (provider, _) = Create(ProviderModerationMethod.ModerationEndpoint);

        var findings = await provider.ClassifyAsync("The knight and the troll", default);

        Assert.NotNull(findings);
        Assert.Equal(2, findings.SeverityOf(ModerationCategory.Violence));
        Assert.Equal(1, findings.SeverityOf(ModerationCategory.Gore));
        Assert.Equal(0, findings.SeverityOf(ModerationCategory.Sexual));
        var request = Assert.Single(_server.ModerationRequests);
        Assert.Equal("omni-moderation-latest", request.Model);
        Assert.Equal("The knight and the troll", request.Body.GetProperty("input").GetString());
        Assert.Equal("Bearer sk-test", request.Authorization);
    }

    [Fact]
    public async Task A_compatible_model_answers_the_classification_prompt_in_json_and_can_refuse_what_the_word_lists_allow()
    {
        _server.ReplyWith("""Sure: {"fear":0,"violence":0,"gore":0,"sexual":3,"profanity":0,"hate":0,"self_harm":0}""");
        var (_, moderator) = Create(ProviderModerationMethod.ClassificationPrompt);

        var verdict = await moderator.CheckAsync("They went upstairs together for the night", ContentRating.Thrilling, Audience.Adults, default);

        Assert.False(verdict.Allowed);
        Assert.Equal(ModerationCategory.Sexual, verdict.Category);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("self_harm", request.Messages[0].Content);
        Assert.Contains("They went upstairs together for the night", request.Messages[1].Content);
    }

    [Fact]
    public async Task What_the_word_lists_refuse_needs_no_call_to_the_provider()
    {
        var (_, moderator) = Create(ProviderModerationMethod.ClassificationPrompt);
        var verdict = await moderator.CheckAsync("blood everywhere", ContentRating.Thrilling, Audience.Adults, default);
        Assert.False(verdict.Allowed);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData(ProviderModerationMethod.ModerationEndpoint)]
    [InlineData(ProviderModerationMethod.ClassificationPrompt)]
    public async Task A_provider_that_fails_leaves_the_verdict_to_the_word_lists(ProviderModerationMethod method)
    {
        _server.ModerationHandler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 503, "overloaded");
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 503, "overloaded");
        var (provider, moderator) = Create(method);

        Assert.Null(await provider.ClassifyAsync("A dragon bakes bread", default));
        Assert.True((await moderator.CheckAsync("A dragon bakes bread", ContentRating.Gentle, Audience.Children, default)).Allowed);
        Assert.False((await moderator.CheckAsync("A dragon kills the baker", ContentRating.Gentle, Audience.Children, default)).Allowed);
    }

    [Fact]
    public async Task A_provider_that_stays_down_is_reported_once_and_again_when_it_answers()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 503, "overloaded");
        var (provider, _) = Create(ProviderModerationMethod.ClassificationPrompt);

        foreach (var text in new[] { "A dragon bakes bread", "A fox sails home", "An owl reads a map" })
            Assert.Null(await provider.ClassifyAsync(text, default));
        _server.ReplyWith("""{"fear":0,"violence":0,"gore":0,"sexual":0,"profanity":0,"hate":0,"self_harm":0}""");
        Assert.NotNull(await provider.ClassifyAsync("A cat paints the moon", default));

        var warning = Assert.Single(_logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.NotNull(warning.Exception);
        Assert.Equal(2, _logs.Lines.Count(l => l.Level == LogLevel.Debug && l.Exception is null));
        Assert.Single(_logs.Lines, l => l.Level == LogLevel.Information && l.Message.Contains("answers again"));
    }

    [Fact]
    public async Task A_provider_that_takes_too_long_is_not_waited_for()
    {
        _server.Handler = async (ctx, _) => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
        var (provider, _) = Create(ProviderModerationMethod.ClassificationPrompt, timeout: TimeSpan.FromMilliseconds(300));
        Assert.Null(await provider.ClassifyAsync("A dragon bakes bread", default));
    }

    [Fact]
    public async Task An_unreadable_answer_falls_back_too()
    {
        _server.ReplyWith("I would rather not say.");
        var (provider, _) = Create(ProviderModerationMethod.ClassificationPrompt);
        Assert.Null(await provider.ClassifyAsync("A dragon bakes bread", default));
    }

    [Fact]
    public async Task The_offline_storyteller_has_no_provider_to_ask()
    {
        var (provider, _) = Create(ProviderModerationMethod.ClassificationPrompt, provider: TextProvider.Offline);
        Assert.Null(await provider.ClassifyAsync("A dragon bakes bread", default));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Once_todays_text_budget_is_spent_the_provider_is_not_asked()
    {
        _server.ModerationHandler = (ctx, _) => OpenAICompatibleServer.WriteModerationAsync(ctx, new Dictionary<string, double> { ["violence"] = 0.95 });
        await using var host = await StoryExhibit.Tests.Core.Costs.CostsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Costs:ServiceBudgets:Text"] = "0.01",
            ["Generation:Text:Provider"] = "OpenAICompatible",
            ["Generation:Text:OpenAICompatible:Endpoint"] = _server.Endpoint.ToString(),
            ["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model,
            ["Exhibit:Moderation:ProviderMethod"] = "ModerationEndpoint",
        });
        var provider = host.Services.GetRequiredService<ProviderModeration>();
        Assert.NotNull(await provider.ClassifyAsync("The knight and the troll", default));

        host.Guard.Add(new StoryExhibit.Core.Costs.ProviderCall { Service = StoryExhibit.Core.Costs.GeneratorService.Text, EstimatedCost = 1m, OccurredUtc = DateTime.UtcNow });
        Assert.Null(await provider.ClassifyAsync("The knight and the troll", default));
        Assert.Single(_server.ModerationRequests);
    }

    [Theory]
    [InlineData(null, ProviderModerationMethod.ModerationEndpoint)]
    [InlineData("https://api.openai.com/v1", ProviderModerationMethod.ModerationEndpoint)]
    [InlineData("http://127.0.0.1:11434/v1", ProviderModerationMethod.ClassificationPrompt)]
    public void Auto_uses_the_moderation_endpoint_only_for_openai_itself(string? endpoint, ProviderModerationMethod expected) =>
        Assert.Equal(expected, ProviderModeration.MethodFor(ProviderModerationMethod.Auto, endpoint is null ? null : new Uri(endpoint)));

    private sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
