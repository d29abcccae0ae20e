using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Asks the storyteller's model to score a comment, as JSON <c>{"sentiment": number, "theme": "..."}</c>. Returns
/// null for anything that is not a usable answer, so the caller falls back to the lexicon.
/// </summary>
public static class ChatSentiment
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly string Instructions =
        "You score visitor feedback about an interactive storytelling exhibit (stories written live, pictures, narration). " +
        "Reply with JSON only, no prose: {\"sentiment\": a number from -1 (very negative) to 1 (very positive), " +
        "\"theme\": one of " + string.Join(", ", CommentThemes.All.Select(t => $"\"{t}\"")) + "}.";

    public static async Task<CommentScore?> ScoreAsync(IChatClient client, string comment, CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(Patience);
        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, comment)],
            new ChatOptions { Temperature = 0, MaxOutputTokens = 60 }, patience.Token);
        if (Parse(response.Text) is not { } answer) return null;
        var model = client.GetService<ChatClientMetadata>()?.DefaultModelId ?? response.ModelId ?? "model";
        return new CommentScore(answer.Sentiment, CommentThemes.Normalize(answer.Theme) ?? CommentThemes.Classify(comment), model);
    }

    /// <summary>Reads the model's answer; tolerates code fences and text around the JSON object.</summary>
    internal static (double Sentiment, string? Theme)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var start = text.IndexOf('{');
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            using var json = JsonDocument.Parse(text[start..(end + 1)]);
            if (!json.RootElement.TryGetProperty("sentiment", out var value)) return null;
            double? sentiment = value.ValueKind switch
            {
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => null,
            };
            if (sentiment is not { } s || !double.IsFinite(s) || s < -1 || s > 1) return null;
            var theme = json.RootElement.TryGetProperty("theme", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return (Math.Round(s, 3), theme);
        }
        catch (JsonException) { return null; }
    }
}
