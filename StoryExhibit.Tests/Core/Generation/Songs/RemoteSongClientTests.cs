using Microsoft.AspNetCore.Http;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Remote;

namespace StoryExhibit.Tests.Core.Generation.Songs;

/// <summary>The submit-and-poll client against a real loopback song service that is slow, failing, broken or never done.</summary>
public sealed class RemoteSongClientTests : IAsyncLifetime
{
    private static readonly RemoteSongOrder Order = new("A Lullaby for Pip", "So goodnight, Pip, goodnight", "gentle lullaby");
    private SongServiceServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _server = await SongServiceServer.StartAsync();
        _server.Audio = await SongAudio.OggAsync(1);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private RemoteSongClient Client(TimeSpan? total = null, int retries = 3, TimeSpan? requestTimeout = null) => new(new SongOptions
    {
        Provider = SongProvider.Remote, Endpoint = _server.Endpoint, ApiKey = "song-key", PollInterval = TimeSpan.FromMilliseconds(50),
        RetryDelay = TimeSpan.FromMilliseconds(20), MaxRetries = retries, RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(5),
        TotalTimeout = total ?? TimeSpan.FromSeconds(20),
    }, _http);

    [Fact]
    public async Task A_slow_song_is_polled_until_it_is_complete_and_then_downloaded()
    {
        _server.Status = (ctx, poll) => poll < 6
            ? ctx.Response.WriteAsJsonAsync(new { id = "job1", status = poll < 3 ? "queued" : "running" })
            : ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "complete", audio_url = "/files/job1.ogg" });
        var steps = new List<string>();
        var audio = await Client().MakeAsync(Order, new SyncProgress(steps), CancellationToken.None);
        Assert.Equal(_server.Audio, audio.Bytes);
        Assert.Equal("audio/ogg", audio.MediaType);
        Assert.Equal(6, _server.Polls);
        Assert.Equal(1, _server.Count("POST /v1/songs"));
        Assert.Equal(1, _server.Count("GET /files/job1.ogg"));
        Assert.All(_server.Authorizations, a => Assert.Equal("Bearer song-key", a));
        Assert.Equal(["The song is queued", "The song is being recorded", "Fetching the song"], steps);
    }

    [Fact]
    public async Task Busy_answers_are_tried_again_until_the_service_recovers()
    {
        var submits = 0;
        _server.Submit = ctx => Interlocked.Increment(ref submits) switch
        {
            1 => SongServiceServer.ErrorAsync(ctx, 503),
            2 => SongServiceServer.ErrorAsync(ctx, 429),
            _ => ctx.Response.WriteAsJsonAsync(new { id = "job1" }),
        };
        _server.Status = (ctx, poll) => poll == 1
            ? SongServiceServer.ErrorAsync(ctx, 500)
            : ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "complete", audio_url = "/files/job1.ogg" });
        var audio = await Client().MakeAsync(Order, null, CancellationToken.None);
        Assert.Equal(_server.Audio, audio.Bytes);
        Assert.Equal(3, _server.Count("POST /v1/songs"));
        Assert.Equal(2, _server.Polls);
    }

    [Fact]
    public async Task A_service_that_stays_down_fails_after_its_retries()
    {
        _server.Submit = ctx => SongServiceServer.ErrorAsync(ctx, 502);
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Client(retries: 2).MakeAsync(Order, null, CancellationToken.None));
        Assert.Equal(3, _server.Count("POST /v1/songs"));
        Assert.Contains("HTTP 502", ex.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_key_is_not_tried_again()
    {
        _server.Submit = ctx => SongServiceServer.ErrorAsync(ctx, 401);
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Client().MakeAsync(Order, null, CancellationToken.None));
        Assert.Equal(1, _server.Count("POST /v1/songs"));
        Assert.Equal("The song service refused the key.", ex.Message);
    }

    [Fact]
    public async Task A_failed_job_is_an_error_with_the_service_s_reason_kept_for_staff()
    {
        _server.Status = (ctx, _) => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "error", error = "model overloaded" });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Client().MakeAsync(Order, null, CancellationToken.None));
        Assert.DoesNotContain("overloaded", ex.Message, StringComparison.Ordinal);
        Assert.Contains("model overloaded", ex.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("submit", "<html>Bad gateway</html>")]
    [InlineData("submit", "{\"id\": \"../../admin\"}")]
    [InlineData("status", "{\"status\": \"complete\"}")]
    [InlineData("status", "{\"status\": \"dancing\"}")]
    [InlineData("status", "[1, 2, 3]")]
    [InlineData("audio", "this is not audio at all")]
    public async Task Garbage_answers_are_an_error_not_a_crash(string where, string garbage)
    {
        switch (where)
        {
            case "submit": _server.Submit = ctx => ctx.Response.WriteAsync(garbage); break;
            case "status": _server.Status = (ctx, _) => ctx.Response.WriteAsync(garbage); break;
            default: _server.Download = ctx => ctx.Response.WriteAsync(garbage); break;
        }
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Client().MakeAsync(Order, null, CancellationToken.None));
        Assert.Equal("The song service answered with something unusable.", ex.Message);
    }

    [Fact]
    public async Task A_song_that_never_finishes_stops_at_the_time_limit_and_is_cancelled()
    {
        _server.Status = (ctx, _) => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "running" });
        // Long enough for the submit to be answered on a busy machine (a job never submitted has nothing to cancel).
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Client(total: TimeSpan.FromSeconds(2)).MakeAsync(Order, null, CancellationToken.None));
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.True(_server.Polls > 1, "the job was submitted and polled before the limit");
        Assert.Equal(1, _server.Count("DELETE /v1/songs/job1"));
    }

    [Fact]
    public async Task A_request_that_hangs_is_given_up_after_its_own_timeout_and_tried_again()
    {
        var polls = 0;
        _server.Status = async (ctx, _) =>
        {
            if (Interlocked.Increment(ref polls) == 1) await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted);
            await ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "complete", audio_url = "/files/job1.ogg" });
        };
        var audio = await Client(requestTimeout: TimeSpan.FromMilliseconds(300)).MakeAsync(Order, null, CancellationToken.None);
        Assert.Equal(_server.Audio, audio.Bytes);
        Assert.Equal(2, polls);
    }

    [Fact]
    public async Task Cancelling_stops_polling_and_tells_the_service()
    {
        _server.Status = (ctx, _) => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "queued" });
        using var stop = new CancellationTokenSource();
        var making = Client().MakeAsync(Order, null, stop.Token);
        while (_server.Polls < 2) await Task.Delay(20);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => making);
        var pollsAtCancel = _server.Polls;
        await Task.Delay(300);
        Assert.Equal(pollsAtCancel, _server.Polls);
        Assert.Equal(1, _server.Count("DELETE /v1/songs/job1"));
    }

    [Fact]
    public async Task Test_connection_asks_the_song_list_with_the_key()
    {
        await Client().ProbeAsync(CancellationToken.None);
        Assert.Equal(["GET /v1/songs"], _server.Requests);
        Assert.Equal(["Bearer song-key"], _server.Authorizations);
    }

    [Fact]
    public void A_bare_address_gets_the_v1_path() =>
        Assert.Equal("http://songs.example/v1/", RemoteSongClient.BaseOf(new Uri("http://songs.example")).AbsoluteUri);

    private sealed class SyncProgress(List<string> steps) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (steps) steps.Add(value);
        }
    }
}
