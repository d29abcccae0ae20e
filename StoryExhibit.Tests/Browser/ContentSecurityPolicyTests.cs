using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.CanvasPages;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// The app works under its own Content-Security-Policy: Chromium reports no violation while a visitor starts from a photo,
/// hears the scene read aloud and chooses, and while staff test a voice and watch a canvas screen.
/// </summary>
public sealed class ContentSecurityPolicyTests(ContentSecurityPolicyTests.CameraAndSound app) : IClassFixture<ContentSecurityPolicyTests.CameraAndSound>
{
    /// <summary>Chromium's fake camera (allowed without asking) and autoplay, so the blob: photo and the audio are exercised.</summary>
    public sealed class CameraAndSound() : AppFixture(null,
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required");

    [Fact]
    public Task A_visitor_starts_from_a_photo_hears_the_scene_and_chooses_without_a_violation() => WithoutViolationsAsync(async () =>
    {
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync("/start/camera");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow camera" }).ClickAsync();
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('video.preview'); return v && v.videoWidth > 0 && v.currentTime > 0; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Take photo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your photo's story" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('img.photo'); return i && i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/story/"));

        await page.WaitForFunctionAsync("() => (window.storyNarration?.log.length ?? 0) >= 1"); // narration fetched and decoded
        await WaitForChoicesAsync(page);
        await Expect(Scene(page, 1).GetByRole(AriaRole.Img)).ToBeVisibleAsync(); // the scene's picture
        await Choices(page).First.ClickAsync(); // the circuit's WebSocket carries the choice
        await WaitForChoicesOrEndAsync(page, 2);
    });

    [Fact]
    public Task Staff_test_a_voice_and_watch_a_canvas_without_a_violation() => WithoutViolationsAsync(async () =>
    {
        var staff = await app.NewPageAsync();
        staff.SetDefaultTimeout(20_000);
        await app.SignInAsync(staff);
        await staff.GotoAsync("/settings/speech");
        await Expect(staff.GetByRole(AriaRole.Form, new() { Name = "Speech settings" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Test voice" }).ClickAsync();
        await Expect(staff.Locator(".test-result")).ToContainTextAsync("It works");
        await staff.WaitForFunctionAsync("() => [...document.querySelectorAll('audio')].some(a => a.src.startsWith('blob:') && a.readyState > 0)");

        await OpenStaffPageAsync(staff);
        await CreateCanvasAsync(staff, "csp-wall", 4, title: "CSP wall");
        await Expect(CanvasItem(staff, "csp-wall")).ToBeVisibleAsync();
        var screen = await app.NewPageAsync();
        await OpenCanvasAsync(screen, "csp-wall");
        await WaitForFramesAsync(screen, 3);
        await staff.GotoAsync("/dashboard");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    });

    /// <summary>Runs a flow; a violation is reported as the failure even when it made the flow itself time out.</summary>
    private async Task WithoutViolationsAsync(Func<Task> flow)
    {
        try { await flow(); }
        finally { Assert.Empty(app.CspViolations.Seen); }
    }
}
