using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// Every Content-Security-Policy violation Chromium reports on the pages of one fixture ("Refused to load the script
/// ... because it violates the following Content Security Policy directive ..."), with the page's address.
/// </summary>
public sealed class ContentSecurityViolations
{
    private readonly ConcurrentQueue<string> _seen = new();

    public IReadOnlyCollection<string> Seen => _seen;

    public void Watch(IPage page) => page.Console += (_, message) =>
    {
        if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            _seen.Enqueue($"{page.Url}: {message.Text}");
    };
}
