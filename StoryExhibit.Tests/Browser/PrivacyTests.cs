using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>A visitor's data (download, deletion) and the camera start with Chromium's fake camera, against the real app.</summary>
public sealed class PrivacyTests(PrivacyTests.FakeCamera app) : IClassFixture<PrivacyTests.FakeCamera>
{
    /// <summary>Chromium answers camera prompts with "allow" and films its own test pattern.</summary>
    public sealed class FakeCamera() : AppFixture(null, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");

    public const string ShotsFolder = "/tmp/shots-privacy";

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task A_visitor_downloads_their_story_then_deletes_it_and_its_code_and_picture_are_gone(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        var code = await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes", "Mystery");
        await WaitForChoicesAsync(page);
        var picture = Scene(page, 1).GetByRole(AriaRole.Img);
        await Expect(picture).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var pictureUrl = await picture.GetAttributeAsync("src");
        var prose = await ProseAsync(page, 1);

        await ShootAsync(page, $"story-with-data-link-{name}.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your data" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex($"/my-data/{code}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A lighthouse keeper who collects lost echoes" })).ToBeVisibleAsync();
        await Expect(page.GetByText("1 scene of the story")).ToBeVisibleAsync();
        await Expect(page.GetByText("1 picture", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex("kept for 30 days", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await ShootAsync(page, $"my-data-loaded-{name}.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download my story (JSON)" }).ClickAsync());
        Assert.Equal($"story-{code}.json", download.SuggestedFilename);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)))
        {
            var root = json.RootElement;
            Assert.Equal(code, root.GetProperty("story").GetProperty("sessionCode").GetString());
            Assert.Equal("A lighthouse keeper who collects lost echoes", root.GetProperty("story").GetProperty("prompt").GetString());
            var scene = root.GetProperty("scenes")[0];
            Assert.Equal(prose, scene.GetProperty("prose").GetString()!.Trim());
            Assert.EndsWith(pictureUrl!, scene.GetProperty("pictures")[0].GetProperty("url").GetString());
            Assert.True(scene.GetProperty("choices").GetArrayLength() >= 2);
        }

        // The confirmation step: focus goes to the safe answer, Escape backs out and returns focus to the delete button.
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete my story and data" });
        await delete.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Delete" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Keep my story" })).ToBeFocusedAsync();
        await ShootAsync(page, $"my-data-confirm-{name}.png");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(delete).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, delete everything" }).ClickAsync();
        var done = page.GetByRole(AriaRole.Heading, new() { Name = "Your story and data are deleted" });
        await Expect(done).ToBeVisibleAsync();
        await Expect(done).ToBeFocusedAsync();
        await Expect(page.GetByText(new Regex(@"We deleted 1 scene .*1 picture"))).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await ShootAsync(page, $"my-data-done-{name}.png");

        Assert.Equal(404, (await page.APIRequest.GetAsync(pictureUrl!)).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/my-data/{code}.json")).Status);
        await page.GotoAsync($"/story/{code}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We could not find that story" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task The_data_page_asks_for_a_code_and_says_clearly_when_it_is_wrong(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/my-data");
        var field = page.GetByLabel("Story code");
        await Expect(field).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await ShootAsync(page, $"my-data-entry-{name}.png");

        await field.FillAsync("fox");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my data" }).ClickAsync();
        await Expect(page.GetByText("A story code is three words and five digits, like OTTER-LANTERN-MANGO-48213.")).ToBeVisibleAsync();
        await Expect(field).ToHaveValueAsync("fox");
        await ShootAsync(page, $"my-data-wrong-{name}.png");
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task With_consent_a_photo_from_the_camera_starts_a_story_and_the_consent_is_kept_with_it(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await ShootAsync(page, $"start-with-photo-entry-{name}.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start from a photo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "May we use the camera?" })).ToBeVisibleAsync();
        await Expect(page.GetByText("never leaves this device and is never stored")).ToBeVisibleAsync();
        await Expect(page.GetByText("Privacy policy version 2026-11")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await ShootAsync(page, $"camera-consent-{name}.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Allow camera" }).ClickAsync();
        var shutter = page.GetByRole(AriaRole.Button, new() { Name = "Take photo" });
        await Expect(shutter).ToBeEnabledAsync();
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video.preview'); return v && v.videoWidth > 0 && v.currentTime > 0; }");
        await ShootAsync(page, $"camera-live-{name}.png");
        await shutter.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your photo's story" })).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex("in a place of .+ light"))).ToBeVisibleAsync();
        await Expect(page.Locator("video.preview")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Your photo (it stays on this screen)" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('img.photo'); return !i.hidden && i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0; }"));
        await AssertFitsAsync(page);
        await ShootAsync(page, $"camera-photo-{name}.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, StoryUrl);
        var code = page.Url.Split('/')[^1];
        await WaitForChoicesAsync(page);
        Assert.Contains("in a place of", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        await page.GotoAsync($"/my-data/{code}");
        await Expect(page.GetByText("1 consent answer")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task No_thanks_leads_to_the_start_form_without_touching_the_camera()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/start/camera");
        await page.GetByRole(AriaRole.Button, new() { Name = "No thanks" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/$"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" })).ToBeVisibleAsync();
        await Expect(page.Locator("video")).ToHaveCountAsync(0);
    }

    private static async Task ShootAsync(IPage page, string file)
    {
        Directory.CreateDirectory(ShotsFolder);
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, file), FullPage = true });
        File.Copy(Path.Combine(ShotsFolder, file), Path.Combine(ScreenshotTests.Folder, file), overwrite: true);
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
    }
}

/// <summary>The download endpoint on its own app, so its guessing limit does not affect other tests.</summary>
public sealed class MyDataEndpointTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Unknown_and_malformed_codes_get_the_same_404_and_guessing_is_slowed_down()
    {
        var page = await app.NewPageAsync();
        var unknown = await page.APIRequest.GetAsync("/my-data/ZZZ-0000.json");
        var malformed = await page.APIRequest.GetAsync("/my-data/not-a-code.json");
        Assert.Equal((404, 404), (unknown.Status, malformed.Status));
        Assert.Equal(await unknown.TextAsync(), await malformed.TextAsync());
        Assert.Contains("No story was found for that code", await unknown.TextAsync());

        for (var i = 2; i < 5; i++) Assert.Equal(404, (await page.APIRequest.GetAsync($"/my-data/ZZZ-000{i}.json")).Status);
        var blocked = await page.APIRequest.GetAsync("/my-data/ZZZ-0009.json");
        Assert.Equal(429, blocked.Status);
        Assert.Contains("Please try again in", await blocked.TextAsync());
        Assert.InRange(int.Parse(blocked.Headers["retry-after"], System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }
}
