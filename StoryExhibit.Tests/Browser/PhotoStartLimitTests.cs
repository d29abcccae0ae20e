using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>A story started from a photo spends the visitor's allowance of stories like one started from the form.</summary>
public sealed class PhotoStartLimitTests(PhotoStartLimitTests.FakeCameraOneStoryAnHour app) : IClassFixture<PhotoStartLimitTests.FakeCameraOneStoryAnHour>
{
    public sealed class FakeCameraOneStoryAnHour() : AppFixture(new Dictionary<string, string> { ["Exhibit__VisitorLimits__StoriesPerHour"] = "1" },
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");

    [Fact]
    public async Task A_photo_does_not_start_a_story_past_the_visitors_allowance_and_its_seed_stays()
    {
        var page = await app.NewPageAsync(1920, 1080);
        await StartStoryAsync(page);

        await page.GotoAsync("/start/camera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow camera" }).ClickAsync();
        var shutter = page.GetByRole(AriaRole.Button, new() { Name = "Take photo" });
        await Expect(shutter).ToBeEnabledAsync();
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video.preview'); return v && v.videoWidth > 0 && v.currentTime > 0; }");
        await shutter.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your photo's story" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The storyteller needs a short rest" })).ToBeVisibleAsync();
        Assert.EndsWith("/start/camera", page.Url);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" })).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your photo's story" })).ToBeVisibleAsync();
    }
}
