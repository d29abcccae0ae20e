using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StoryExhibit.Core.Generation.Songs.Remote;

/// <summary>
/// A Suno-style song provider by submit-and-poll: <c>POST {base}/songs</c> returns a job id, <c>GET {base}/songs/{id}</c>
/// its status until it is complete with an audio address, then the audio is downloaded. Each request has its own
/// timeout; a 429 or 5xx (or no answer) is tried again after a growing wait; the whole song has a time limit. When the
/// caller cancels or time runs out, polling stops and <c>DELETE {base}/songs/{id}</c> is sent, best effort. Every
/// failure is a <see cref="GenerationException"/> whose message is fit for a visitor.
/// </summary>
public sealed class RemoteSongClient(SongOptions options, HttpClient http, ILogger? log = null)
{
    public const string Provider = "RemoteSongs";
    private readonly ILogger _log = log ?? NullLogger.Instance;

    /// <summary>The API base: a bare address gets <c>/v1/</c>; always ends with a slash.</summary>
    public static Uri BaseOf(Uri endpoint)
    {
        var text = endpoint.AbsolutePath == "/" ? new Uri(endpoint, "v1/").AbsoluteUri : endpoint.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    public async Task<RemoteSongAudio> MakeAsync(RemoteSongOrder order, IProgress<string>? progress, CancellationToken ct)
    {
        var api = BaseOf(options.Endpoint ?? throw new GenerationException(Provider, "The song service has no address."));
        using var overall = new CancellationTokenSource(options.TotalTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, overall.Token);
        string? id = null;
        try
        {
            var submitted = await SendAsync(() => Json(HttpMethod.Post, new Uri(api, "songs"), new { title = order.Title, lyrics = order.Lyrics, style = order.Style, instrumental = order.Instrumental }),
                linked.Token).ConfigureAwait(false);
            id = RemoteSongStatus.ParseId(submitted) ?? throw Garbage("no job id");
            progress?.Report("The song is queued");
            var url = await PollAsync(api, id, progress, linked.Token).ConfigureAwait(false);
            progress?.Report("Fetching the song");
            return await DownloadAsync(api, url, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested && overall.IsCancellationRequested)
        {
            await CancelAsync(api, id).ConfigureAwait(false);
            throw new GenerationException(Provider, "The song service took too long.", new TimeoutException("Total time limit reached.", ex));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await CancelAsync(api, id).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>"Test connection": the song list answers (any 2xx); a refused key or an unreachable address throws.</summary>
    public async Task ProbeAsync(CancellationToken ct) =>
        await SendAsync(() => Request(HttpMethod.Get, new Uri(BaseOf(options.Endpoint ?? throw new GenerationException(Provider, "The song service has no address.")), "songs?limit=1")),
            ct, retries: 0).ConfigureAwait(false);

    private async Task<string> PollAsync(Uri api, string id, IProgress<string>? progress, CancellationToken ct)
    {
        var statusUrl = new Uri(api, "songs/" + Uri.EscapeDataString(id));
        var lastState = RemoteSongState.Queued;
        while (true)
        {
            var status = RemoteSongStatus.Parse(await SendAsync(() => Request(HttpMethod.Get, statusUrl), ct).ConfigureAwait(false)) ?? throw Garbage("an unreadable status");
            switch (status.State)
            {
                case RemoteSongState.Complete:
                    return status.AudioUrl!;
                case RemoteSongState.Error:
                    throw new GenerationException(Provider, "The song service could not make this song.", detail: $"The job failed: {Shorten(status.Error ?? "no reason given")}");
                case RemoteSongState.Running when lastState != RemoteSongState.Running:
                    progress?.Report("The song is being recorded");
                    break;
            }
            lastState = status.State;
            await Task.Delay(options.PollInterval, ct).ConfigureAwait(false);
        }
    }

    private async Task<RemoteSongAudio> DownloadAsync(Uri api, string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(api, url, out var address) || address.Scheme is not ("http" or "https")) throw Garbage("an audio address that is not http(s)");
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.RequestTimeout);
            using var request = Request(HttpMethod.Get, address, withKey: SameHost(api, address));
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (Transient(response.StatusCode) && attempt < options.MaxRetries)
                {
                    await BackOffAsync(attempt, response, ct).ConfigureAwait(false);
                    continue;
                }
                if (!response.IsSuccessStatusCode) throw Failed(response.StatusCode, "");
                if (response.Content.Headers.ContentLength > options.MaxAudioBytes) throw Garbage("audio far too large");
                var bytes = await ReadCappedAsync(response, timeout.Token).ConfigureAwait(false);
                var mediaType = AudioType(bytes) ?? throw Garbage("a download that is not audio");
                return new RemoteSongAudio(bytes, mediaType);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is OperationCanceledException && !ct.IsCancellationRequested)
            {
                if (attempt >= options.MaxRetries) throw Unreachable(ex);
                await BackOffAsync(attempt, null, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends a request (made anew for each try) and returns the body of a 2xx answer, trying again on 429, 5xx or no answer.</summary>
    private async Task<string> SendAsync(Func<HttpRequestMessage> make, CancellationToken ct, int? retries = null)
    {
        var max = retries ?? options.MaxRetries;
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.RequestTimeout);
            using var request = make();
            try
            {
                using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return body;
                if (!Transient(response.StatusCode) || attempt >= max) throw Failed(response.StatusCode, body);
                _log.LogInformation("The song service answered {Status}; trying again ({Attempt} of {Max})", (int)response.StatusCode, attempt + 1, max);
                await BackOffAsync(attempt, response, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || ex is OperationCanceledException && !ct.IsCancellationRequested)
            {
                if (attempt >= max) throw Unreachable(ex);
                await BackOffAsync(attempt, null, ct).ConfigureAwait(false);
            }
        }
    }

    private Task BackOffAsync(int attempt, HttpResponseMessage? response, CancellationToken ct)
    {
        var wait = options.RetryDelay * Math.Pow(2, attempt);
        if (response?.Headers.RetryAfter?.Delta is { } asked && asked > wait) wait = asked < TimeSpan.FromSeconds(30) ? asked : TimeSpan.FromSeconds(30);
        return Task.Delay(wait, ct);
    }

    private async Task CancelAsync(Uri api, string? id)
    {
        if (id is null) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var request = Request(HttpMethod.Delete, new Uri(api, "songs/" + Uri.EscapeDataString(id)));
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            _log.LogInformation("Asked the song service to cancel job {Job}: {Status}", id, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            _log.LogInformation("The song service could not be told to cancel job {Job}; it will finish unheard", id);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, Uri url, bool withKey = true)
    {
        var request = new HttpRequestMessage(method, url);
        if (withKey && !string.IsNullOrWhiteSpace(options.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        return request;
    }

    private HttpRequestMessage Json(HttpMethod method, Uri url, object body)
    {
        var request = Request(method, url);
        request.Content = JsonContent.Create(body);
        return request;
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var memory = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > options.MaxAudioBytes) throw Garbage("audio far too large");
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }

    /// <summary>The audio's format from its first bytes, never from what the server claims.</summary>
    internal static string? AudioType(ReadOnlySpan<byte> b)
    {
        if (b.Length < 12) return null;
        if (b[..4].SequenceEqual("OggS"u8)) return "audio/ogg";
        if (Speech.WavFile.IsWav(b)) return "audio/wav";
        if (b[..4].SequenceEqual("fLaC"u8)) return "audio/flac";
        if (b[4..8].SequenceEqual("ftyp"u8)) return "audio/mp4";
        if (b[..3].SequenceEqual("ID3"u8) || (b[0] == 0xFF && (b[1] & 0xE0) == 0xE0)) return "audio/mpeg";
        return null;
    }

    private static bool SameHost(Uri a, Uri b) => Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool Transient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static GenerationException Failed(HttpStatusCode status, string body) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        ? new GenerationException(Provider, "The song service refused the key.", new HttpRequestException(null, null, status), $"HTTP {(int)status}: the API key was refused")
        : new GenerationException(Provider, "The song service could not make this song.", new HttpRequestException(null, null, status), $"HTTP {(int)status}: {Shorten(body)}");

    private static GenerationException Unreachable(Exception ex) => ex is OperationCanceledException
        ? new GenerationException(Provider, "The song service did not answer in time.", new TimeoutException("No answer in time.", ex))
        : new GenerationException(Provider, "The song service could not be reached.", ex, ex.Message);

    private static GenerationException Garbage(string what) =>
        new(Provider, "The song service answered with something unusable.", detail: $"The song service sent {what}.");

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
