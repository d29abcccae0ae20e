using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.CanvasPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Canvas screens and the staff page in headless Chromium against the real app (its own database).</summary>
public sealed class CanvasTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Two_canvases_show_new_frames_and_times_at_their_own_rates()
    {
        // The starter canvases: test-pattern at 4 fps, live (the offline illustrator animating) at 2 fps.
        var fast = await app.NewPageAsync();
        var slow = await app.NewPageAsync();
        await OpenCanvasAsync(fast, "test-pattern");
        await OpenCanvasAsync(slow, "live");
        await WaitForFramesAsync(fast, 2);
        await WaitForFramesAsync(slow, 2);
        var fastLabel = await fast.Locator(".canvas-time").InnerTextAsync();
        var slowLabel = await slow.Locator(".canvas-time").InnerTextAsync();
        var fastBefore = await StatsAsync(fast);
        var slowBefore = await StatsAsync(slow);

        await Task.Delay(3000);

        var fastAfter = await StatsAsync(fast);
        var slowAfter = await StatsAsync(slow);
        var fastFrames = fastAfter.FramesShown - fastBefore.FramesShown;
        var slowFrames = slowAfter.FramesShown - slowBefore.FramesShown;
        // 4 and 2 frames a second: how fast is for the canvas benchmark; here only that each keeps its own pace.
        Assert.True(fastFrames > slowFrames, $"The 4 fps canvas showed {fastFrames} frames, the 2 fps one {slowFrames}.");
        Assert.NotEqual(fastBefore.LastFrameId, fastAfter.LastFrameId);
        Assert.NotEqual(slowBefore.LastFrameId, slowAfter.LastFrameId);
        Assert.NotEqual(fastLabel, await fast.Locator(".canvas-time").InnerTextAsync());
        Assert.NotEqual(slowLabel, await slow.Locator(".canvas-time").InnerTextAsync());
        // The label shows the id of a frame of this run of the server (frames keep arriving meanwhile).
        await Expect(fast.Locator(".canvas-id")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^" + fastAfter.LastFrameId!.Split('-')[0] + @"-\d+$"));
        await Expect(fast.Locator(".canvas-waiting")).ToBeHiddenAsync();
        Assert.All(fastAfter.Latencies, l => Assert.True(l >= 0, "A frame was shown before it was made."));

        // No chrome, no controls: the picture and its label. The screen has a circuit, but its reconnect dialog is empty and closed.
        Assert.Equal(0, await fast.Locator("button, a, input, select, textarea, header, nav, [tabindex]").CountAsync());
        await Expect(fast.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
        await Expect(fast.Locator("#components-reconnect-modal")).ToBeEmptyAsync();
        Assert.Equal(1, await fast.Locator("script[src*='blazor.web']").CountAsync());
        // Measured in one go: the image element is replaced by each new frame.
        var size = await fast.EvaluateAsync<double[]>("() => { const r = document.querySelector('img.canvas-frame').getBoundingClientRect(); return [r.width, r.height]; }");
        Assert.Equal([1920d, 1080d], size);

        // A second screen on the same canvas shows the same frames; the staff page's previews are not counted as screens.
        var second = await app.NewPageAsync();
        await OpenCanvasAsync(second, "test-pattern");
        await WaitForFramesAsync(second, 2);
        var shared = (await StatsAsync(fast)).LastFrameId!;
        await second.WaitForFunctionAsync("id => { const n = +id.split('-')[1]; return +window.canvasStats.lastFrameId.split('-')[1] >= n; }", shared);

        // The staff page sees the screens and the frame rate they really get, and previews every canvas live.
        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await OpenStaffPageAsync(staff);
        await Expect(CanvasItem(staff, "test-pattern").Locator(".canvas-viewers")).ToHaveTextAsync("2");
        var preview = CanvasItem(staff, "test-pattern").Locator(".canvas-preview");
        await Expect(preview.Locator("img.canvas-frame")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Test pattern for test-pattern"));
        var previewId = await preview.Locator(".canvas-id").InnerTextAsync();
        await Expect(preview.Locator(".canvas-id")).Not.ToHaveTextAsync(previewId);
        await Expect(CanvasItem(staff, "live").Locator(".canvas-preview img.canvas-frame")).ToHaveCountAsync(1);
        await second.CloseAsync();
        await Expect(CanvasItem(staff, "test-pattern").Locator(".canvas-viewers")).ToHaveTextAsync("1", new() { Timeout = 8000 });
        await Expect(CanvasItem(staff, "test-pattern").Locator(".canvas-rate")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(3\\.[5-9]|4(\\.[0-4])?) fps$"), new() { Timeout = 8000 });
        await Expect(CanvasItem(staff, "live").Locator(".canvas-rate")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(1\\.[5-9]|2(\\.[0-4])?) fps$"), new() { Timeout = 8000 });
        await fast.CloseAsync();
        await Expect(CanvasItem(staff, "test-pattern").Locator(".canvas-viewers")).ToHaveTextAsync("0", new() { Timeout = 8000 });
        await CloseAsync(slow, staff);
    }

    [Fact]
    public async Task An_unknown_canvas_is_black_to_the_public_not_set_up_to_staff_and_starts_when_staff_create_it()
    {
        var screen = await app.NewPageAsync();
        var response = await screen.GotoAsync("/canvas/later-wall");
        Assert.Equal(200, response!.Status);
        await screen.WaitForFunctionAsync("() => window.canvasStats !== undefined");
        await Task.Delay(1500);
        Assert.Equal(0, await FramesShownAsync(screen));
        await Expect(screen.Locator(".canvas-waiting")).ToBeHiddenAsync();
        await Expect(screen.Locator(".canvas-label")).ToBeHiddenAsync();
        Assert.Equal("", (await screen.Locator("body").InnerTextAsync()).Trim());
        Assert.Equal("rgb(0, 0, 0)", await screen.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await staff.GotoAsync("/canvas/later-wall");
        await Expect(staff.Locator(".canvas-not-set-up")).ToHaveTextAsync("Canvas “later-wall” is not set up yet");
        await OpenStaffPageAsync(staff);
        await CreateCanvasAsync(staff, "later-wall", 4, title: "Later wall");
        await Expect(CanvasItem(staff, "later-wall")).ToBeVisibleAsync();
        await Expect(CanvasItem(staff, "later-wall").Locator(".canvas-link")).ToHaveAttributeAsync("href", "/canvas/later-wall");

        await WaitForFramesAsync(screen, 3, 10_000);
        await Expect(screen.Locator(".canvas-waiting")).ToBeHiddenAsync();
        await Expect(screen.Locator(".canvas-label")).ToBeVisibleAsync();
        await Expect(screen.Locator("img.canvas-frame")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Test pattern for later-wall"));
        await CloseAsync(screen, staff);
    }

    [Fact]
    public async Task Staff_see_validation_next_to_the_fields_and_can_edit_and_remove_with_a_confirmation()
    {
        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff);
        await OpenStaffPageAsync(staff);
        await staff.GetByLabel("Address", new() { Exact = true }).FillAsync("Front Door");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Create canvas" }).ClickAsync();
        await Expect(FieldError(staff, "Address")).ToContainTextAsync("for example front-door");
        await Expect(staff.GetByLabel("Address", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");

        await CreateCanvasAsync(staff, "front-door", 1, prompt: " ");
        await Expect(FieldError(staff, "Prompt")).ToContainTextAsync("needs a prompt");
        await Expect(FieldError(staff, "Address")).ToHaveCountAsync(0);
        await staff.GetByLabel("Prompt", new() { Exact = true }).FillAsync("Lanterns along a harbour at night");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Create canvas" }).ClickAsync();
        var item = CanvasItem(staff, "front-door");
        await Expect(item).ToContainTextAsync("Lanterns along a harbour at night");

        await item.GetByRole(AriaRole.Button, new() { Name = "Edit front-door" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Edit front-door" })).ToBeVisibleAsync();
        await staff.GetByLabel("Prompt", new() { Exact = true }).FillAsync("Lanterns along a harbour at dawn");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(item).ToContainTextAsync("Lanterns along a harbour at dawn");

        await item.GetByRole(AriaRole.Button, new() { Name = "Remove front-door" }).ClickAsync();
        var confirm = staff.GetByRole(AriaRole.Dialog, new() { Name = "Remove front-door?" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Expect(item).ToBeVisibleAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await item.GetByRole(AriaRole.Button, new() { Name = "Remove front-door" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await Expect(item).ToHaveCountAsync(0);
        await Expect(staff.Locator(".mud-snackbar", new() { HasText = "Canvas removed" })).ToBeVisibleAsync();

        await staff.GotoAsync("/settings");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Canvases" }).ClickAsync();
        await Expect(staff).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/settings/canvases$"));
        await CloseAsync(staff);
    }

    [Theory]
    [InlineData("wall", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task Screenshots_of_a_canvas_and_the_staff_page(string name, int width, int height)
    {
        Directory.CreateDirectory(ShotsFolder);
        var screen = await app.NewPageAsync(width, height);
        await OpenCanvasAsync(screen, "live");
        await WaitForFramesAsync(screen, 2);
        await screen.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"canvas-live-{name}.png") });
        var pattern = await app.NewPageAsync(width, height);
        await OpenCanvasAsync(pattern, "test-pattern");
        await WaitForFramesAsync(pattern, 2);
        await pattern.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"canvas-test-pattern-{name}.png") });
        await CloseAsync(pattern);
        var waiting = await app.NewPageAsync(width, height);
        await OpenCanvasAsync(waiting, "nothing-here-yet");
        await waiting.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"canvas-waiting-{name}.png") });

        var staff = await app.NewPageAsync(width, height);
        await app.SignInAsync(staff);
        await OpenStaffPageAsync(staff);
        await Expect(CanvasItem(staff, "live").Locator(".canvas-viewers")).Not.ToHaveTextAsync("0", new() { Timeout = 8000 });
        var overflow = await staff.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The staff page is {overflow} px wider than the screen.");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"staff-canvases-{name}.png"), FullPage = true });
        await staff.GotoAsync("/settings");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, $"staff-index-{name}.png"), FullPage = true });
        await CloseAsync(screen, waiting, staff);
    }

    // Screens and staff pages left open would keep decoding frames while the next test runs.
    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages) await page.Context.CloseAsync();
    }
}
