using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.AskTests;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Songs in the chat from a Suno-style song service (a loopback server) that is slow, then fails, then recovers: the
/// visitor sees progress while it polls, gets a song sung on this machine when it fails (no error), and the service's
/// song again once it answers.
/// </summary>
public sealed class AskSongServiceTests(AskSongServiceTests.WithSongService app) : IClassFixture<AskSongServiceTests.WithSongService>
{
    public sealed class WithSongService : AppFixture
    {
        public WithSongService() : this(SongServiceServer.StartAsync().GetAwaiter().GetResult()) { }

        private WithSongService(SongServiceServer service) : base(new Dictionary<string, string>
        {
            ["Generation__Songs__Provider"] = "Remote",
            ["Generation__Songs__Endpoint"] = service.Endpoint.ToString(),
            ["Generation__Songs__ApiKey"] = "sk-songs-test",
            ["Generation__Songs__PollInterval"] = "00:00:00.200",
            ["Generation__Songs__MaxRetries"] = "1",
            ["Generation__Songs__RetryDelay"] = "00:00:00.100",
        }) => Service = service;

        public SongServiceServer Service { get; }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Service.DisposeAsync();
        }
    }

    private static ILocator Song(IPage page) => Replies(page).Last.Locator(".ask-song");

    private static async Task<byte[]> SongAudioAsync(IPage page)
    {
        var src = await Song(page).Locator("audio").GetAttributeAsync("src");
        var response = await page.APIRequest.GetAsync(src!);
        Assert.Equal(200, response.Status);
        return await response.BodyAsync();
    }

    [Fact]
    public async Task A_slow_song_service_shows_progress_a_failing_one_gives_an_offline_song_and_a_recovered_one_sings_again()
    {
        var service = app.Service;
        service.Audio = await SongAudio.OggAsync(2);
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Slow: "running" for as long as the test holds it, then done.
        service.Status = (ctx, _) => released.Task.IsCompleted
            ? ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "complete", audio_url = "/files/job1.ogg" })
            : ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "running" });

        var page = await app.NewPageAsync();
        await page.GotoAsync("/ask");
        await Expect(Panel(page)).ToBeVisibleAsync(new() { Timeout = Singing });

        await AskAsync(page, "sing a lullaby for Pip");
        var first = Replies(page).Last;
        await Expect(first.Locator(".ask-progress").Filter(new() { HasText = "The song is being recorded" })).ToBeVisibleAsync(new() { Timeout = Singing });
        await Expect(first).ToHaveAttributeAsync("aria-busy", "true"); // still waiting on the service
        var pollsWhileWaiting = service.Polls;
        Assert.True(pollsWhileWaiting >= 1);
        released.SetResult();
        await Expect(first).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = Singing });
        await Expect(Song(page).Locator(".ask-lyrics")).ToContainTextAsync("Pip");
        Assert.Equal(service.Audio, await SongAudioAsync(page));
        Assert.Equal(1, service.Count("POST /v1/songs"));
        Assert.Equal(1, service.Count("GET /files/job1.ogg"));
        Assert.Contains("Bearer sk-songs-test", service.Authorizations);

        // Fails: every submit is refused; the visitor still gets a song, sung on this machine.
        service.Submit = ctx => SongServiceServer.ErrorAsync(ctx, 500);
        await AskAsync(page, "sing a funny song about a penguin");
        var second = Replies(page).Last;
        await Expect(second.Locator(".ask-progress").Filter(new() { HasText = "we will sing it ourselves" })).ToBeVisibleAsync(new() { Timeout = Singing });
        await Expect(second).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = Singing });
        await Expect(second.Locator(".ask-song audio")).ToHaveCountAsync(1);
        await Expect(second.Locator(".ask-problem, [role=alert]")).ToHaveCountAsync(0);
        var offline = await SongAudioAsync(page);
        Assert.NotEqual(service.Audio, offline);
        Assert.True(offline.Length > 1000);
        Assert.Equal(3, service.Count("POST /v1/songs")); // the first try and one retry
        Assert.Equal(1, service.Count("GET /files/job1.ogg"));

        // Recovers: the next song comes from the service again.
        service.Submit = ctx => ctx.Response.WriteAsJsonAsync(new { id = "job1" });
        await AskAsync(page, "sing a song about the moon");
        var third = Replies(page).Last;
        await Expect(third).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = Singing });
        await Expect(third.Locator(".ask-progress").Filter(new() { HasText = "Fetching the song" })).ToBeVisibleAsync(new() { Timeout = Singing });
        Assert.Equal(service.Audio, await SongAudioAsync(page));
        Assert.Equal(4, service.Count("POST /v1/songs"));
        Assert.Equal(2, service.Count("GET /files/job1.ogg"));
        Assert.Empty(app.CspViolations.Seen);
    }
}
