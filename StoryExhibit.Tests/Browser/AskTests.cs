using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>"Ask the Storyteller" in a real browser: on the story page (a question heard aloud, a picture, a path taken) and at /ask.</summary>
public sealed class AskTests(AskTests.AutoplayAllowed app) : IClassFixture<AskTests.AutoplayAllowed>
{
    public sealed class AutoplayAllowed() : AppFixture(
        new Dictionary<string, string> { ["Generation__Text__Offline__WordDelay"] = "00:00:00.005" },
        "--autoplay-policy=no-user-gesture-required");

    /// <summary>A song sung on this machine (espeak-ng over composed music) takes a while on a busy machine.</summary>
    internal const float Singing = 180_000;

    internal static ILocator Panel(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Ask the Storyteller" });
    internal static ILocator Replies(IPage page) => Panel(page).Locator(".ask-reply");

    private Task<IPage> StoryWithChatAsync(int width = 1920, int height = 1080) => StoryWithChatAsync(app, width, height);

    /// <summary>A story written to its first choices, with the chat open beside it.</summary>
    internal static async Task<IPage> StoryWithChatAsync(AppFixture app, int width = 1920, int height = 1080)
    {
        var page = await app.NewPageAsync(width, height);
        page.SetDefaultTimeout(20_000);
        await StartStoryAsync(page, "A fox who is searching for the lost spring", "Fantasy");
        await WaitForChoicesAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask the Storyteller" }).ClickAsync();
        await Expect(Panel(page)).ToBeVisibleAsync();
        return page;
    }

    internal static async Task AskAsync(IPage page, string request)
    {
        await page.GetByLabel("Your question or wish").FillAsync(request);
        await page.GetByLabel("Your question or wish").PressAsync("Enter");
    }

    [Fact]
    public async Task A_question_about_the_story_is_answered_from_it_and_heard_aloud()
    {
        var page = await StoryWithChatAsync();
        var prose = await ProseAsync(page, 1);
        await AskAsync(page, "what happened so far?");
        var reply = Replies(page).Last;
        await Expect(reply).ToHaveAttributeAsync("aria-busy", "false");
        var answer = await reply.Locator(".ask-text").InnerTextAsync();
        Assert.StartsWith("So far in", answer);
        var quoted = answer.Split("In scene 1: ")[1].Split(' ').Take(5);
        Assert.Contains(string.Join(' ', quoted), prose);

        await reply.GetByRole(AriaRole.Button, new() { Name = "Read this answer aloud" }).ClickAsync();
        await page.WaitForFunctionAsync("() => (window.askNarration?.log.length ?? 0) >= 1");
        await Expect(page.GetByLabel("Answer caption")).Not.ToBeEmptyAsync();
        var heard = (await page.GetByLabel("Answer caption").InnerTextAsync()).Trim();
        Assert.Contains(heard[..Math.Min(15, heard.Length)], answer);
    }

    [Fact]
    public async Task A_routed_picture_appears_in_the_chat_and_can_be_added_to_the_story()
    {
        var page = await StoryWithChatAsync();
        await AskAsync(page, "draw the castle at night");
        var picture = Panel(page).Locator("img.ask-picture");
        await Expect(picture).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('img.ask-picture')?.naturalWidth > 0");
        StringAssert(await picture.GetAttributeAsync("src"), "/ask/pictures/");
        await Expect(Replies(page).Last.Locator(".ask-text")).ToContainTextAsync("Here is my picture of the castle at night");

        // Added to the story, it becomes the scene's picture, there and on a second device reading the same story.
        var scenePicture = page.Locator("article.scene.current .scene-figure.ready img");
        await Expect(scenePicture).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var reader = await app.NewPageAsync(1920, 1080);
        await reader.GotoAsync(page.Url);
        var readerPicture = reader.Locator("article.scene.current .scene-figure.ready img");
        await Expect(readerPicture).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var before = await readerPicture.GetAttributeAsync("src");

        await Panel(page).GetByRole(AriaRole.Button, new() { Name = "Add to the story" }).ClickAsync();
        await Expect(Panel(page).GetByText("Added: it is now this scene's picture in the story.")).ToBeVisibleAsync();
        await Expect(scenePicture).ToHaveAttributeAsync("alt", await picture.GetAttributeAsync("alt") ?? "");
        await Expect(readerPicture).Not.ToHaveAttributeAsync("src", before ?? "");
        await Expect(readerPicture).ToHaveAttributeAsync("alt", await picture.GetAttributeAsync("alt") ?? "");
    }

    [Fact]
    public async Task A_story_request_becomes_a_choice_that_is_taken()
    {
        var page = await StoryWithChatAsync();
        await AskAsync(page, "what if the fox could fly?");
        await Panel(page).GetByRole(AriaRole.Button, new() { Name = "Take this path: What if the fox could fly?" }).ClickAsync();
        await WaitForChoicesAsync(page, 2);
        await Expect(Scene(page, 2).Locator(".via")).ToContainTextAsync("What if the fox could fly?");
        await Expect(Panel(page).GetByText("Taken: the storyteller is writing it in the story.")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task The_panel_and_the_ask_page_fit_the_screen(string name, int width, int height)
    {
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var page = await StoryWithChatAsync(width, height);
        await AskAsync(page, "who are the characters?");
        await Expect(Replies(page).Last).ToHaveAttributeAsync("aria-busy", "false");
        await AskAsync(page, "draw the fox by the spring");
        await Expect(Panel(page).Locator("img.ask-picture")).ToBeVisibleAsync();
        await Expect(Replies(page).Last).ToHaveAttributeAsync("aria-busy", "false");
        await AssertFitsAsync(page);
        // Press to talk sits in the input row, inside the panel, with the box keeping a usable width.
        var row = await Panel(page).Locator("form.ask-form").BoundingBoxAsync();
        var talk = await Panel(page).Locator("form.ask-form button.talk-button").BoundingBoxAsync();
        var box = await page.Locator("#ask-input").BoundingBoxAsync();
        Assert.True(talk!.X >= row!.X && talk.X + talk.Width <= row.X + row.Width + 1, $"the talk button ({talk.X}+{talk.Width}) leaves its row ({row.X}+{row.Width})");
        Assert.True(box!.Width >= row.Width / 2, $"the box is {box.Width} px of a {row.Width} px row");
        if (width > 1000)
        {
            // Beside the prose, not over it.
            var prose = await page.Locator("article.scene.current .prose").BoundingBoxAsync();
            var panel = await page.Locator(".ask-drawer").BoundingBoxAsync();
            Assert.True(panel!.X >= prose!.X + prose.Width, $"panel at x={panel.X}, prose ends at {prose.X + prose.Width}");
        }
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"ask-panel-{name}.png") });

        await page.GotoAsync("/ask");
        await Expect(Panel(page)).ToBeVisibleAsync();
        await AskAsync(page, "sing a song about the moon");
        await Expect(Replies(page).Last).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = Singing });
        await AskAsync(page, "paint a rainbow over the sea");
        await Expect(Panel(page).Locator("img.ask-picture")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"ask-page-{name}.png") });
    }

    [Fact]
    public async Task A_routed_song_shows_its_progress_words_and_plays()
    {
        var page = await StoryWithChatAsync();
        await AskAsync(page, "sing a lullaby for Pip");
        var reply = Replies(page).Last;
        await Expect(reply.Locator(".ask-progress").First).ToContainTextAsync("Writing the words");
        await Expect(reply).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = Singing });
        await Expect(reply.Locator(".ask-song-title")).Not.ToBeEmptyAsync();
        await Expect(reply.Locator(".ask-lyrics")).ToContainTextAsync("Pip");
        Assert.True((await reply.Locator(".ask-progress").CountAsync()) >= 2, "the visitor saw the song being made, step by step");

        var audio = reply.Locator("audio");
        var src = await audio.GetAttributeAsync("src");
        Assert.StartsWith("/songs/", src);
        var response = await page.APIRequest.GetAsync(src!);
        Assert.Equal(200, response.Status);
        Assert.Equal("audio/ogg", response.Headers["content-type"].Split(';')[0]);
        Assert.True((await response.BodyAsync()).Length > 1000);

        await audio.EvaluateAsync("a => a.play()");
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('.ask-song audio'); return a.readyState >= 2 && a.duration > 0 && !a.paused; }",
            null, new() { Timeout = 30_000 });
        Assert.Null(await audio.EvaluateAsync<object?>("a => a.error && a.error.message"));
    }

    [Fact]
    public async Task A_research_question_streams_a_dictionary_answer_and_one_it_cannot_answer_is_declined_kindly()
    {
        var page = await StoryWithChatAsync();
        // Every text the reply shows on its way to the finished answer.
        await page.EvaluateAsync(@"() => {
            window.seenReplies = [];
            new MutationObserver(() => {
                const texts = document.querySelectorAll('.ask-reply .ask-text');
                const last = texts[texts.length - 1];
                if (last) window.seenReplies.push(last.textContent);
            }).observe(document.querySelector('.ask-log'), { childList: true, subtree: true, characterData: true });
        }");
        await AskAsync(page, "what is a narwhal?");
        var reply = Replies(page).Last;
        await Expect(reply).ToHaveAttributeAsync("aria-busy", "false");
        var answer = (await reply.Locator(".ask-text").InnerTextAsync()).Trim();
        Assert.StartsWith("A narwhal is a small Arctic whale", answer);
        Assert.DoesNotContain("connected", answer);
        var seen = await page.EvaluateAsync<string[]>("() => window.seenReplies");
        Assert.Contains(seen, partial => partial.Length > 0 && partial.Trim().Length < answer.Length && answer.StartsWith(partial.Trim(), StringComparison.Ordinal));

        await AskAsync(page, "how tall is the eiffel tower?");
        reply = Replies(page).Last;
        await Expect(reply).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(reply.Locator(".ask-text")).ToContainTextAsync("when I'm connected");
    }

    private static void StringAssert(string? actual, string prefix) => Assert.StartsWith(prefix, actual ?? "");

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
    }
}
