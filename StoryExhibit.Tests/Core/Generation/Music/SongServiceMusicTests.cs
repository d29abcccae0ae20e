using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Remote;
using StoryExhibit.Core.Generation.Music.Rendering;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Tests.Core.Costs;
using StoryExhibit.Tests.Core.Generation.Songs;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>
/// Ambient music from the song service (on a loopback server) as the app registers it: an instrumental piece per cue,
/// converted to the cache's Ogg Opus loop, kept, recorded with its cost; the built-in composer's loop when the service
/// fails or the budget is spent; a visitor's cancel stops the polling.
/// </summary>
public sealed class SongServiceMusicTests : IAsyncLifetime
{
    private static readonly MusicCue Cue = new(MusicMood.Calm, MusicTheme.Cinematic);
    private SongServiceServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await SongServiceServer.StartAsync();
        _server.Audio = await SongAudio.OggAsync(3);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CostsTestHost> HostAsync(string? musicBudget = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Music:Provider"] = "SongService",
            ["Music:CostPerPiece"] = "0.03",
            ["Generation:Songs:Endpoint"] = _server.Endpoint.ToString(),
            ["Generation:Songs:PollInterval"] = "00:00:00.05",
            ["Generation:Songs:RetryDelay"] = "00:00:00.02",
            ["Generation:Songs:MaxRetries"] = "1",
        };
        if (musicBudget is not null) settings["Costs:ServiceBudgets:Music"] = musicBudget;
        return CostsTestHost.StartAsync(settings);
    }

    [Fact]
    public async Task A_cue_is_made_by_the_service_once_kept_as_an_ogg_opus_loop_and_recorded_with_its_cost()
    {
        await using var host = await HostAsync();
        var composer = host.Services.GetRequiredService<IMusicComposer>();
        var track = await composer.ComposeAsync(Cue, default);
        var again = await composer.ComposeAsync(Cue, default);

        Assert.Equal(1, _server.Count("POST /v1/songs"));
        Assert.Equal(track.FilePath, again.FilePath);
        Assert.False(track.StandIn);
        Assert.StartsWith("songservice-calm-cinematic", Path.GetFileName(track.FilePath), StringComparison.Ordinal);
        using (var order = JsonDocument.Parse(Assert.Single(_server.Submitted)))
        {
            Assert.True(order.RootElement.GetProperty("instrumental").GetBoolean());
            Assert.Equal("", order.RootElement.GetProperty("lyrics").GetString());
            Assert.Contains("calm", order.RootElement.GetProperty("style").GetString(), StringComparison.Ordinal);
            Assert.Contains("cinematic", order.RootElement.GetProperty("style").GetString(), StringComparison.Ordinal);
        }

        var bytes = await File.ReadAllBytesAsync(track.FilePath);
        Assert.Equal("ogg/opus", await SongAudio.FormatAsync(bytes));
        var probed = await SongAudio.DurationAsync(bytes);
        Assert.InRange(probed, 2.5, 3.5);
        Assert.InRange(track.Duration.TotalSeconds, probed - 0.1, probed + 0.1);

        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.Equal((GeneratorService.Music, "SongService", true, 0.03m), (call.Service, call.Provider, call.Succeeded, call.EstimatedCost));
    }

    [Fact]
    public async Task A_failing_service_gives_way_to_the_composed_loop_and_is_asked_again_next_time()
    {
        _server.Submit = ctx => SongServiceServer.ErrorAsync(ctx, 500);
        await using var host = await HostAsync();
        var composer = host.Services.GetRequiredService<IMusicComposer>();
        var track = await composer.ComposeAsync(Cue, default);

        Assert.True(track.StandIn);
        Assert.StartsWith("offline-calm-cinematic", Path.GetFileName(track.FilePath), StringComparison.Ordinal);
        Assert.Equal("ogg/opus", await SongAudio.FormatAsync(await File.ReadAllBytesAsync(track.FilePath)));
        Assert.Equal(2, _server.Count("POST /v1/songs")); // one try and one retry
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal([("SongService", false, 0m), ("Offline", true, 0m)], calls.Select(c => (c.Provider, c.Succeeded, c.EstimatedCost)));

        // The composed loop was not kept as the service's: the service is asked again, and the stand-in comes from the cache.
        var again = await composer.ComposeAsync(Cue, default);
        Assert.Equal(track.FilePath, again.FilePath);
        Assert.Equal(4, _server.Count("POST /v1/songs"));
        Assert.Equal(3, (await host.WaitForStoredCallsAsync(3)).Count);
    }

    [Fact]
    public async Task A_spent_music_budget_serves_the_composed_loop_without_calling_the_service()
    {
        await using var host = await HostAsync(musicBudget: "0");
        var track = await host.Services.GetRequiredService<IMusicComposer>().ComposeAsync(Cue, default);
        Assert.True(track.StandIn);
        Assert.StartsWith("offline-", Path.GetFileName(track.FilePath), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
        Assert.True(host.Guard.Status().For(GeneratorService.Music).FallingBack);
    }

    [Fact]
    public async Task Cancelling_stops_the_polling_and_cancels_the_job()
    {
        _server.Status = (ctx, _) => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "running" });
        var folder = Directory.CreateTempSubdirectory("storyexhibit-remote-music-").FullName;
        using var http = new HttpClient();
        var songs = new SongOptions { Endpoint = _server.Endpoint, PollInterval = TimeSpan.FromMilliseconds(30), RetryDelay = TimeSpan.Zero };
        var composer = new SongServiceMusicComposer(() => songs, new LoopEncoder(() => new MusicOptions()), http, folder);
        using var visitor = new CancellationTokenSource();
        var making = composer.ComposeAsync(Cue, visitor.Token);
        for (var waited = 0; _server.Polls < 3 && waited < 3000; waited++) await Task.Delay(10);
        await visitor.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => making);
        var polls = _server.Polls;
        await Task.Delay(200);
        Assert.Equal(polls, _server.Polls);
        Assert.Equal(1, _server.Count("DELETE /v1/songs/job1"));
        Assert.Empty(Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }
}
