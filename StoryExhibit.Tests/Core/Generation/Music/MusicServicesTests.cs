using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Tests.Core.Costs;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>Music as the app registers it: reached through the kernel's music plugin, every composition recorded as a provider call.</summary>
public sealed class MusicServicesTests
{
    [Fact]
    public async Task A_composition_through_the_kernel_is_recorded_as_a_music_call()
    {
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?> { ["Music:SoundFont"] = "/nowhere/none.sf2" });
        var kernel = host.Services.GetRequiredService<Kernel>();
        var error = await Assert.ThrowsAsync<GenerationException>(() => kernel.ComposeMusicAsync(new MusicCue(MusicMood.Calm, MusicTheme.Calm), CancellationToken.None));
        Assert.Contains("none.sf2", error.Detail, StringComparison.Ordinal);

        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.Equal((GeneratorService.Music, "Offline", false, "Provider error"), (call.Service, call.Provider, call.Succeeded, call.Error));
        Assert.Equal(0m, call.EstimatedCost);
    }
}
