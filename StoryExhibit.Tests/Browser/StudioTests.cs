using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using StoryExhibit.Tests.Core.StoryIllustrator;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// The studio in a real browser: its pages fit kiosk and phone, the writer and the illustrator run their jobs to the end,
/// and a story becomes a video that plays with captions. Any console error on a page fails the test.
/// </summary>
public sealed class StudioTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const float JobTimeout = 240_000;
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    private async Task<IPage> NewPageAsync(int width = 1920, int height = 1080)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.Server.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        app.CspViolations.Watch(page);
        page.Console += (_, message) => { if (message.Type == "error") _consoleErrors.Enqueue($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => _consoleErrors.Enqueue($"{page.Url}: {error}");
        return page;
    }

    private void AssertNoConsoleErrors()
    {
        Assert.True(_consoleErrors.IsEmpty, "The browser's console had errors:\n" + string.Join("\n", _consoleErrors));
        Assert.Empty(app.CspViolations.Seen);
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Studio_pages_fit_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var page = await NewPageAsync(width, height);
        foreach (var path in new[] { "/studio", "/studio/writer", "/studio/illustrator" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(500); // the circuit connects and MudBlazor settles
            var lede = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('h1 + p')).fontSize)");
            Assert.True(lede >= 18, $"The line under the heading of {path} is {lede} px: too small to read standing.");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the screen at {width}x{height}.");
            foreach (var tab in await page.GetByRole(AriaRole.Tab).AllAsync())
            {
                var box = await tab.BoundingBoxAsync();
                Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 1,
                    $"The tab '{await tab.InnerTextAsync()}' of {path} is not wholly on the screen at {width}x{height} (x={box?.X}, width={box?.Width}).");
            }
            if (path == "/studio/writer")
            {
                // A field's label as it is seen (its size times the scale MudBlazor gives a label on the border) and the help under it.
                var label = await page.EvaluateAsync<double>("() => { const s = getComputedStyle(document.querySelector('#setting').closest('.mud-input-control').querySelector('label')); return parseFloat(s.fontSize) * new DOMMatrix(s.transform).a; }");
                Assert.True(label >= 16, $"The writer's field labels are {label:F1} px at {width}x{height}: too small to read standing.");
                var help = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('#plot').closest('.mud-input-control').querySelector('.mud-input-helper-text')).fontSize)");
                Assert.True(help >= 15, $"The writer's help text is {help:F1} px at {width}x{height}: too small to read standing.");
            }
            var file = path.TrimStart('/').Replace('/', '-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"{file}-{name}.png"), FullPage = true });
        }
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_writer_plans_an_edited_outline_and_writes_its_chapters_into_a_story()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/studio/writer");
        await page.GetByLabel("What happens?").FillAsync("A clockmaker's apprentice must wind the town's great clock before the winter night never ends");
        await page.GetByLabel("Setting").FillAsync("A snowy mountain town");
        var slider = page.GetByRole(AriaRole.Slider);
        await slider.FocusAsync();
        for (var i = 0; i < 5; i++) await slider.PressAsync("ArrowLeft");
        await Expect(page.Locator("#chapters-label")).ToContainTextAsync("Chapters: 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Write the outline" }).ClickAsync();

        var chapterOne = page.GetByLabel("Chapter 1 title");
        await Expect(chapterOne).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.GetByLabel("Chapter 3 title")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByLabel("Chapter 4 title").CountAsync());
        const string edited = "The Bell Beneath the Snow";
        await chapterOne.FillAsync(edited);
        await chapterOne.BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Write the chapters" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Your story progress" })).ToBeVisibleAsync();
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new("your story, code") });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = JobTimeout });
        // The chapters were shown on the page as each was written, titles as headings.
        var written = page.GetByRole(AriaRole.Region, new() { Name = "Written so far" });
        await Expect(written.GetByRole(AriaRole.Heading, new() { Level = 4 })).ToHaveCountAsync(3);
        await Expect(written.GetByRole(AriaRole.Heading, new() { Level = 4, Name = $"Chapter 1: {edited}" })).ToBeVisibleAsync();
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, "studio-writer-chapters.png"), FullPage = true });
        await link.ClickAsync();
        await WaitForAddressAsync(page, StoryUrl);
        await Expect(Scene(page, 1)).ToContainTextAsync($"Chapter 1: {edited}");
        // The chapter's title is its heading (screen readers move by it), and the next chapter, written but not yet read, is not "read before".
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"Chapter 1: {edited}" })).ToBeVisibleAsync();
        await Expect(page.Locator(".choice-list button.choice")).ToHaveCountAsync(1);
        await Expect(page.Locator(".choice-list .visited-tag")).ToHaveCountAsync(0);
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, "studio-written-story.png") });
        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_illustrator_paints_typed_text_and_the_zip_opens()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/studio/illustrator");
        await page.GetByLabel("Your story").FillAsync(string.Join("\n\n", StoryFiles.FirstParagraph, StoryFiles.SecondParagraph,
            "At dawn the two friends shared warm bread by a crackling fire in the valley."));
        await IllustrateAndCheckAsync(page);
    }

    [Fact]
    public async Task The_illustrator_paints_an_uploaded_docx_and_the_zip_opens()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/studio/illustrator");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new("Choose a .txt") }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "fox.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = StoryFiles.Docx(StoryFiles.FirstParagraph, StoryFiles.SecondParagraph),
        });
        await Expect(page.GetByText("fox.docx:")).ToContainTextAsync("characters read");
        await IllustrateAndCheckAsync(page);
    }

    [Fact]
    public async Task A_damaged_pdf_is_refused_on_the_page_without_losing_the_form_and_a_real_pdf_is_painted_with_captions_from_its_text()
    {
        const string third = "At dawn the two friends shared warm bread by a crackling fire in the valley.";
        string[] written = [StoryFiles.FirstParagraph, StoryFiles.SecondParagraph, third];
        const string typedDraft = "A draft typed before choosing a file.";
        var page = await NewPageAsync();
        await page.GotoAsync("/studio/illustrator");
        await page.GetByLabel("Your story").FillAsync(typedDraft);
        await page.Locator("[role=combobox][aria-label='Shape']").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "1:1", Exact = true }).ClickAsync();
        await page.Locator("#illustrator-pictures").FillAsync("2");
        await page.Locator("#illustrator-pictures").PressAsync("Tab");
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();

        var garbage = new byte[4096];
        new Random(14).NextBytes(garbage);
        await UploadAsync(page, "story.pdf", garbage);
        var refused = page.Locator(".upload-problem");
        await Expect(refused).ToContainTextAsync("could not be read: it may be damaged, or not really a .pdf file");
        await Expect(page.GetByText("story.pdf:")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Illustrate" }).ClickAsync();
        await Expect(page.Locator(".illustrator-problems")).ToContainTextAsync("choose a story file first");
        await Expect(page.Locator(".job-progress")).ToHaveCountAsync(0); // nothing was queued

        // Nothing typed or chosen was lost.
        await Expect(page.Locator("#illustrator-pictures")).ToHaveValueAsync("2");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Text" }).ClickAsync();
        await Expect(page.GetByLabel("Your story")).ToHaveValueAsync(typedDraft);
        await page.GetByRole(AriaRole.Tab, new() { Name = "File" }).ClickAsync();

        // A PDF written by PdfPig's own writer, not by the exhibit's exporter.
        await UploadAsync(page, "fox.pdf", StoryFiles.Pdf(written));
        await Expect(page.GetByText("fox.pdf:")).ToContainTextAsync("characters read");
        await Expect(refused).ToHaveCountAsync(0);
        var captionsFile = await IllustrateAndCheckAsync(page);

        var viewer = page.GetByRole(AriaRole.Region, new() { Name = "Your pictures", Exact = true });
        var picture = viewer.Locator("img.picture");
        var (width, height) = (await picture.EvaluateAsync<int>("img => img.naturalWidth"), await picture.EvaluateAsync<int>("img => img.naturalHeight"));
        Assert.True(width == height, $"The shape chosen before the damaged file was lost: the picture is {width}x{height}, not square.");
        var count = int.Parse((await viewer.Locator(".position").InnerTextAsync()).Split(" of ")[1]);
        Assert.InRange(count, 1, 2);
        for (var shown = 1; shown <= count; shown++)
        {
            await Expect(viewer.Locator(".position")).ToHaveTextAsync($"{shown} of {count}");
            var caption = (await viewer.Locator("figcaption").InnerTextAsync()).Trim();
            Assert.True(written.Contains(caption), $"Picture {shown}'s caption \"{caption}\" is not a sentence of the PDF.");
            Assert.Contains(caption, captionsFile);
            if (shown < count) await viewer.GetByRole(AriaRole.Button, new() { Name = "Next picture" }).ClickAsync();
        }
    }

    private static async Task UploadAsync(IPage page, string name, byte[] bytes)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new("Choose a .txt") }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = bytes });
    }

    /// <summary>Illustrates what the page holds, checks the first picture loads and the ZIP opens; returns the ZIP's captions.txt.</summary>
    private async Task<string> IllustrateAndCheckAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Illustrate" }).ClickAsync();
        var viewer = page.GetByRole(AriaRole.Region, new() { Name = "Your pictures", Exact = true });
        var picture = viewer.Locator("img.picture");
        await Expect(picture).ToBeVisibleAsync(new() { Timeout = JobTimeout });
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "The picture viewer's image did not load.");

        var download = await page.RunAndWaitForDownloadAsync(() => viewer.GetByRole(AriaRole.Link, new() { NameRegex = new("Download all") }).ClickAsync());
        var zip = TempFile("zip");
        try
        {
            await download.SaveAsAsync(zip);
            using var archive = ZipFile.OpenRead(zip);
            Assert.Contains(archive.Entries, e => e.Name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)
                || e.Name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase));
            var captions = archive.GetEntry("captions.txt") ?? throw new Xunit.Sdk.XunitException("The ZIP has no captions.txt.");
            using var reader = new StreamReader(captions.Open());
            AssertNoConsoleErrors();
            return await reader.ReadToEndAsync();
        }
        finally { File.Delete(zip); }
    }

    [Fact]
    public async Task A_two_scene_story_becomes_a_video_with_captions_and_h264_and_aac_streams()
    {
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A snail who dreams of racing the moon", "Adventure");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Your story as a video" });
        await section.ScrollIntoViewIfNeededAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = "Make a video" }).ClickAsync();
        var player = section.Locator("video");
        await Expect(player).ToBeVisibleAsync(new() { Timeout = JobTimeout });
        Assert.False(string.IsNullOrEmpty(await player.GetAttributeAsync("src")));
        await Expect(player.Locator("track[kind=captions]")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/files/story\\.vtt\\?code=[A-Z]+-[A-Z]+-[A-Z]+-[0-9]{5}$"));

        var download = await page.RunAndWaitForDownloadAsync(() => section.GetByRole(AriaRole.Link, new() { Name = "Download the video" }).ClickAsync());
        var mp4 = TempFile("mp4");
        try
        {
            await download.SaveAsAsync(mp4);
            var (exit, json) = await RunAsync("ffprobe", "-v", "error", "-show_streams", "-of", "json", mp4);
            Assert.Equal(0, exit);
            var codecs = JsonDocument.Parse(json).RootElement.GetProperty("streams").EnumerateArray().Select(s => s.GetProperty("codec_name").GetString()).ToList();
            Assert.Contains("h264", codecs);
            Assert.Contains("aac", codecs);
        }
        finally { File.Delete(mp4); }
        AssertNoConsoleErrors();
    }
}
