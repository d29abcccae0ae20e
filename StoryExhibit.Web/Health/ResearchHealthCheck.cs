using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Ask.Research.WordNet;

namespace StoryExhibit.Web.Health;

/// <summary>
/// The offline source of research answers: WordNet's files where <c>Ask:Research:WordNetFolder</c> says. Without them
/// the exhibit still answers (with a connected model, or the honest "only when I'm connected"), so it is Degraded at worst.
/// </summary>
public sealed class ResearchHealthCheck(IOptionsMonitor<ResearchOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var folder = options.CurrentValue.WordNetFolder;
        var missing = WordNetDatabase.RequiredFiles(folder).Where(f => !File.Exists(f)).ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"WordNet is installed ({folder}): factual questions are answered offline too.")
            : HealthCheckResult.Degraded($"WordNet is not installed ({missing.Count} files missing in {folder}): offline, factual questions are declined. Install the wordnet-base package."));
    }
}
