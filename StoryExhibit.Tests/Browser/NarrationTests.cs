using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Narration heard in a real browser: espeak-ng on the server, the audio queue in Chromium (autoplay allowed).</summary>
public sealed class NarrationTests(NarrationTests.AutoplayAllowed app) : IClassFixture<NarrationTests.AutoplayAllowed>
{
    public sealed class AutoplayAllowed() : AppFixture(
        new Dictionary<string, string> { ["Generation__Text__Offline__WordDelay"] = "00:00:00.030" },
        "--autoplay-policy=no-user-gesture-required");

    private async Task<IPage> NewPageAsync()
    {
        var page = await app.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    private static Task<int> PlayedAsync(IPage page) => page.EvaluateAsync<int>("() => window.storyNarration?.log.length ?? 0");
    private static ILocator Caption(IPage page) => page.GetByLabel("Caption");

    /// <summary>The clip and sentence sounding now, as "clip:sentence" (null when none is).</summary>
    private const string SoundingSentence = """
        () => {
            const q = window.storyNarration, now = q?.context?.currentTime;
            const item = q?.playing.find(i => i.at <= now && i.end > now);
            return item ? `${item.entry.index}:${Math.max(0, item.part)}` : null;
        }
        """;

    /// <summary>
    /// A page whose audio cannot be decoded (every clip's, or only the <paramref name="onlyClip"/>th clip's to arrive), so
    /// the browser's own voice reads it; what it reads (and the clip being read when each utterance starts) is recorded
    /// in spokenByBrowser and spokenClips rather than heard. A voice that never says it ended is a browser without one.
    /// </summary>
    private static string UndecodableAudioAndARecordedVoice(bool saysItEnded, int onlyClip = 0) => $$"""
        const decode = AudioContext.prototype.decodeAudioData;
        let decoded = 0;
        AudioContext.prototype.decodeAudioData = function (bytes) {
            return {{onlyClip}} === 0 || ++decoded === {{onlyClip}}
                ? Promise.reject(new DOMException('Unsupported audio', 'EncodingError'))
                : decode.call(this, bytes);
        };
        window.spokenByBrowser = [];
        window.spokenClips = [];
        Object.defineProperty(window, 'speechSynthesis', { value: {
            speak(utterance) {
                window.spokenByBrowser.push(utterance.text);
                setTimeout(() => {
                    utterance.onstart?.();
                    window.spokenClips.push(window.storyNarration.current);
                    if ({{(saysItEnded ? "true" : "false")}}) setTimeout(() => utterance.onend?.(), 50);
                }, 10);
            },
            cancel() { }, pause() { }, resume() { },
        } });
        """;

    [Fact]
    public async Task The_scene_is_narrated_sentence_after_sentence_while_it_is_still_being_written()
    {
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes", "Mystery");
        await page.WaitForFunctionAsync("() => (window.storyNarration?.log.length ?? 0) >= 1");
        await Expect(page.Locator(".prose.streaming")).ToBeVisibleAsync(new() { Timeout = 1 }); // still writing when the first sound starts

        await Expect(Caption(page)).Not.ToBeEmptyAsync();
        var caption = (await Caption(page).InnerTextAsync()).Trim();
        await WaitForChoicesAsync(page);
        Assert.Contains(caption[..Math.Min(20, caption.Length)], await ProseAsync(page, 1));

        await page.WaitForFunctionAsync("() => window.storyNarration.log.length >= 3");
        var indices = await page.EvaluateAsync<int[]>("() => window.storyNarration.log.map(e => e.index)");
        Assert.Equal(Enumerable.Range(0, indices.Length), indices);
        var gaps = await page.EvaluateAsync<double?[]>("() => window.storyNarration.log.map(e => e.gap)");
        Assert.Null(gaps[0]);
    }

    [Fact]
    public async Task A_clip_of_several_sentences_is_captioned_and_highlighted_one_sentence_at_a_time_in_order()
    {
        var page = await NewPageAsync();
        await page.AddInitScriptAsync("""
            window.captions = [];
            new MutationObserver(() => {
                const text = document.querySelector('[aria-label="Caption"]')?.textContent.trim();
                if (text && window.captions.at(-1)?.text !== text) window.captions.push({ clip: window.storyNarration?.current, text });
            }).observe(document, { childList: true, subtree: true, characterData: true });
            """);
        await StartStoryAsync(page, "A clockmaker who repairs broken days", "Fantasy");
        // After the first sentence, sentences are joined into clips (MinClipLength); the caption still steps sentence by sentence.
        await page.WaitForFunctionAsync(
            "() => window.captions.some(c => c.clip > 0 && window.captions.filter(d => d.clip === c.clip).length >= 2)",
            null, new() { Timeout = 60_000 });
        await WaitForChoicesAsync(page);

        var prose = string.Join(' ', (await ProseAsync(page, 1)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var captions = await page.EvaluateAsync<string[]>("() => window.captions.map(c => c.text)");
        var positions = captions.Select(c => prose.IndexOf(c[..Math.Min(20, c.Length)], StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, $"A caption is not in the scene: {string.Join(" | ", captions)}"));
        Assert.Equal(positions.Order(), positions);
        // Each caption is one sentence: the next caption starts where it ends.
        for (var i = 0; i + 1 < captions.Length; i++)
            Assert.True(positions[i] + captions[i].Length <= positions[i + 1], $"\"{captions[i]}\" runs into \"{captions[i + 1]}\"");
    }

    [Fact]
    public async Task Skip_moves_on_to_the_next_sentence_of_the_same_clip()
    {
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A clockmaker who repairs broken days", "Fantasy");
        const string nextInClip = """
            () => {
                const q = window.storyNarration, now = q?.context?.currentTime;
                const item = q?.playing.find(i => i.at <= now && i.end > now && i.part >= 0);
                return item && item.part + 1 < item.entry.parts.length ? item.entry.parts[item.part + 1].text : null;
            }
            """;
        // Paused while a clip of several sentences sounds one that is not its last (tried again if it moved on meanwhile).
        string? next = null;
        for (var tries = 0; next is null && tries < 5; tries++)
        {
            await page.WaitForFunctionAsync(nextInClip, null, new() { Timeout = 60_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Pause narration" }).ClickAsync();
            await page.WaitForFunctionAsync("() => window.storyNarration.context.state === 'suspended'");
            next = await page.EvaluateAsync<string?>(nextInClip);
            if (next is null) await page.GetByRole(AriaRole.Button, new() { Name = "Resume narration" }).ClickAsync();
        }
        Assert.NotNull(next);
        var clip = await page.EvaluateAsync<int>("() => window.storyNarration.current");

        await page.GetByRole(AriaRole.Button, new() { Name = "Skip sentence" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume narration" }).ClickAsync();
        await Expect(Caption(page)).ToHaveTextAsync(next, new() { Timeout = 3000 });
        Assert.Equal(clip, await page.EvaluateAsync<int>("() => window.storyNarration.current"));
    }

    [Fact]
    public async Task A_browser_that_cannot_decode_the_narration_reads_every_sentence_with_its_own_voice_in_order()
    {
        var page = await NewPageAsync();
        // As Safari before 18.4, which decodes no Ogg Opus; its voice is recorded here rather than heard.
        await page.AddInitScriptAsync(UndecodableAudioAndARecordedVoice(saysItEnded: true));
        await StartStoryAsync(page, "A clockmaker who repairs broken days", "Fantasy");
        await WaitForChoicesAsync(page);
        // Idle after the scene's last sentence (the last clip is made once the scene is written, after its choices show).
        await page.WaitForFunctionAsync("""
            () => {
                const q = window.storyNarration, spoken = window.spokenByBrowser;
                if (!q || spoken.length < 3 || q.pending.length || q.speech || q.current !== -1) return false;
                const prose = document.querySelector('.scene.current .prose')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
                return prose.endsWith(spoken.at(-1).trim().slice(-12));
            }
            """, null, new() { Timeout = 40_000 });
        var count = await page.EvaluateAsync<int>("() => window.spokenByBrowser.length");
        await page.WaitForTimeoutAsync(1500); // nothing is spoken twice or after the end
        Assert.Equal(count, await page.EvaluateAsync<int>("() => window.spokenByBrowser.length"));

        var prose = string.Join(' ', (await ProseAsync(page, 1)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var spoken = await page.EvaluateAsync<string[]>("() => window.spokenByBrowser");
        var positions = spoken.Select(s => prose.IndexOf(s.Trim()[..Math.Min(20, s.Trim().Length)], StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, $"A sentence read aloud is not in the scene: {string.Join(" | ", spoken)}"));
        Assert.Equal(positions.Order(), positions);
        var last = spoken[^1].Trim();
        Assert.EndsWith(last[^Math.Min(12, last.Length)..], prose); // down to the scene's last sentence
        // A clip of several sentences is read (and captioned) a sentence an utterance.
        Assert.All(spoken, s => Assert.Single(StoryExhibit.Core.Narration.SentenceSegmenter.SentencesOf(s)));
        var clips = await page.EvaluateAsync<int[]>("() => window.spokenClips");
        Assert.True(clips.Distinct().Count() < clips.Length, $"No clip was read in several sentences: {string.Join(",", clips)}");
        Assert.Equal(0, await PlayedAsync(page)); // nothing of the undecodable audio was scheduled
    }

    [Fact]
    public async Task Skip_moves_on_at_once_in_a_browser_whose_voice_never_says_it_ended()
    {
        var page = await NewPageAsync();
        // As a kiosk browser without a speech voice: the clips are read by the browser (their audio cannot be decoded
        // here), and an utterance, even cancelled, never reports its end.
        await page.AddInitScriptAsync(UndecodableAudioAndARecordedVoice(saysItEnded: false));
        await StartStoryAsync(page, "A clockmaker who repairs broken days", "Fantasy");
        await page.WaitForFunctionAsync("() => window.spokenByBrowser.length === 1 && window.storyNarration.pending.length > 0", null, new() { Timeout = 60_000 });
        await page.WaitForTimeoutAsync(500); // the next clip's audio has been tried (and failed) by now
        var first = await page.EvaluateAsync<string>("() => window.spokenByBrowser[0]");
        // The queue would otherwise wait out the first clip's reading time (2 s and 0.6 s a word) before the next.
        var readingTimeMs = 2000 + first.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length * 600;
        Assert.True(readingTimeMs >= 5000, $"The first clip is too short to tell: \"{first}\"");

        await page.GetByRole(AriaRole.Button, new() { Name = "Skip sentence" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.spokenByBrowser.length >= 2", null, new() { Timeout = readingTimeMs - 2000 });
        Assert.NotEqual(first, await page.EvaluateAsync<string>("() => window.spokenByBrowser[1]"));
    }

    [Fact]
    public async Task A_clip_waiting_for_the_browser_voice_keeps_its_turn_when_the_audio_before_it_is_skipped()
    {
        var page = await NewPageAsync();
        // The third clip cannot be decoded: it arrives while the second, several sentences long, still sounds.
        await page.AddInitScriptAsync(UndecodableAudioAndARecordedVoice(saysItEnded: true, onlyClip: 3));
        await StartStoryAsync(page, "A clockmaker who repairs broken days", "Fantasy");
        // Skipped (what the Skip button calls) while a clip sounds and the one this browser cannot decode waits to be
        // read after it: in one step, as the wait may be short.
        await page.WaitForFunctionAsync("""
            () => {
                const q = window.storyNarration;
                if (!q?.playing.length || !q.speech || q.speech.sounding) return false;
                q.skip();
                return true;
            }
            """, null, new() { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => window.spokenByBrowser.length > 0");
        var prose = string.Join(' ', (await ProseAsync(page, 1)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var spoken = (await page.EvaluateAsync<string>("() => window.spokenByBrowser[0]")).Trim();
        Assert.Contains(spoken[..Math.Min(20, spoken.Length)], prose);
    }

    [Fact]
    public async Task Pause_resume_skip_and_stop_control_the_queue()
    {
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A retired pirate who runs a tea shop", "Comedy");
        await WaitForChoicesAsync(page);
        await page.WaitForFunctionAsync("() => (window.storyNarration?.log.length ?? 0) >= 1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause narration" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.storyNarration.context.state === 'suspended'");
        var frozen = await page.EvaluateAsync<double>("() => window.storyNarration.context.currentTime");
        var played = await PlayedAsync(page);
        await page.WaitForTimeoutAsync(700);
        Assert.InRange(await page.EvaluateAsync<double>("() => window.storyNarration.context.currentTime") - frozen, 0, 0.05);
        Assert.Equal(played, await PlayedAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Resume narration" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => window.storyNarration.context.currentTime > {frozen.ToString(System.Globalization.CultureInfo.InvariantCulture)} + 0.2");

        var before = await page.EvaluateAsync<string>(SoundingSentence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip sentence" }).ClickAsync();
        await page.WaitForFunctionAsync($"before => ({SoundingSentence})() !== before", before, new() { Timeout = 3000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop narration" }).ClickAsync();
        await Expect(Caption(page)).ToBeEmptyAsync();
        var after = await PlayedAsync(page);
        await page.WaitForTimeoutAsync(1000);
        Assert.Equal(after, await PlayedAsync(page));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.storyNarration.playing.length"));
    }

    [Fact]
    public async Task Stopping_the_scene_stops_the_audio_and_read_aloud_replays_the_stored_narration()
    {
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A shy dragon who is afraid of the dark", "Fantasy");
        await page.WaitForFunctionAsync("() => (window.storyNarration?.log.length ?? 0) >= 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop writing" }).ClickAsync();
        // The page shows the scene stopped once the server has handled the click (the audio's stop goes out before that).
        await Expect(page.GetByText("This scene was stopped before it was finished")).ToBeVisibleAsync();
        await Expect(Caption(page)).ToBeEmptyAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.storyNarration.playing.length"));

        // Read aloud: the stored clips play again from the start.
        await page.GetByRole(AriaRole.Button, new() { Name = "Read aloud" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.storyNarration.log.filter(e => e.index === 0).length >= 2");
        await Expect(Caption(page)).Not.ToBeEmptyAsync();
    }

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task The_bar_shows_the_caption_and_restart_and_nothing_floating_covers_the_end_of_the_page(string name, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        page.SetDefaultTimeout(20_000);
        await StartStoryAsync(page, "A girl who can talk to the wind finds a jar of fireflies", "Fairy tale");
        await WaitForChoicesAsync(page);
        await Expect(Caption(page)).Not.ToBeEmptyAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restart" })).ToBeVisibleAsync();
        Assert.Equal("polite", await Caption(page).GetAttributeAsync("aria-live"));

        var bar = page.GetByRole(AriaRole.Region, new() { Name = "Narration" });
        var lastLine = page.Locator(".scene.current .prose > :last-child");
        await lastLine.EvaluateAsync("e => e.scrollIntoView({ block: 'end' })");
        await page.WaitForTimeoutAsync(300); // the smooth scroll, if any, settles
        var line = (await lastLine.BoundingBoxAsync())!;
        var box = (await bar.BoundingBoxAsync())!;
        Assert.True(line.Y + line.Height <= box.Y + 1, $"the last line ends at {line.Y + line.Height} px, under the bar from {box.Y} px");
        var launcher = (await page.GetByRole(AriaRole.Button, new() { Name = "Ask the Storyteller" }).BoundingBoxAsync())!;
        Assert.True(line.Y + line.Height <= launcher.Y + 1, $"the last line ends at {line.Y + line.Height} px, under the chat's button from {launcher.Y} px");
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"narration-bar-{name}.png") });

        // A phone shows the chat's button as its icon alone (its name is still read out), so it covers less of what scrolls under it.
        if (name != "phone")
        {
            await Expect(page.Locator(".ask-launcher .ask-label")).ToBeVisibleAsync();
            return;
        }
        Assert.True(launcher.Width <= 64, $"the chat's button is {launcher.Width} px wide on a phone");
        await Expect(page.Locator(".ask-launcher .ask-label")).ToBeHiddenAsync();
        // The docked bar is out of the page's flow: the page's padding lets its end scroll clear of the bar.
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.WaitForTimeoutAsync(300);
        var layout = (await page.Locator(".story-layout").BoundingBoxAsync())!;
        box = (await bar.BoundingBoxAsync())!;
        Assert.True(layout.Y + layout.Height <= box.Y + 1, $"the page ends at {layout.Y + layout.Height} px, under the bar from {box.Y} px");
        launcher = (await page.GetByRole(AriaRole.Button, new() { Name = "Ask the Storyteller" }).BoundingBoxAsync())!;
        Assert.True(layout.Y + layout.Height <= launcher.Y + 1, $"the page ends at {layout.Y + layout.Height} px, under the chat's button from {launcher.Y} px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, "narration-bar-phone-end.png") });
        Assert.True(box.Height <= height * 0.15, $"the bar is {box.Height} px high on a {height} px screen");
    }
}
