using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// One story, one truth, in real browsers: two devices on one story see the same scene being written, only one writes
/// at a time, a deleted story says so on every page showing it, a stopped scene is kept as written for every page that
/// opens it, and a scene cut short by a crash can be carried on.
/// </summary>
public sealed class OneStoryTests(OneStoryTests.SlowStoryteller app) : IClassFixture<OneStoryTests.SlowStoryteller>
{
    /// <summary>Scenes take several seconds to write, so a second device can arrive while one is under way.</summary>
    public sealed class SlowStoryteller() : AppFixture(new Dictionary<string, string> { ["Generation__Text__Offline__WordDelay"] = "00:00:00.070" });

    private static ILocator Streaming(IPage page) => page.Locator("article.scene.current .prose.streaming");
    private static ILocator Elsewhere(IPage page) => page.GetByText("The storyteller is writing this scene for another screen");
    private static ILocator WriteAgain(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Write this scene again" });

    private static async Task<int> StreamedLengthAsync(IPage page) => (await Streaming(page).InnerTextAsync()).Length;

    /// <summary>Waits until the streaming prose on <paramref name="page"/> is longer than <paramref name="than"/> characters.</summary>
    private static Task GrowsAsync(IPage page, int than) => page.WaitForFunctionAsync(
        "n => (document.querySelector('article.scene.current .prose.streaming')?.innerText.length ?? 0) > n", than, new() { Timeout = 20_000 });

    [Fact]
    public async Task A_second_device_watches_the_words_arrive_cannot_write_over_them_and_every_scene_keeps_its_choice()
    {
        var kiosk = await app.NewPageAsync();
        var code = await StartStoryAsync(kiosk, "A clockmaker whose clocks tell the weather", "Fantasy");
        await WaitForChoicesAsync(kiosk);
        await Choices(kiosk).First.ClickAsync();
        await Expect(Streaming(kiosk)).ToBeVisibleAsync();

        // The phone opens the story while scene 2 is being written: it sees the words arrive.
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync($"/story/{code}");
        await Expect(phone.Locator("article.scene.current")).ToHaveAttributeAsync("aria-label", "Scene 2");
        await Expect(Elsewhere(phone)).ToBeVisibleAsync();
        await GrowsAsync(phone, 0);
        var seen = await StreamedLengthAsync(phone);
        await GrowsAsync(phone, seen);
        // Nothing on the phone can start a competing scene or stop the kiosk's.
        await Expect(WriteAgain(phone)).ToHaveCountAsync(0);
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Stop writing" })).ToHaveCountAsync(0);
        await Expect(TreeNodes(phone).First).ToBeDisabledAsync();

        await WaitForChoicesAsync(kiosk, 2);
        await WaitForChoicesAsync(phone, 2);
        Assert.Equal(await ProseAsync(kiosk, 2), await ProseAsync(phone, 2));
        Assert.Equal(await ChoiceTextsAsync(kiosk), await ChoiceTextsAsync(phone));

        // The phone writes scene 2 again: now the kiosk watches, and both end on the new version and its choices.
        var before = await ProseAsync(kiosk, 2);
        await WriteAgain(phone).ClickAsync();
        await Expect(Elsewhere(kiosk)).ToBeVisibleAsync();
        await Expect(WriteAgain(kiosk)).ToHaveCountAsync(0);
        await WaitForChoicesAsync(phone, 2);
        await WaitForChoicesAsync(kiosk, 2);
        var rewritten = await ProseAsync(phone, 2);
        Assert.NotEqual(before, rewritten);
        Assert.Equal(rewritten, await ProseAsync(kiosk, 2));
        Assert.Equal(await ChoiceTextsAsync(phone), await ChoiceTextsAsync(kiosk));

        // A choice on the kiosk follows a choice that exists: the tree names it, and only scene 1 is "The beginning".
        var taken = (await ChoiceTextsAsync(kiosk))[0];
        await Choices(kiosk).First.ClickAsync();
        await WaitForChoicesOrEndAsync(kiosk, 3);
        await WaitForChoicesOrEndAsync(phone, 3);
        await Expect(Scene(kiosk, 3).GetByText($"You chose: “{taken}”")).ToBeVisibleAsync();
        await Expect(Scene(phone, 3).GetByText($"You chose: “{taken}”")).ToBeVisibleAsync();
        foreach (var page in new[] { kiosk, phone })
        {
            await Expect(TreeNodes(page)).ToHaveCountAsync(3);
            await Expect(TreeNodes(page).Filter(new() { HasText = "The beginning" })).ToHaveCountAsync(1);
        }
        Assert.Equal(await ProseAsync(kiosk, 3), await ProseAsync(phone, 3));
    }

    [Fact]
    public async Task Deleting_a_story_open_in_another_tab_tells_that_tab_plainly_and_logs_no_errors()
    {
        var reader = await app.NewPageAsync();
        var code = await StartStoryAsync(reader, "A beekeeper who hears the hive sing", "Fairy tale");
        await WaitForChoicesAsync(reader);
        await Choices(reader).First.ClickAsync();
        await GrowsAsync(reader, 0);
        var logged = app.Server.Output.Length;

        var other = await app.NewPageAsync();
        await other.GotoAsync($"/my-data/{code}");
        await other.GetByRole(AriaRole.Button, new() { Name = "Delete my story and data" }).ClickAsync();
        await other.GetByRole(AriaRole.Dialog, new() { Name = "Delete" }).GetByRole(AriaRole.Button, new() { Name = "Yes, delete everything" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Your story and data are deleted" })).ToBeVisibleAsync();

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "This story was deleted" })).ToBeVisibleAsync();
        await Expect(reader.GetByText("Your story so far is saved")).ToHaveCountAsync(0);
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Start a new story" })).ToBeVisibleAsync();
        // Let anything still running for the story finish before reading the log.
        await reader.WaitForTimeoutAsync(1_500);
        var after = app.Server.Output[logged..];
        Assert.DoesNotMatch(new Regex(@"^\s*fail:", RegexOptions.Multiline), after);
        Assert.Contains("was deleted while it was open", after);
    }

    // Here, not with the other story-loop tests: their scenes take under two seconds, and on a busy machine the click on
    // Stop arrived after the scene had ended.
    [Fact]
    public async Task Stopping_mid_scene_keeps_what_was_written()
    {
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page, "A robot gardener on a quiet moon", "Science fiction");
        await Expect(Streaming(page)).ToHaveTextAsync(new Regex(@"\w+"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop writing" }).ClickAsync();

        await Expect(page.GetByText("This scene was stopped before it was finished.")).ToBeVisibleAsync();
        var kept = await ProseAsync(page, 1);
        Assert.False(string.IsNullOrWhiteSpace(kept));
        Assert.InRange(await Choices(page).CountAsync(), 2, 3);

        // Saved: a fresh page for the same code shows the same partial scene.
        var again = await app.NewPageAsync();
        await again.GotoAsync($"/story/{code}");
        await Expect(Scene(again, 1)).ToBeVisibleAsync();
        Assert.Equal(kept, await ProseAsync(again, 1));
    }

    [Fact]
    public async Task After_a_crash_mid_scene_the_visitor_can_carry_on_from_the_saved_words_or_choose()
    {
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page, "A cartographer drawing an island that keeps moving", "Adventure");
        // Long enough for the scene to be saved on its way (every two seconds).
        await page.WaitForFunctionAsync("() => (document.querySelector('article.scene.current .prose.streaming')?.innerText.split(/\\s+/).length ?? 0) > 60",
            null, new() { Timeout = 30_000 });
        await app.Server.KillAsync();
        await app.Server.StartAsync();

        var again = await app.NewPageAsync();
        await again.GotoAsync($"/story/{code}");
        await Expect(Scene(again, 1)).ToBeVisibleAsync(new() { Timeout = 30_000 }); // the first page after a start
        var saved = await ProseAsync(again, 1);
        Assert.True(saved.Split(' ').Length > 20, $"Too little was saved: {saved}");
        await Expect(again.GetByText("This scene was stopped before it was finished")).ToBeVisibleAsync();
        // Not a dead end: ways on, the visitor's own idea, and carrying on.
        await Expect(Choices(again).First).ToBeVisibleAsync();
        await Expect(again.GetByLabel("Something else")).ToBeVisibleAsync();
        var carryOn = again.GetByRole(AriaRole.Button, new() { Name = "Carry on writing this scene" });
        await carryOn.ClickAsync();
        await Expect(Streaming(again)).ToBeVisibleAsync();
        await WaitForChoicesOrEndAsync(again, 1);
        await Expect(carryOn).ToHaveCountAsync(0);
        var finished = await ProseAsync(again, 1);
        Assert.StartsWith(Words(saved), Words(finished));
        Assert.True(finished.Length > saved.Length, "The scene was not carried on.");
        await Expect(again.GetByText("This scene was stopped before it was finished")).ToHaveCountAsync(0);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
