using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// A video being made when the exhibit dies: the visitor who comes back by the story's code finds it made by its second
/// run, or, when the exhibit died during that run too, failed with the reason and ready to be made again; never "running" for ever.
/// </summary>
public sealed class JobRestartBrowserTests(JobRestartBrowserTests.LongVideos app) : IClassFixture<JobRestartBrowserTests.LongVideos>
{
    /// <summary>Scenes last 8 s each, so a two-scene video takes long enough to render that the app can be killed while it does.</summary>
    public sealed class LongVideos() : AppFixture(new Dictionary<string, string> { ["Video__MinSceneSeconds"] = "8" });

    private const float JobTimeout = 240_000;
    private static readonly Regex VideoStarted = new(@"Job (?<id>[0-9a-f-]{36}) \(video\) started");

    [Fact]
    public async Task A_video_whose_making_was_cut_by_a_crash_is_made_again_and_found_by_the_story_code()
    {
        var (code, _) = await TwoSceneStoryWithVideoRunningAsync("A snail who dreams of racing the moon");

        await app.Server.KillAsync();
        await app.Server.StartAsync();

        var page = await OpenByCodeAsync(code);
        var section = VideoSection(page);
        var player = section.Locator("video");
        await Expect(player).ToBeVisibleAsync(new() { Timeout = JobTimeout });
        await Expect(section.Locator(".job-progress")).ToHaveCountAsync(0);
        await Expect(section.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.Equal(2, StartsOf(JobIdOf(await player.GetAttributeAsync("src"))));

        await Expect(section.GetByRole(AriaRole.Link, new() { Name = "Download the video" })).ToBeVisibleAsync();
        // This browser is not the one that asked for the video: the story's code is what lets it in.
        var response = await page.APIRequest.GetAsync((await player.GetAttributeAsync("src"))!);
        Assert.Equal(200, response.Status);
        var captions = await page.APIRequest.GetAsync((await player.Locator("track[kind=captions]").GetAttributeAsync("src"))!);
        Assert.StartsWith("WEBVTT", await captions.TextAsync());
        var mp4 = TempFile("mp4");
        try
        {
            await File.WriteAllBytesAsync(mp4, await response.BodyAsync());
            var (exit, json) = await RunAsync("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", mp4);
            Assert.Equal(0, exit);
            var seconds = double.Parse(JsonDocument.Parse(json).RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(seconds >= 16, $"The re-made video lasts {seconds} s: two scenes of 8 s each should be there whole.");
        }
        finally { File.Delete(mp4); }
    }

    [Fact]
    public async Task A_video_cut_by_a_crash_twice_is_shown_failed_with_the_reason_and_can_be_made_again()
    {
        var (code, id) = await TwoSceneStoryWithVideoRunningAsync("A lighthouse keeper who collects lost echoes");

        await app.Server.KillAsync();
        await app.Server.StartAsync();
        // The second run starts by itself as the exhibit starts; the crash comes while it runs.
        await UntilAsync(() => StartsOf(id) == 2, "The interrupted video was not run again after the restart.");
        Assert.DoesNotContain($"Video job {id}", app.Server.Output);
        await app.Server.KillAsync();
        await app.Server.StartAsync();

        var page = await OpenByCodeAsync(code);
        var section = VideoSection(page);
        await Expect(section.Locator(".job-progress.failed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(section.Locator(".job-state")).ToHaveTextAsync("The exhibit restarted while this was being made.");
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToHaveCountAsync(0);
        await Expect(section.Locator("video")).ToHaveCountAsync(0);

        // Still stopped after a while: nothing runs it a third time behind the visitor's back.
        await page.WaitForTimeoutAsync(3_000);
        Assert.Equal(2, StartsOf(id));
        await Expect(section.Locator(".job-state")).ToHaveTextAsync("The exhibit restarted while this was being made.");

        // Made again from the start (the test above watches a whole re-made video to its end).
        await section.GetByRole(AriaRole.Button, new() { Name = "Make a video" }).ClickAsync();
        await Expect(section.Locator(".job-progress.running").Or(section.Locator("video"))).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(section.Locator(".job-progress.failed")).ToHaveCountAsync(0);
    }

    /// <summary>A story of two scenes whose video has been started and is being made (not only queued) when this returns; its code and the job's id.</summary>
    private async Task<(string Code, string JobId)> TwoSceneStoryWithVideoRunningAsync(string idea)
    {
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page, idea, "Adventure");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);
        var section = VideoSection(page);
        await section.ScrollIntoViewIfNeededAsync();
        var startsBefore = VideoStarted.Matches(app.Server.Output).Count;
        await section.GetByRole(AriaRole.Button, new() { Name = "Make a video" }).ClickAsync();
        await Expect(section.Locator(".job-progress.running")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await UntilAsync(() => VideoStarted.Matches(app.Server.Output).Count == startsBefore + 1, "The app did not log the video job's start.");
        await Expect(section.Locator("video")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
        return (code, VideoStarted.Matches(app.Server.Output).Last().Groups["id"].Value);
    }

    private static async Task UntilAsync(Func<bool> condition, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), failure);
            await Task.Delay(100);
        }
    }

    private async Task<IPage> OpenByCodeAsync(string code)
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/open");
        await page.GetByLabel("Story code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(Scene(page, 2)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    private static ILocator VideoSection(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Your story as a video" });

    private int StartsOf(string jobId) => VideoStarted.Matches(app.Server.Output).Count(m => m.Groups["id"].Value == jobId);

    private static string JobIdOf(string? fileUrl) => Regex.Match(fileUrl ?? "", "/jobs/(?<id>[0-9a-f-]{36})/").Groups["id"].Value;
}
