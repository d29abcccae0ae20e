using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Browser;

/// <summary>A visitor takes their story home from the story page, and shares it through its read-only page and QR code.</summary>
public sealed class TakeItHomeTests(StoryQrCodeTests.PublicApp app) : IClassFixture<StoryQrCodeTests.PublicApp>
{
    private async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.Server.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        app.CspViolations.Watch(page);
        return page;
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Take_it_home_downloads_a_pdf_of_the_story_and_the_share_page_reads_it_with_a_qr_code(string name, int width, int height)
    {
        var page = await NewPageAsync(width, height);
        var code = await StartStoryAsync(page);
        await WaitForChoicesAsync(page);
        var prose = await ProseAsync(page, 1);
        var title = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Take it home" });
        await section.ScrollIntoViewIfNeededAsync();
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = "EPUB" })).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = "Web page" })).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = "Data (JSON)" })).ToHaveAttributeAsync("href", $"/my-data/{code}.json");
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await section.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"take-it-home-{name}.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Link, new() { Name = "PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        Assert.DoesNotContain("/", download.SuggestedFilename);
        var pdf = TempFile("pdf");
        try
        {
            await download.SaveAsAsync(pdf);
            var (exit, text) = await RunAsync("pdftotext", pdf, "-");
            Assert.Equal(0, exit);
            var flat = Flat(text);
            Assert.Contains(title.Trim(), flat);
            Assert.Contains(string.Join(' ', prose.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[..8]), flat);
        }
        finally { File.Delete(pdf); }

        await section.GetByRole(AriaRole.Link, new() { Name = "Share page" }).ClickAsync();
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex($"/share/{code}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title.Trim(), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chapter 1" })).ToBeVisibleAsync();
        await Expect(page.Locator(".prose").First).ToContainTextAsync(prose[..20]);
        // Read-only: nothing to choose, type or ask.
        Assert.Equal(0, await page.GetByRole(AriaRole.Group, new() { Name = "Choices" }).CountAsync());
        Assert.Equal(0, await page.Locator("textarea, input[type=text]").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "What happens next?" }).CountAsync());

        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code: scan it to open this page on a phone" });
        await Expect(qr).ToBeVisibleAsync();
        Assert.Equal($"https://stories.example.org/exhibit/share/{code}", await StoryQrCodeTests.ReadAsync(qr));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The share page is {overflow} px wider than the screen.");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"share-page-{name}.png") });
        Assert.Empty(app.CspViolations.Seen);
    }

    [Fact]
    public async Task Each_format_has_its_type_and_a_file_name_and_wrong_codes_are_limited()
    {
        var page = await NewPageAsync(1920, 1080);
        var code = await StartStoryAsync(page);
        await WaitForChoicesAsync(page);
        foreach (var (extension, type) in new[] { ("pdf", "application/pdf"), ("epub", "application/epub+zip"), ("html", "text/html; charset=utf-8") })
        {
            var response = await page.APIRequest.GetAsync($"/story/{code}/export.{extension}");
            Assert.Equal(200, response.Status);
            Assert.Equal(type, response.Headers["content-type"]);
            Assert.Matches($"^attachment; filename=[^/\\\\]+\\.{extension}; filename\\*=UTF-8''", response.Headers["content-disposition"]);
            Assert.Contains("sandbox", response.Headers["content-security-policy"]);
        }
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/story/{code}/export.exe")).Status);
        // Wrong codes count against the limit every path that takes a code shares: then even the right one waits.
        for (var i = 0; i < StoryExhibit.Core.Privacy.WrongCodeLimiter.MaxWrongPerBrowser; i++)
            Assert.Equal(404, (await page.APIRequest.GetAsync($"/story/OTTER-LANTERN-MANGO-0000{i}/export.pdf")).Status);
        var refused = await page.APIRequest.GetAsync($"/story/{code}/export.pdf");
        Assert.Equal(429, refused.Status);
        Assert.True(int.Parse(refused.Headers["retry-after"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
