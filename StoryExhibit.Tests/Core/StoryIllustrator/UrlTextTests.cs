using System.Net;
using System.Net.Sockets;
using System.Text;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

/// <summary>Reading a story from a URL: a real page on a loopback server, and the addresses the illustrator must not reach.</summary>
public sealed class UrlTextTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private Func<HttpListenerContext, Task> _answer = c => Page(c, StoryPage);

    private const string StoryPage = """
        <html><head><title>The Lantern</title></head><body>
        <nav><a href="/">Home</a> <a href="/about">About us</a></nav>
        <article><h1>The Lantern</h1>
        <p>The red fox ran across the frozen river under a golden moon, past the sleeping village and the old mill.</p>
        <p>Mira climbed the crumbling tower and held up her lantern so the fox could find its way home through the snow.</p>
        <p>At dawn the two of them sat on the tall stone bridge and watched the sun rise over the misty mountains.</p>
        </article><footer>Copyright the footer</footer></body></html>
        """;

    public UrlTextTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = ServeAsync();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            await _answer(context);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
    }

    private static async Task Page(HttpListenerContext context, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    public void Dispose() => _listener.Close();

    private static IllustratorTestHost Host(bool allowPrivate, long maxBytes = 1024 * 1024, double timeoutSeconds = 10) =>
        new(new IllustratorOptions { AllowPrivateNetworks = allowPrivate, MaxBytes = maxBytes, UrlTimeout = TimeSpan.FromSeconds(timeoutSeconds) });

    [Fact]
    public async Task A_page_on_loopback_is_read_when_configuration_allows_it()
    {
        using var host = Host(allowPrivate: true);

        var text = await host.Urls.ReadAsync(_base + "story", CancellationToken.None);

        Assert.Contains("The red fox ran across the frozen river", text);
        Assert.Contains("Mira climbed the crumbling tower", text);
        Assert.DoesNotContain("About us", text);
        Assert.DoesNotContain("<p>", text);
    }

    [Fact]
    public async Task A_page_on_loopback_is_refused_by_default()
    {
        using var host = Host(allowPrivate: false);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(_base + "story", CancellationToken.None));

        Assert.Equal("That address is on a private or local network, which the illustrator may not reach.", refused.Message);
    }

    [Theory]
    [InlineData("http://10.1.2.3/story")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost/story")]
    [InlineData("https://[::1]/story")]
    [InlineData("http://192.168.1.1:8080/")]
    public async Task Internal_addresses_are_refused_by_default(string url)
    {
        using var host = Host(allowPrivate: false);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(url, CancellationToken.None));

        Assert.Contains("private or local network", refused.Message);
    }

    [Theory]
    [InlineData("ftp://example.com/story.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task Only_http_and_https_are_read(string url)
    {
        using var host = Host(allowPrivate: true);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(url, CancellationToken.None));

        Assert.Equal("Only web addresses starting with http:// or https:// can be read.", refused.Message);
    }

    [Fact]
    public async Task A_redirect_is_checked_like_the_first_address()
    {
        _answer = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.RedirectLocation = "file:///etc/passwd";
            return Task.CompletedTask;
        };
        using var host = Host(allowPrivate: true);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(_base + "moved", CancellationToken.None));

        Assert.Equal("Only web addresses starting with http:// or https:// can be read.", refused.Message);
    }

    [Fact]
    public async Task A_redirect_to_another_page_is_followed()
    {
        _answer = context => context.Request.Url!.AbsolutePath == "/moved"
            ? Redirect(context, "/story")
            : Page(context, StoryPage);
        using var host = Host(allowPrivate: true);

        var text = await host.Urls.ReadAsync(_base + "moved", CancellationToken.None);

        Assert.Contains("Mira climbed the crumbling tower", text);
    }

    private static Task Redirect(HttpListenerContext context, string location)
    {
        context.Response.StatusCode = 301;
        context.Response.RedirectLocation = location;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_refused()
    {
        _answer = context => Page(context, "<html><body><p>" + new string('a', 5000) + "</p></body></html>");
        using var host = Host(allowPrivate: true, maxBytes: 2048);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(_base + "big", CancellationToken.None));

        Assert.StartsWith("That page is too large", refused.Message);
    }

    [Fact]
    public async Task A_page_that_does_not_answer_in_time_is_refused()
    {
        _answer = async context => await Task.Delay(TimeSpan.FromSeconds(5));
        using var host = Host(allowPrivate: true, timeoutSeconds: 0.5);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => host.Urls.ReadAsync(_base + "slow", CancellationToken.None));

        Assert.StartsWith("The page took too long to answer", refused.Message);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.5.4", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.10", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("224.0.0.1", false)]
    public void Addresses_are_judged_public_or_internal(string address, bool isPublic) =>
        Assert.Equal(isPublic, NetworkAddresses.IsPublic(IPAddress.Parse(address)));
}
