using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Tests.Web.Health;

/// <summary>The research check reports whether WordNet's files are where the settings say.</summary>
public sealed class ResearchHealthCheckTests
{
    private static Task<HealthCheckResult> CheckAsync(string folder) =>
        new ResearchHealthCheck(new StaticOptions(new ResearchOptions { WordNetFolder = folder })).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Debians_wordnet_is_healthy_and_a_folder_without_it_degraded()
    {
        var installed = await CheckAsync("/usr/share/wordnet");
        var missing = await CheckAsync(Path.Combine(Path.GetTempPath(), "no-wordnet-here"));

        Assert.Equal(HealthStatus.Healthy, installed.Status);
        Assert.Contains("/usr/share/wordnet", installed.Description);
        Assert.Equal(HealthStatus.Degraded, missing.Status);
        Assert.Contains("8 files missing", missing.Description);
        Assert.Contains("wordnet-base", missing.Description);
    }

    private sealed class StaticOptions(ResearchOptions value) : IOptionsMonitor<ResearchOptions>
    {
        public ResearchOptions CurrentValue => value;
        public ResearchOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<ResearchOptions, string?> listener) => null;
    }
}
