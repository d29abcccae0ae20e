using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Web.Health;
using StoryExhibit.Web.Music;

namespace StoryExhibit.Tests.Web.Health;

/// <summary>The "music" health check reports the provider chosen: the built-in composer's tools, or the song service answering.</summary>
public sealed class MusicHealthCheckTests
{
    private sealed class Fixed<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;
        public T Get(string? name) => value;
        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private static Task<HealthCheckResult> CheckAsync(MusicProvider provider, Uri? songService) =>
        new MusicHealthCheck(new Fixed<MusicOptions>(new MusicOptions { Provider = provider }), new Fixed<SongOptions>(new SongOptions { Endpoint = songService }),
            new ProviderReachability(new ProviderProbe(NullLogger<ProviderProbe>.Instance), TimeProvider.System)).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task The_built_in_composer_is_reported_when_it_is_chosen()
    {
        var result = await CheckAsync(MusicProvider.Offline, null);
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("built-in composer", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_song_service_is_reported_when_it_is_chosen_and_answers()
    {
        await using var server = await SongServiceServer.StartAsync();
        var result = await CheckAsync(MusicProvider.SongService, server.Endpoint);
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("song service", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_song_service_that_is_missing_or_down_is_degraded_with_the_composed_loops_standing_in()
    {
        var missing = await CheckAsync(MusicProvider.SongService, null);
        Assert.Equal(HealthStatus.Degraded, missing.Status);
        Assert.Contains("none is set up", missing.Description, StringComparison.Ordinal);

        Uri gone;
        await using (var server = await SongServiceServer.StartAsync()) gone = server.Endpoint;
        var down = await CheckAsync(MusicProvider.SongService, gone);
        Assert.Equal(HealthStatus.Degraded, down.Status);
        Assert.Contains("built-in composer's loops play", down.Description, StringComparison.Ordinal);
    }
}
