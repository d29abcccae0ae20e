using System.Diagnostics;
using Microsoft.Playwright;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Tests.Core.Generation.SpeechInput;
using StoryExhibit.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Chromium with a recorded sentence as its microphone (<c>--use-file-for-fake-audio-capture</c>) and the permission
/// prompt answered yes: the visitor consents, holds "Press to talk", speaks, lets go, reads the words in the own-choice
/// box and sends them; and the same by keyboard.
/// </summary>
public sealed class PressToTalkTests(PressToTalkTests.SpeakingBrowser app, ITestOutputHelper output) : IClassFixture<PressToTalkTests.SpeakingBrowser>
{
    public const string Sentence = "the dragon flies over the castle";

    public sealed class SpeakingBrowser() : AppFixture(null,
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-audio-capture={Recording.Value}")
    {
        /// <summary>Half a second of quiet, the sentence, then quiet: Chromium plays the file in a loop from the start of each capture.</summary>
        public static readonly Lazy<string> Recording = new(() =>
        {
            var path = Path.Combine(TemporaryFiles.NewFolder("voice").FullName, "sentence.wav");
            var wav = SpokenSamples.FestivalWavAsync(Sentence).GetAwaiter().GetResult();
            var padded = PipedProcess.RunAsync("ffmpeg",
                ["-hide_banner", "-loglevel", "error", "-nostdin", "-f", "wav", "-i", "pipe:0", "-af", "adelay=500,apad=pad_dur=4", "-ac", "1", "-ar", "48000", "-c:a", "pcm_s16le", "-f", "wav", "pipe:1"],
                wav, "ffmpeg", TimeSpan.FromSeconds(30), default).GetAwaiter().GetResult();
            WavFile.FixSizes(padded);
            File.WriteAllBytes(path, padded);
            return path;
        });
    }

    /// <summary>The button, once its script listens to presses.</summary>
    private static ILocator TalkButton(IPage page) => page.Locator("button.talk-button[data-talk-ready]");
    private static ILocator OwnChoice(IPage page) => page.Locator("#own-choice");
    private static string Shot(string name) => Path.Combine(ScreenshotTests.Folder, $"press-to-talk-{name}.png");

    private static async Task ConsentAsync(IPage page, string? screenshot = null)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "May we use the microphone?" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        if (screenshot is not null) await page.ScreenshotAsync(new() { Path = Shot(screenshot) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Allow microphone" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Now hold the button" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_visitor_holds_the_button_speaks_lets_go_checks_the_words_and_sends_them()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A dragon who is afraid of heights");
        await WaitForChoicesAsync(page);

        // The first press asks for the microphone; nothing is recorded before the answer.
        await TalkButton(page).HoverAsync();
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await ConsentAsync(page, "consent-desktop");

        await TalkButton(page).HoverAsync();
        await page.Mouse.DownAsync();
        await Expect(TalkButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Speak now, then let go." })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("listening-desktop") });
        await page.WaitForTimeoutAsync(3_500); // the sentence, spoken by the fake microphone
        var released = Stopwatch.StartNew();
        await page.Mouse.UpAsync();

        await Expect(OwnChoice(page)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("dragon.*castle"), new() { Timeout = 40_000 });
        output.WriteLine($"From letting go to the words in the box: {released.ElapsedMilliseconds} ms (heard \"{await OwnChoice(page).InputValueAsync()}\")");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your words are in the box" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("heard-desktop") });

        // The visitor may change the words before sending them; they send them as heard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        await WaitForChoicesOrEndAsync(page, 2);
        Assert.Empty(app.CspViolations.Seen);
    }

    [Fact]
    public async Task By_keyboard_one_press_starts_and_the_next_stops()
    {
        var page = await app.NewPageAsync(390, 844);
        await StartStoryAsync(page, "A dragon who is afraid of heights");
        await WaitForChoicesAsync(page);

        await TalkButton(page).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ConsentAsync(page, "consent-phone");
        await Expect(TalkButton(page)).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Space");
        await Expect(TalkButton(page)).ToContainTextAsync("Press to stop");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "press the button again to stop" })).ToBeVisibleAsync();
        await TalkButton(page).ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Shot("listening-phone") });
        await page.WaitForTimeoutAsync(3_500);
        await page.Keyboard.PressAsync("Space");

        await Expect(OwnChoice(page)).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("dragon.*castle"), new() { Timeout = 40_000 });
        await page.ScreenshotAsync(new() { Path = Shot("heard-phone") });
        await OwnChoice(page).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await WaitForChoicesOrEndAsync(page, 2);
    }

    [Fact]
    public async Task In_the_chat_the_words_heard_go_in_the_question_box_after_consent()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A dragon who is afraid of heights");
        await WaitForChoicesAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask the Storyteller" }).ClickAsync();
        var talk = AskTests.Panel(page).Locator("button.talk-button[data-talk-ready]");
        var box = page.Locator("#ask-input");

        await talk.HoverAsync();
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await ConsentAsync(page);
        await Expect(box).ToHaveValueAsync("");

        await talk.HoverAsync();
        await page.Mouse.DownAsync();
        await Expect(talk).ToHaveAttributeAsync("aria-pressed", "true");
        await page.WaitForTimeoutAsync(3_500); // the sentence, spoken by the fake microphone
        await page.Mouse.UpAsync();

        await Expect(box).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("dragon.*castle"), new() { Timeout = 40_000 });
        await Expect(OwnChoice(page)).ToHaveValueAsync(""); // only the box whose button was pressed
        await Expect(AskTests.Panel(page).GetByRole(AriaRole.Status).Filter(new() { HasText = "Your words are in the box" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot("chat-heard-desktop") });
        await box.PressAsync("Enter");
        await Expect(AskTests.Replies(page)).ToHaveCountAsync(1);
        await Expect(AskTests.Panel(page).Locator(".ask-request")).ToContainTextAsync("dragon");
    }
}
