using global::OpenAI.Moderations;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Moderation;

/// <summary>OpenAI's moderation endpoint (the SDK's <see cref="ModerationClient"/>), its scores read as severities.</summary>
internal static class OpenAIModeration
{
    public static async Task<ContentFindings> ClassifyAsync(OpenAICompatibleOptions provider, ModerationOptions settings, string content, CancellationToken ct)
    {
        var client = new ModerationClient(settings.ModerationModel, OpenAIConnection.Key(provider.ApiKey),
            OpenAIConnection.Options(provider.Endpoint, settings.ProviderTimeout, maxRetries: 0, httpClient: null));
        var result = (await client.ClassifyTextAsync(content, ct).ConfigureAwait(false)).Value;
        return ToFindings(result);
    }

    internal static ContentFindings ToFindings(ModerationResult r)
    {
        var findings = new List<ContentFinding>();
        void Add(ModerationCategory category, int severity) { if (severity > 0) findings.Add(new ContentFinding(category, severity)); }
        Add(ModerationCategory.Violence, Level(r.Violence, (0.85, 2), (0.5, 1)));
        Add(ModerationCategory.Gore, Level(r.ViolenceGraphic, (0.5, 2), (0.25, 1)));
        Add(ModerationCategory.Sexual, Math.Max(Level(r.Sexual, (0.5, 2)), Level(r.SexualMinors, (0.2, 3))));
        Add(ModerationCategory.Hate, Math.Max(Math.Max(Level(r.Hate, (0.5, 3)), Level(r.HateThreatening, (0.3, 3))), Level(r.Harassment, (0.7, 2))));
        Add(ModerationCategory.SelfHarm, Math.Max(Math.Max(Level(r.SelfHarm, (0.5, 3)), Level(r.SelfHarmIntent, (0.3, 3))), Level(r.SelfHarmInstructions, (0.3, 3))));
        return new ContentFindings(findings.GroupBy(f => f.Category).Select(g => g.MaxBy(f => f.Severity)!).ToList());
    }

    /// <summary>The severity of the first threshold the score reaches (thresholds highest first); a flagged category is at least the lowest one.</summary>
    private static int Level(global::OpenAI.Moderations.ModerationCategory? category, params (double Score, int Severity)[] thresholds)
    {
        if (category is null) return 0;
        foreach (var (score, severity) in thresholds) if (category.Score >= score) return severity;
        return category.Flagged ? thresholds[^1].Severity : 0;
    }
}
