using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;

namespace StoryExhibit.Core.Moderation;

/// <summary>How the configured text provider is asked: <see cref="Auto"/> uses the moderation endpoint for OpenAI itself, a prompt elsewhere.</summary>
public enum ProviderModerationMethod { Auto, ModerationEndpoint, ClassificationPrompt }

/// <summary>
/// The text provider's view of a text, when a real one is configured: OpenAI's moderation endpoint, or a short
/// classification prompt with a JSON answer on an OpenAI-compatible model. Null when there is no provider, it is
/// switched off, or it failed or took too long: the word lists then decide alone, so a visitor is never blocked
/// because the provider is down. Once today's text budget is spent it is not asked either.
/// </summary>
public sealed class ProviderModeration(
    IOptionsMonitor<TextGenerationOptions> text, IOptionsMonitor<ModerationOptions> moderation, ILogger<ProviderModeration> log, BudgetGuard? budget = null)
{
    // A text is often judged twice in a row (by the page before it spends an allowance, then by the engine).
    private readonly RecentFindings _recent = new();
    private int _failing;

    public async Task<ContentFindings?> ClassifyAsync(string content, CancellationToken ct)
    {
        var settings = moderation.CurrentValue;
        if (!settings.UseProvider || text.CurrentValue is not { Provider: TextProvider.OpenAICompatible, OpenAICompatible: { } provider }) return null;
        if (budget?.AllowsPaidCall(GeneratorService.Text) == false) return null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(settings.ProviderTimeout);
        var method = MethodFor(settings.ProviderMethod, provider.Endpoint);
        if (_recent.TryGet(content, out var known)) return known;
        try
        {
            var findings = method == ProviderModerationMethod.ModerationEndpoint
                ? await OpenAIModeration.ClassifyAsync(provider, settings, content, deadline.Token)
                : await PromptModeration.ClassifyAsync(provider, content, deadline.Token);
            _recent.Add(content, findings);
            if (Interlocked.Exchange(ref _failing, 0) == 1) log.LogInformation("Provider moderation ({Method}) answers again", method);
            return findings;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the visitor left: not a provider failure
        }
        catch (Exception ex)
        {
            // Said once when it starts failing, not for every text while the provider stays down.
            if (Interlocked.Exchange(ref _failing, 1) == 0)
                log.LogWarning(ex, "Provider moderation ({Method}) failed or timed out; the word lists decide alone until it answers again", method);
            else
                log.LogDebug("Provider moderation ({Method}) still failing: {Error}", method, ex.Message);
            return null;
        }
    }

    /// <summary>OpenAI itself (no endpoint, or api.openai.com) has a moderation endpoint; other compatible servers get the prompt.</summary>
    public static ProviderModerationMethod MethodFor(ProviderModerationMethod configured, Uri? endpoint) => configured switch
    {
        ProviderModerationMethod.Auto when endpoint is null || endpoint.Host.EndsWith("api.openai.com", StringComparison.OrdinalIgnoreCase)
            => ProviderModerationMethod.ModerationEndpoint,
        ProviderModerationMethod.Auto => ProviderModerationMethod.ClassificationPrompt,
        _ => configured,
    };
}
