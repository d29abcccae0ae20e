using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// The readable text of a web page (SmartReader). Only http(s); every address the host resolves to is checked and the
/// connection goes to a checked address (so a second, different DNS answer cannot slip an internal address in), each
/// redirect is checked the same way, and the page has a size and a time limit.
/// </summary>
public sealed class UrlText : IDisposable
{
    private readonly IOptionsMonitor<IllustratorOptions> _options;
    private readonly ILogger<UrlText> _log;
    private readonly HttpClient _http;

    public UrlText(IOptionsMonitor<IllustratorOptions> options, ILogger<UrlText> log)
    {
        _options = options;
        _log = log;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectToCheckedAddressAsync,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("StoryExhibit-Illustrator", "1.0"));
    }

    public static string? UrlProblem(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? null : "Only web addresses starting with http:// or https:// can be read.";

    public async Task<string> ReadAsync(string url, CancellationToken ct)
    {
        if (UrlProblem(url) is { } problem) throw new JobInputException(problem);
        var options = _options.CurrentValue;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.UrlTimeout);
        var uri = new Uri(url.Trim());
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9");
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects >= options.MaxRedirects) throw new JobInputException("That address sends us on too many redirects.");
                    uri = new Uri(uri, location);
                    if (UrlProblem(uri.AbsoluteUri) is { } redirectProblem) throw new JobInputException(redirectProblem);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new JobInputException($"The page could not be fetched: the site answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                var mediaType = response.Content.Headers.ContentType?.MediaType ?? "text/html";
                if (mediaType is not ("text/html" or "application/xhtml+xml" or "text/plain"))
                    throw new JobInputException("That address is not a web page with text (it sends " + mediaType + ").");
                var body = await ReadLimitedAsync(response.Content, options.MaxBytes, deadline.Token);
                return mediaType == "text/plain" ? DocumentText.Normalize(body) : Readable(uri, body);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new JobInputException($"The page took too long to answer (more than {options.UrlTimeout.TotalSeconds:0} seconds).");
        }
        catch (HttpRequestException ex) when (Find<BlockedAddressException>(ex) is { } blocked)
        {
            _log.LogWarning("Illustrator refused {Host}: it resolves to an internal address", blocked.Host);
            throw new JobInputException("That address is on a private or local network, which the illustrator may not reach.");
        }
        catch (HttpRequestException ex)
        {
            _log.LogInformation(ex, "Illustrator could not fetch {Host}", uri.Host);
            throw new JobInputException("The page could not be reached: check the address and try again.");
        }
    }

    private static string Readable(Uri uri, string html)
    {
        var article = new SmartReader.Reader(uri.AbsoluteUri, html) { ContinueIfNotReadable = true }.GetArticle();
        var text = DocumentText.Normalize(article.TextContent ?? "");
        if (text.Length == 0) throw new JobInputException("That page has no story text we could find.");
        return text;
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes) throw new JobInputException(PageTooLarge(maxBytes));
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new JobInputException(PageTooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        var charset = content.Headers.ContentType?.CharSet;
        var encoding = System.Text.Encoding.UTF8;
        try { if (!string.IsNullOrWhiteSpace(charset)) encoding = System.Text.Encoding.GetEncoding(charset.Trim('"')); }
        catch (ArgumentException) { }
        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string PageTooLarge(long maxBytes) => $"That page is too large: at most {maxBytes / (1024.0 * 1024):0.#} MB.";

    private async ValueTask<Stream> ConnectToCheckedAddressAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (!_options.CurrentValue.AllowPrivateNetworks && !addresses.All(NetworkAddresses.IsPublic)) throw new BlockedAddressException(host);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static T? Find<T>(Exception? ex) where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException) if (ex is T found) return found;
        return null;
    }

    public void Dispose() => _http.Dispose();

    private sealed class BlockedAddressException(string host) : Exception($"{host} resolves to an internal address.")
    {
        public string Host => host;
    }
}
