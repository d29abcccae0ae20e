using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Studio jobs on the staff dashboard: an admin sees a visitor's video being made, cancels it, the visitor's page says so
/// and no ffmpeg of the app is left running; staff who are not admins see the jobs but cannot cancel.
/// </summary>
public sealed class DashboardJobsTests(DashboardJobsTests.SlowVideos app) : IClassFixture<DashboardJobsTests.SlowVideos>
{
    /// <summary>Scenes of ten minutes each: the video is still being encoded whenever the admin gets to it.</summary>
    public sealed class SlowVideos() : AppFixture(new Dictionary<string, string> { ["Video__MinSceneSeconds"] = "600" });

    private static readonly string Shots = ScreenshotTests.Folder;

    [Fact]
    public async Task An_admin_cancels_a_visitors_running_video_and_no_ffmpeg_is_left_while_staff_only_watch()
    {
        Directory.CreateDirectory(Shots);
        var visitor = await app.NewPageAsync();
        var code = await StartStoryAsync(visitor, "A snail who dreams of racing the moon", "Adventure");
        await WaitForChoicesAsync(visitor);
        var section = visitor.GetByRole(AriaRole.Region, new() { Name = "Your story as a video" });
        await section.ScrollIntoViewIfNeededAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = "Make a video" }).ClickAsync();
        await Expect(section.Locator(".job-progress")).ToBeVisibleAsync();

        var admin = await app.NewPageAsync();
        await app.SignInAsync(admin);
        await admin.GotoAsync("/dashboard");
        var jobs = admin.GetByRole(AriaRole.Region, new() { Name = "Studio jobs" });
        var row = jobs.Locator("tr.sj-row").Filter(new() { HasText = "Narrated video" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".sj-state")).ToHaveTextAsync("Running", new() { Timeout = 60_000 });
        await Expect(row.Locator(".sj-story a")).ToHaveTextAsync(code);
        await Expect(row.Locator("td[data-label='Started by']")).ToHaveTextAsync("Visitor");
        Assert.True(await WaitForAsync(async () => (await VideoFfmpegAsync()).Count > 0, TimeSpan.FromSeconds(120)), "ffmpeg never started for the video.");
        await Expect(row.Locator(".sj-line")).ToContainTextAsync("%");

        await admin.ScreenshotAsync(new() { Path = Path.Combine(Shots, "dashboard-jobs-desktop.png"), FullPage = true });
        var phone = await app.NewPageAsync(390, 844);
        await app.SignInAsync(phone);
        await phone.GotoAsync("/dashboard");
        await Expect(phone.Locator("tr.sj-row").Filter(new() { HasText = "Narrated video" })).ToBeVisibleAsync();
        await phone.Locator(".studio-jobs").ScrollIntoViewIfNeededAsync();
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The dashboard with jobs is {overflow} px wider than a 390 px phone.");
        await phone.Locator(".studio-jobs").ScreenshotAsync(new() { Path = Path.Combine(Shots, "dashboard-jobs-phone.png") });

        // From the keyboard: the first press asks for a second, which keeps its place on the button.
        var cancel = row.Locator(".sj-cancel");
        await cancel.FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Expect(cancel).ToHaveTextAsync("Confirm cancel");
        await Expect(cancel).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Expect(row.Locator(".sj-state")).ToHaveTextAsync("Cancelled", new() { Timeout = 30_000 });
        await Expect(section.Locator(".job-state")).ToHaveTextAsync("Cancelled.", new() { Timeout = 30_000 });
        Assert.True(await WaitForAsync(async () => (await VideoFfmpegAsync()).Count == 0, TimeSpan.FromSeconds(15)),
            $"ffmpeg still runs after the cancel: {string.Join(", ", await VideoFfmpegAsync())}");

        var staff = await app.NewPageAsync();
        await app.SignInAsync(staff, "Staff");
        await staff.GotoAsync("/dashboard");
        var staffRow = staff.Locator("tr.sj-row").Filter(new() { HasText = "Narrated video" });
        await Expect(staffRow.Locator(".sj-state")).ToHaveTextAsync("Cancelled");
        await Expect(staff.Locator(".sj-cancel")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The video's ffmpeg processes that still run ("pid state args" each): children of this test's app whose command
    /// line names the video's work folder (in the app's temporary folder) or the app's data folder, so narration's
    /// encoders and other tests' ffmpeg do not count.
    /// </summary>
    private async Task<IReadOnlyList<string>> VideoFfmpegAsync()
    {
        var (_, output) = await RunAsync("ps", "--ppid", app.Server.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", "pid=,stat=,args=");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 3 && !p[1].StartsWith('Z') && p[2].StartsWith("ffmpeg ", StringComparison.Ordinal)
                && (p[2].Contains($"storyexhibit-run-{app.Server.Process.Id}/video-", StringComparison.Ordinal) || p[2].Contains(app.Server.DataFolder, StringComparison.Ordinal)))
            .Select(p => string.Join(' ', p))];
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (await condition()) return true;
            await Task.Delay(250);
        }
        return await condition();
    }
}
