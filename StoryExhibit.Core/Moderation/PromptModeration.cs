using System.Text.Json;
using Microsoft.Extensions.AI;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Moderation;

/// <summary>A short classification prompt on an OpenAI-compatible chat model, answered in JSON: one severity per category.</summary>
internal static class PromptModeration
{
    public const string Instructions = """
        You check text typed by visitors of a family museum's story exhibit. Rate the text below for each category from 0 (none) to 3:
        fear (1 spooky, 2 a monster or a fright, 3 horror), violence (1 a fight, 2 killing or stabbing, 3 murder or torture),
        gore (1 blood, 2 gore), sexual, profanity (1 mild like "damn", 2 "shit", 3 the worst words), hate, self_harm.
        Treat negation and context sensibly ("no blood" has no gore; "a friendly monster" is not scary).
        Answer with JSON only, exactly these keys: {"fear":0,"violence":0,"gore":0,"sexual":0,"profanity":0,"hate":0,"self_harm":0}
        """;

    public static async Task<ContentFindings> ClassifyAsync(OpenAICompatibleOptions provider, string content, CancellationToken ct)
    {
        using var client = OpenAIStoryteller.Create(provider);
        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, $"Text:\n<<<\n{content}\n>>>")],
            new ChatOptions { Temperature = 0, MaxOutputTokens = 80 }, ct).ConfigureAwait(false);
        return Parse(response.Text);
    }

    /// <summary>Reads the first JSON object in the answer; anything unreadable is an error (the caller falls back to the word lists).</summary>
    internal static ContentFindings Parse(string answer)
    {
        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        if (start < 0 || end < start) throw new FormatException("The moderation answer held no JSON object.");
        using var json = JsonDocument.Parse(answer.AsMemory(start, end - start + 1));
        var findings = new List<ContentFinding>();
        foreach (var category in Enum.GetValues<ModerationCategory>())
        {
            var key = category == ModerationCategory.SelfHarm ? "self_harm" : category.ToString().ToLowerInvariant();
            if (json.RootElement.TryGetProperty(key, out var value) && value.TryGetInt32(out var severity) && severity > 0)
                findings.Add(new ContentFinding(category, Math.Min(severity, ContentSeverity.Max)));
        }
        return new ContentFindings(findings);
    }
}
