using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Offline;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// The app's router: with a real text provider configured, the model classifies the request as structured JSON output
/// (a schema of <see cref="ModelRoute"/>), through <see cref="CurrentStoryteller"/> so the call is costed and budgeted.
/// Offline, once the text budget is spent, on a timeout, or when the model's answer does not fit the schema, the
/// <see cref="OfflineAskRouter"/> decides.
/// </summary>
public sealed class ModelAskRouter(CurrentStoryteller model, OfflineAskRouter offline, ILogger<ModelAskRouter> log, BudgetGuard? budget = null) : IAskRouter
{
    /// <summary>How long the model may take to classify before the offline router answers instead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(6);

    public async Task<AskRoute> RouteAsync(string request, CancellationToken ct)
    {
        if (model.ProviderName == OfflineStoryteller.ProviderName || budget?.AllowsPaidCall(GeneratorService.Text) == false)
            return await offline.RouteAsync(request, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            var response = await model.GetResponseAsync<ModelRoute>(Prompt(request), new ChatOptions { Temperature = 0 },
                useJsonSchemaResponseFormat: true, timeout.Token);
            if (response.TryGetResult(out var route) && route is not null && Enum.IsDefined(route.Intent))
                return new AskRoute(route.Intent, (route.Subject ?? "").Trim(), Math.Clamp(route.Confidence, 0, 1), model.ProviderName);
            log.LogWarning("The model's routing answer did not fit the schema; the offline router decides");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            log.LogWarning("The model took longer than {Timeout} to route a request; the offline router decides", Timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Routing with the model failed; the offline router decides");
        }
        return await offline.RouteAsync(request, ct);
    }

    internal static List<ChatMessage> Prompt(string request) =>
    [
        new(ChatRole.System, """
            You route requests that visitors (often children) type to an interactive storytelling exhibit. Classify the request
            into exactly one intent:
            - ContinueStory: an idea for what happens next in the story ("what if the dragon could fly?", "make the fox find a door").
            - Picture: a wish to see something drawn or painted ("draw the castle at night").
            - Song: a wish for a song, lullaby, tune or music ("sing a song about our hero").
            - StoryQuestion: a question about the story being told: its characters, places and events ("why did the fox run away?").
            - Research: a factual question about the real world ("how far away is the moon?").
            - Unsupported: anything else (games, devices, the weather, greetings, sums).
            When a request mixes several, choose what the visitor asks for in the end ("paint a picture of the song" is Picture).
            Subject: the words of the request that say what is wanted, without the instruction ("the castle at night"); empty if none.
            Confidence: how sure you are, from 0 to 1. Requests may be misspelt; read them as meant.
            """),
        new(ChatRole.User, request),
    ];
}

/// <summary>The schema the model answers in.</summary>
public sealed record ModelRoute(
    [property: Description("One of ContinueStory, Picture, Song, StoryQuestion, Research, Unsupported.")]
    [property: JsonConverter(typeof(JsonStringEnumConverter<AskIntent>))] AskIntent Intent,
    [property: Description("The words that say what is wanted, such as \"the castle at night\"; empty if none.")] string? Subject,
    [property: Description("How sure the classification is, from 0 to 1.")] double Confidence);
