using System.Collections.Concurrent;
using Microsoft.Playwright;
using StoryExhibit.Tests.Core.Generation.Speech;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Narration tells the scene's text as it is, whole and once: finished after the page closed or the app died
/// part-way, never the discarded version of a scene written again, never a line twice. The storyteller and the
/// speech server are one OpenAI-compatible server on loopback, so every sentence sent to be spoken is counted.
/// </summary>
public sealed class NarrationCompletenessTests(NarrationCompletenessTests.Servers servers) : IClassFixture<NarrationCompletenessTests.Servers>
{
    public sealed class Servers : IAsyncLifetime
    {
        public OpenAICompatibleServer Fake { get; private set; } = null!;
        public AppFixture App { get; private set; } = null!;
        /// <summary>Sentences sent to be spoken, in the order they were asked for.</summary>
        public ConcurrentQueue<string> Spoken { get; } = new();
        /// <summary>
        /// Sentences never answered while set: their synthesis hangs. Named by their text, not by the order they are asked
        /// for: two are synthesised at a time, so a later sentence can reach the server before an earlier one.
        /// </summary>
        public IReadOnlySet<string>? Unanswered { get; set; }

        public async Task InitializeAsync()
        {
            Fake = await OpenAICompatibleServer.StartAsync();
            var wav = OpenAISpeechSynthesizerTests.Wav(0.25);
            Fake.SpeechHandler = async (ctx, request) =>
            {
                var sentence = request.Body.GetProperty("input").GetString()!;
                Spoken.Enqueue(sentence);
                if (Unanswered?.Contains(sentence) == true) await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                await OpenAICompatibleServer.WriteAudioAsync(ctx, wav, "audio/wav");
            };
            App = new NarratedApp(Fake.Endpoint);
            await App.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Fake.DisposeAsync();
        }
    }

    private sealed class NarratedApp(Uri endpoint) : AppFixture(new Dictionary<string, string>
    {
        ["Generation__Text__Provider"] = "OpenAICompatible",
        ["Generation__Text__OpenAICompatible__Endpoint"] = endpoint.ToString(),
        ["Generation__Text__OpenAICompatible__Model"] = OpenAICompatibleServer.Model,
        ["Generation__Text__OpenAICompatible__MaxRetries"] = "0",
        ["Generation__Speech__Provider"] = "OpenAICompatible",
        ["Generation__Speech__Endpoint"] = endpoint.ToString(),
        ["Generation__Speech__ResponseFormat"] = "wav",
        // One sentence a clip, so the tests can name and count them.
        ["Generation__Speech__MinClipLength"] = "0",
        // A hung sentence stays hung for the whole test rather than turning into a failed clip.
        ["Generation__Speech__Timeout"] = "00:10:00",
    }, "--autoplay-policy=no-user-gesture-required");

    private static readonly string[] FourSentences =
    [
        "The lighthouse lamp flickered over the black water.",
        "Mara counted the echoes caught in her glass jars.",
        "One of them whispered a name she did not know.",
        "Far below, a boat with no oars drifted toward the rocks.",
    ];

    private static readonly string[] ThreeOtherSentences =
    [
        "Fog rolled in and swallowed the lighthouse whole.",
        "Mara lit a candle and listened to the jars hum.",
        "Somewhere in the fog a bell answered them.",
    ];

    private static string Answer(IEnumerable<string> sentences) =>
        string.Join(" ", sentences) + "\n\n### What happens next?\n1. Follow the whisper\n2. Signal the boat";

    private async Task<IPage> NewPageAsync()
    {
        var page = await servers.App.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>Waits until the browser's audio queue has played everything it was given; returns the indexes of the current narration's sentences.</summary>
    private async Task<int[]> PlayedToTheEndAsync(IPage page, int atLeast)
    {
        try
        {
            await page.WaitForFunctionAsync(
                $"() => {{ const q = window.storyNarration; return q && q.log.filter(e => e.generation === q.generation).length >= {atLeast} && q.pending.length === 0 && q.playing.length === 0; }}",
                null, new() { Timeout = 40_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The narration did not play {atLeast} sentences to the end; the queue: {await QueueStateAsync(page)}; sent to be spoken: {string.Join(" | ", servers.Spoken)}");
        }
        return await page.EvaluateAsync<int[]>("() => { const q = window.storyNarration; return q.log.filter(e => e.generation === q.generation).map(e => e.index); }");
    }

    /// <summary>What the browser's queue holds: it tells a lost clip (too few entries) from a stuck one (pending or playing) or a late stop (another generation).</summary>
    private static Task<string> QueueStateAsync(IPage page) => page.EvaluateAsync<string>("""
        () => { const q = window.storyNarration; return !q ? 'no queue' : JSON.stringify({
            generation: q.generation, log: q.log, pumping: q.pumping, paused: q.paused, speaking: !!q.speech,
            pending: q.pending.map(e => ({ index: e.index, url: e.url, failed: e.failed, decoded: !!e.buffer })),
            playing: q.playing.map(p => ({ index: p.entry.index, at: p.at, end: p.end })),
            audio: q.context && { state: q.context.state, time: q.context.currentTime } }); }
        """);

    private async Task WaitForSpokenAsync(int count)
    {
        for (var waited = 0; servers.Spoken.Count < count; waited += 50)
        {
            Assert.True(waited < 20_000, $"Only {servers.Spoken.Count} of {count} sentences were sent to be spoken.");
            await Task.Delay(50);
        }
    }

    private async Task ReadAloudAfterNarrationWasCutShortAsync(Func<IPage, Task> cutShort)
    {
        servers.Spoken.Clear();
        servers.Unanswered = FourSentences[2..].ToHashSet();
        string code;
        try
        {
            servers.Fake.ReplyWith(Answer(FourSentences));
            var page = await NewPageAsync();
            code = await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes");
            await WaitForChoicesAsync(page);
            // Two sentences narrated (stored, and playing in the browser), the other two still being synthesised when the narration is cut short.
            try { await page.WaitForFunctionAsync("() => (window.storyNarration?.log.length ?? 0) >= 2", null, new() { Timeout = 40_000 }); }
            catch (TimeoutException)
            {
                Assert.Fail($"The first two sentences did not start playing; the queue: {await QueueStateAsync(page)}; sent to be spoken: {string.Join(" | ", servers.Spoken)}");
            }
            await WaitForSpokenAsync(4);
            await cutShort(page);
        }
        finally { servers.Unanswered = null; } // a failure here must not leave the next test's sentences hanging
        var before = servers.Spoken.Count;

        var again = await NewPageAsync();
        await again.GotoAsync($"/story/{code}");
        await Expect(Scene(again, 1)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The player's queue exists once the page is interactive; a click before that would go nowhere.
        await again.WaitForFunctionAsync("() => window.storyNarration !== undefined", null, new() { Timeout = 30_000 });
        await again.GetByRole(AriaRole.Button, new() { Name = "Read aloud" }).ClickAsync();

        Assert.Equal(new[] { 0, 1, 2, 3 }, await PlayedToTheEndAsync(again, 4));
        // Only the two missing sentences were synthesised (two at a time, so in either order).
        Assert.Equal(FourSentences[2..].Order(), servers.Spoken.Skip(before).Order());
    }

    [Fact]
    public async Task Narration_cut_short_by_a_closed_page_is_finished_when_read_aloud()
        => await ReadAloudAfterNarrationWasCutShortAsync(page => page.Context.CloseAsync());

    [Fact]
    public async Task Narration_cut_short_by_the_app_dying_is_finished_when_read_aloud()
        => await ReadAloudAfterNarrationWasCutShortAsync(async page =>
        {
            await servers.App.Server.KillAsync();
            await page.Context.CloseAsync();
            await servers.App.Server.StartAsync();
        });

    [Fact]
    public async Task A_scene_written_again_is_narrated_without_the_old_version()
    {
        servers.Spoken.Clear();
        servers.Fake.ReplyWith(Answer(FourSentences));
        var page = await NewPageAsync();
        await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes");
        await WaitForChoicesAsync(page);
        Assert.Equal(new[] { 0, 1, 2, 3 }, await PlayedToTheEndAsync(page, 4));

        servers.Fake.ReplyWith(Answer(ThreeOtherSentences));
        await page.GetByRole(AriaRole.Button, new() { Name = "Write this scene again" }).ClickAsync();
        await Expect(Scene(page, 1).Locator(".prose")).ToContainTextAsync(ThreeOtherSentences[0], new() { Timeout = 20_000 });
        await WaitForChoicesAsync(page);
        Assert.Equal(new[] { 0, 1, 2 }, await PlayedToTheEndAsync(page, 3));
        Assert.Equal(FourSentences.Concat(ThreeOtherSentences).Order(), servers.Spoken.Order());

        // The click reaches the queue through the server: until it does, the finished live narration's generation (three
        // sentences played, nothing pending) would pass for the reading's.
        var live = await page.EvaluateAsync<int>("() => window.storyNarration.generation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Read aloud" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => {{ const q = window.storyNarration; return q.generation !== {live} && q.log.filter(e => e.generation === q.generation).length >= 1; }}");
        Assert.Equal(new[] { 0, 1, 2 }, await PlayedToTheEndAsync(page, 3));
        Assert.Equal(7, servers.Spoken.Count); // replayed from the stored clips of the new text
    }

    [Fact]
    public async Task A_short_line_ending_in_a_colon_stays_shown_while_streaming_and_is_narrated_once()
    {
        const string label = "An unexpected thought came to";
        var text = $"The bell rang twice over the harbour.\n\n{label} Isolde:\nShe had heard that bell before, long ago in the north.\n\n"
            + "### What happens next?\n1. Follow the sound\n2. Stay by the fire";
        var tokens = OpenAICompatibleServer.SplitTokens(text).ToList();
        var colon = tokens.FindIndex(t => t.StartsWith("Isolde:", StringComparison.Ordinal));
        // Pauses before the word ahead of the colon, the colon's and the next, so the page shows each of those moments.
        servers.Fake.Handler = (ctx, request) => request.Stream
            ? OpenAICompatibleServer.StreamTextAsync(ctx, tokens, (10, 20), i => i >= colon - 1 && i <= colon + 1 ? Task.Delay(600) : Task.CompletedTask)
            : OpenAICompatibleServer.WriteCompletionAsync(ctx, text, (10, 20));
        servers.Spoken.Clear();
        var page = await NewPageAsync();
        await page.AddInitScriptAsync("""
            window.shownWhileWriting = [];
            new MutationObserver(() => {
                const prose = document.querySelector('.prose.streaming');
                if (prose) window.shownWhileWriting.push(prose.innerText);
            }).observe(document, { childList: true, subtree: true, characterData: true });
            """);
        await StartStoryAsync(page, "A bell in a northern harbour");
        await WaitForChoicesAsync(page);

        var shown = await page.EvaluateAsync<string[]>("() => window.shownWhileWriting");
        var first = Array.FindIndex(shown, s => s.Contains(label, StringComparison.Ordinal));
        Assert.True(first >= 0, "The line never showed while the scene was written.");
        Assert.All(shown[first..], s => Assert.Contains(label, s));

        await WaitForSpokenAsync(2);
        await PlayedToTheEndAsync(page, 2);
        Assert.Equal(new[] { "The bell rang twice over the harbour.", $"{label} Isolde: She had heard that bell before, long ago in the north." }.Order(),
            servers.Spoken.Order());
    }
}
