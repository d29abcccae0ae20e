using Microsoft.Playwright;
using StoryExhibit.Core.Exports;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Browser;

/// <summary>The single-file web page of a story, opened from disk in headless Chromium with no server behind it.</summary>
public sealed class HtmlExportTests : IAsyncLifetime
{
    private readonly string _file = TempFile("html");
    private IBrowserContext _context = null!;

    public async Task InitializeAsync() => _context = await (await Chromium.SharedAsync()).NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

    private async Task<(IPage Page, List<string> Requests, List<string> Dialogs)> OpenAsync(StoryBook book)
    {
        await File.WriteAllTextAsync(_file, new HtmlExporter().Render(book));
        var page = await _context.NewPageAsync();
        var requests = new List<string>();
        var dialogs = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.Dialog += (_, dialog) => { lock (dialogs) dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(_file).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, requests, dialogs);
    }

    [Fact]
    public async Task The_page_shows_the_story_and_its_pictures_and_asks_for_nothing_else()
    {
        var (page, requests, _) = await OpenAsync(Book());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The Lighthouse of Lost Echoes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chapter 6" })).ToBeAttachedAsync();
        await Expect(page.GetByText("She smiled, and the light turned once more.").First).ToBeVisibleAsync();
        await Expect(page.Locator("em", new() { HasText = "listens" }).First).ToBeVisibleAsync();
        var loaded = await page.EvaluateAsync<int>("() => [...document.images].filter(i => i.complete && i.naturalWidth === 640).length");
        Assert.Equal(6, loaded); // every picture decoded from its data URI
        Assert.Equal([new Uri(_file).AbsoluteUri], requests); // the file itself, and nothing from anywhere else
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length"));
    }

    [Fact]
    public async Task A_hostile_title_and_prose_show_as_text_and_run_nothing()
    {
        var (page, requests, dialogs) = await OpenAsync(Book(title: HostileTitle, firstProse: HostileProse));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = HostileTitle, Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(HostileTitle, await page.TitleAsync());
        await Expect(page.GetByText("<script>alert('prose')</script> <img src=x onerror=alert(1)>", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByText("Read x and y at https://evil.example/.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("a").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Equal(6, await page.Locator("img").CountAsync()); // the chapters' pictures only
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
        Assert.Single(requests);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        File.Delete(_file);
    }
}
