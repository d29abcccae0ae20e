using Microsoft.Extensions.AI;
using AI = Microsoft.Extensions.AI;
using Sdk = OpenAI.Chat;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>Translates between Microsoft.Extensions.AI chat types and the OpenAI SDK's.</summary>
internal static class OpenAIChatMapping
{
    public static List<Sdk.ChatMessage> ToSdkMessages(IEnumerable<AI.ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var result = new List<Sdk.ChatMessage>();
        if (!string.IsNullOrWhiteSpace(options?.Instructions)) result.Add(new Sdk.SystemChatMessage(options.Instructions));
        foreach (var message in messages)
        {
            var text = message.Text;
            if (message.Role == ChatRole.System) result.Add(new Sdk.SystemChatMessage(text));
            else if (message.Role == ChatRole.Assistant) result.Add(new Sdk.AssistantChatMessage(text));
            else result.Add(new Sdk.UserChatMessage(text));
        }
        return result;
    }

    public static Sdk.ChatCompletionOptions ToSdkOptions(ChatOptions? options, OpenAICompatibleOptions defaults)
    {
        var result = new Sdk.ChatCompletionOptions
        {
            Temperature = options?.Temperature ?? defaults.Temperature,
            MaxOutputTokenCount = options?.MaxOutputTokens ?? defaults.MaxOutputTokens,
            TopP = options?.TopP,
            FrequencyPenalty = options?.FrequencyPenalty,
            PresencePenalty = options?.PresencePenalty,
        };
        if (options?.StopSequences is { } stops)
            foreach (var stop in stops) result.StopSequences.Add(stop);
        return result;
    }

    public static ChatRole ToRole(Sdk.ChatMessageRole role) => role switch
    {
        Sdk.ChatMessageRole.System => ChatRole.System,
        Sdk.ChatMessageRole.User => ChatRole.User,
        Sdk.ChatMessageRole.Tool or Sdk.ChatMessageRole.Function => ChatRole.Tool,
        _ => ChatRole.Assistant,
    };

    public static AI.ChatFinishReason? ToFinishReason(Sdk.ChatFinishReason? reason) => reason switch
    {
        null => null,
        Sdk.ChatFinishReason.Stop => AI.ChatFinishReason.Stop,
        Sdk.ChatFinishReason.Length => AI.ChatFinishReason.Length,
        Sdk.ChatFinishReason.ContentFilter => AI.ChatFinishReason.ContentFilter,
        _ => AI.ChatFinishReason.ToolCalls,
    };

    public static UsageDetails ToUsage(Sdk.ChatTokenUsage usage) => new()
    {
        InputTokenCount = usage.InputTokenCount,
        OutputTokenCount = usage.OutputTokenCount,
        TotalTokenCount = usage.TotalTokenCount,
    };

    public static ChatResponseUpdate ToUpdate(Sdk.StreamingChatCompletionUpdate update, ChatRole role)
    {
        var result = new ChatResponseUpdate
        {
            Role = role,
            ResponseId = update.CompletionId,
            MessageId = update.CompletionId,
            ModelId = update.Model,
            CreatedAt = Created(update.CreatedAt),
            FinishReason = ToFinishReason(update.FinishReason),
            RawRepresentation = update,
        };
        foreach (var part in update.ContentUpdate)
            if (!string.IsNullOrEmpty(part.Text)) result.Contents.Add(new TextContent(part.Text));
        if (update.Usage is { } usage) result.Contents.Add(new UsageContent(ToUsage(usage)));
        return result;
    }

    public static ChatResponse ToResponse(Sdk.ChatCompletion completion)
    {
        var text = string.Concat(completion.Content.Select(p => p.Text));
        var message = new AI.ChatMessage(ToRole(completion.Role), text) { MessageId = completion.Id };
        return new ChatResponse(message)
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = Created(completion.CreatedAt),
            FinishReason = ToFinishReason(completion.FinishReason),
            Usage = completion.Usage is { } usage ? ToUsage(usage) : null,
            RawRepresentation = completion,
        };
    }

    private static DateTimeOffset? Created(DateTimeOffset created) =>
        created <= DateTimeOffset.UnixEpoch ? null : created;
}
