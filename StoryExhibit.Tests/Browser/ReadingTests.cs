using System.Text.Json;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Reading a story while it is written, and in each layout, as a visitor on a phone or at the kiosk.</summary>
public sealed class ReadingTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>
    /// Waits until the streaming scene holds at least <paramref name="words"/> words and reads, in the same instant,
    /// where the Stop button and the caret are on the screen and how far the page is scrolled.
    /// </summary>
    /// <remarks>
    /// With <paramref name="followed"/>, waits too until the caret is in the upper 70 % of the screen (the page scrolls to it
    /// smoothly, so a busy browser may be mid-way); a page that does not follow never gets there while the scene streams.
    /// </remarks>
    private static async Task<JsonElement> WhileStreamingAsync(IPage page, int words, bool followed = false)
    {
        var handle = await page.WaitForFunctionAsync("""
            ([words, followed]) => {
                const prose = document.querySelector('.prose.streaming');
                const stop = document.querySelector('button[aria-label="Stop writing"]');
                if (!prose || !stop || prose.innerText.trim().split(/\s+/).length < words) return null;
                const caret = prose.querySelector('.caret').getBoundingClientRect();
                if (followed && caret.bottom > window.innerHeight * 0.7) return null;
                const box = r => ({ x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom });
                return { stop: box(stop.getBoundingClientRect()), caret: box(caret), scrollY: window.scrollY, viewport: window.innerHeight };
            }
            """, new object[] { words, followed }, new() { Timeout = 20_000, PollingInterval = 20 });
        return await handle.JsonValueAsync<JsonElement>();
    }

    private static ILocator LayoutChoice(IPage page, string name) => page.Locator(".layout-picker .mud-toggle-item", new() { HasText = name });

    [Fact]
    public async Task While_a_scene_streams_the_page_follows_its_newest_line_and_Stop_stays_put()
    {
        var page = await app.NewPageAsync(390, 844);
        await StartStoryAsync(page, "A lighthouse keeper who collects lost echoes");

        var early = await WhileStreamingAsync(page, 6);
        var later = await WhileStreamingAsync(page, 70, followed: true); // well past the height of a phone screen

        Assert.Equal(early.GetProperty("stop").ToString(), later.GetProperty("stop").ToString());
        var stop = later.GetProperty("stop");
        Assert.InRange(stop.GetProperty("y").GetDouble(), 0, 844 - stop.GetProperty("height").GetDouble());
        // The newest line is on screen, in its upper part (the narration bar has the bottom), and the page scrolled to it.
        var caretBottom = later.GetProperty("caret").GetProperty("bottom").GetDouble();
        Assert.InRange(caretBottom, stop.GetProperty("bottom").GetDouble(), 844 * 0.7);
        Assert.True(later.GetProperty("scrollY").GetDouble() > early.GetProperty("scrollY").GetDouble(), $"The page did not follow the text: {early} then {later}.");
    }

    [Fact]
    public async Task After_a_choice_focus_lands_on_the_new_scene()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A clockmaker who repairs broken promises", "Fairy tale");
        await WaitForChoicesAsync(page);

        await Choices(page).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var heading = Scene(page, 2).GetByRole(AriaRole.Heading);
        await Expect(heading).ToBeFocusedAsync();
        await Expect(heading).ToContainTextAsync("Scene 2");
        await WaitForChoicesAsync(page, 2);
        await Expect(heading).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Slides_chosen_on_the_start_page_move_with_the_arrow_keys()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync("A cartographer who maps the dreams of cities");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Adventure" }).ClickAsync();
        await LayoutChoice(page, "Slides").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex("/story/[A-Z-0-9]+\\?layout=slides$"));
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);

        var slide = page.Locator("article.slide");
        await Expect(slide).ToHaveCountAsync(1);
        await Expect(slide).ToHaveAttributeAsync("aria-label", "Scene 2");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(slide).ToHaveAttributeAsync("aria-label", "Scene 1");
        await Expect(page.GetByText("Scene 1 of 2")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowLeft"); // the first slide: nowhere further back
        await Expect(slide).ToHaveAttributeAsync("aria-label", "Scene 1");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(slide).ToHaveAttributeAsync("aria-label", "Scene 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await Expect(slide).ToHaveAttributeAsync("aria-label", "Scene 1");
    }

    [Fact]
    public async Task The_layout_switches_on_the_story_page_and_is_kept_on_reload()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A beekeeper whose bees carry messages", "Fairy tale");
        await WaitForChoicesAsync(page);
        var prose = await ProseAsync(page, 1);
        await Expect(page.Locator(".novella")).ToBeVisibleAsync();

        await LayoutChoice(page, "Comic strip").ClickAsync();
        await Expect(page.Locator("ol.comic-strip article.comic-panel")).ToHaveCountAsync(1);
        await Expect(page.Locator(".novella")).ToHaveCountAsync(0);
        Assert.Equal(prose, await ProseAsync(page, 1));
        await WaitForAddressAsync(page, new System.Text.RegularExpressions.Regex("\\?layout=comic$"));

        await page.ReloadAsync();
        await Expect(page.Locator("ol.comic-strip article.comic-panel")).ToHaveCountAsync(1);
        await Expect(Choices(page).First).ToBeVisibleAsync();

        await LayoutChoice(page, "Slides").ClickAsync();
        await Expect(page.Locator(".slide-deck article.slide")).ToHaveAttributeAsync("aria-label", "Scene 1");
        await LayoutChoice(page, "Novella").ClickAsync();
        await Expect(page.Locator(".novella article.scene")).ToHaveCountAsync(1);
        await WaitForAddressAsync(page, StoryUrl);
    }

    /// <summary>
    /// The story page's own animations (the caret, the tree's pulse on the scene being written, entrances) while a scene
    /// streams: which run, and which properties they animate.
    /// </summary>
    private static async Task<JsonElement> AnimationsWhileStreamingAsync(IPage page)
    {
        var handle = await page.WaitForFunctionAsync("""
            () => {
                if (!document.querySelector('.prose.streaming') || !document.querySelector('.node.writing')) return null;
                const ignored = new Set(['offset', 'computedOffset', 'easing', 'composite']);
                return document.getAnimations()
                    .filter(a => a.playState === 'running' && a.effect?.target?.closest?.('.tree, .scene'))
                    .map(a => ({
                        name: a.animationName,
                        on: a.effect.target.className + (a.effect.pseudoElement ?? ''),
                        properties: [...new Set(a.effect.getKeyframes().flatMap(k => Object.keys(k).filter(p => !ignored.has(p))))],
                    }));
            }
            """, null, new() { Timeout = 20_000, PollingInterval = 20 });
        return await handle.JsonValueAsync<JsonElement>();
    }

    [Fact]
    public async Task While_a_scene_streams_only_opacity_and_movement_animate_and_with_reduced_motion_nothing_does()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A beekeeper whose bees carry messages", "Fairy tale");
        var animations = (await AnimationsWhileStreamingAsync(page)).EnumerateArray().ToList();
        Assert.Contains(animations, a => a.GetProperty("name").GetString() == "pulse" && a.GetProperty("on").GetString()!.EndsWith("::after", StringComparison.Ordinal));
        // Opacity and transform are animated by the compositor; a box-shadow or a colour would repaint the page every frame.
        foreach (var animation in animations)
            Assert.All(animation.GetProperty("properties").EnumerateArray(), p => Assert.Contains(p.GetString(), new[] { "opacity", "transform" }));

        var still = await app.NewPageAsync(reducedMotion: true);
        await StartStoryAsync(still, "A beekeeper whose bees carry messages", "Fairy tale");
        Assert.Equal("[]", (await AnimationsWhileStreamingAsync(still)).ToString());
    }

    /// <summary>
    /// Puts MudBlazor's waiting indicators on the start page, as MudBlazor 9 renders them (an indeterminate
    /// <c>MudProgressLinear</c>, a pulsing and a waving <c>MudSkeleton</c>), and reads which animations run and how wide
    /// the bar's first stripe is against its track.
    /// </summary>
    private static async Task<JsonElement> WaitingIndicatorsAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Begin" })).ToBeVisibleAsync();
        return await page.EvaluateAsync<JsonElement>("""
            () => {
                const host = document.createElement('div');
                host.innerHTML = `
                    <div class="mud-progress-linear mud-progress-linear-rounded mud-progress-linear-color-primary mud-progress-indeterminate horizontal mud-progress-linear-small" role="progressbar" style="width: 300px">
                      <div class="mud-progress-linear-bars"><div class="mud-progress-linear-bar"></div><div class="mud-progress-linear-bar"></div></div>
                    </div>
                    <div class="mud-skeleton mud-skeleton-rect mud-skeleton-pulse" style="height: 40px"></div>
                    <div class="mud-skeleton mud-skeleton-rect mud-skeleton-wave" style="height: 40px"></div>`;
                document.body.append(host);
                const track = host.querySelector('.mud-progress-linear').getBoundingClientRect();
                const stripe = host.querySelector('.mud-progress-linear-bar').getBoundingClientRect();
                return {
                    running: document.getAnimations().filter(a => host.contains(a.effect?.target)).map(a => a.animationName),
                    stripeShare: stripe.width / track.width,
                    stripeHeight: stripe.height,
                };
            }
            """);
    }

    [Fact]
    public async Task With_reduced_motion_waiting_bars_and_skeletons_stand_still_and_the_bar_stays_visible()
    {
        var moving = await WaitingIndicatorsAsync(await app.NewPageAsync());
        Assert.Equal(4, moving.GetProperty("running").GetArrayLength());

        var still = await WaitingIndicatorsAsync(await app.NewPageAsync(reducedMotion: true));
        Assert.Equal("[]", still.GetProperty("running").ToString());
        Assert.Equal(1.0, still.GetProperty("stripeShare").GetDouble(), 2);
        Assert.True(still.GetProperty("stripeHeight").GetDouble() > 0);
    }
}
