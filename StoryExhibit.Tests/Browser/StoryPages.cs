using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StoryExhibit.Tests.Browser;

/// <summary>What a visitor does on the start and story pages, found by role and name as a screen reader would.</summary>
public static class StoryPages
{
    public static ILocator Choices(IPage page) => page.GetByRole(AriaRole.Group, new() { Name = "Choices" }).GetByRole(AriaRole.Button);
    public static Task<IReadOnlyList<string>> ChoiceTextsAsync(IPage page) => Choices(page).Locator(".choice-text").AllInnerTextsAsync();
    public static ILocator TreeNodes(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Story tree" }).GetByRole(AriaRole.Button);
    public static ILocator Scene(IPage page, int number) => page.GetByRole(AriaRole.Article, new() { Name = $"Scene {number}", Exact = true });
    public static ILocator NextHeading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Name = "What happens next?" });

    /// <summary>A story page's address, ending in a new story's code (three words and five digits).</summary>
    public static readonly Regex StoryUrl = new("/story/[A-Z]+-[A-Z]+-[A-Z]+-[0-9]{5}$");

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Waits until the page is at an address, by polling it: a wait on the navigation event (WaitForURLAsync) has run out
    /// with the page already there, as Blazor navigates within the document and under load its event came while the
    /// wait was being set up.
    /// </summary>
    public static Task WaitForAddressAsync(IPage page, Regex address, float timeout = 15_000)
        => Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = timeout });

    /// <summary>Fills the start page and begins; returns the story's session code.</summary>
    public static async Task<string> StartStoryAsync(IPage page, string prompt = "A lighthouse keeper who collects lost echoes", string genre = "Mystery")
    {
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync(prompt);
        await page.GetByRole(AriaRole.Radio, new() { Name = genre }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        // The first story after a start waits for the app to warm up; a loaded machine has taken longer than 30 s.
        // The address is polled, not awaited as a navigation event: on a loaded machine a wait for the navigation ran out
        // with the page already at the story's address (the event had come while the wait was being set up). Polled
        // often, as the first scene streams from the moment the page opens and tests measure it from its first words.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!StoryUrl.IsMatch(page.Url) && waited.Elapsed < StartTimeout) await Task.Delay(20);
        if (!StoryUrl.IsMatch(page.Url))
        {
            // Says what the visitor saw instead of the story: a refusal, a problem with the form, or a page still busy.
            var alerts = await page.Locator("[role=alert], [role=status], .mud-input-helper-text").AllInnerTextsAsync();
            var beginShown = await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).CountAsync() > 0;
            throw new TimeoutException($"No story page after Begin: still at {page.Url}; Begin button {(beginShown ? "shown" : "gone")}; "
                + $"messages: [{string.Join(" | ", alerts.Where(a => a.Trim().Length > 0))}]");
        }
        return page.Url.Split('/')[^1];
    }

    /// <summary>Waits until scene <paramref name="sceneNumber"/> is the current one, finished, with its choices offered.</summary>
    public static async Task WaitForChoicesAsync(IPage page, int sceneNumber = 1)
    {
        await Assertions.Expect(page.Locator("article.scene.current")).ToHaveAttributeAsync("aria-label", $"Scene {sceneNumber}", new() { Timeout = 20_000 });
        await Assertions.Expect(NextHeading(page)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(Choices(page).First).ToBeVisibleAsync();
    }

    /// <summary>Waits until scene <paramref name="sceneNumber"/> is finished: choices offered, or the story's end.</summary>
    public static async Task WaitForChoicesOrEndAsync(IPage page, int sceneNumber)
    {
        await Assertions.Expect(page.Locator("article.scene.current")).ToHaveAttributeAsync("aria-label", $"Scene {sceneNumber}", new() { Timeout = 20_000 });
        await Assertions.Expect(NextHeading(page).Or(page.GetByText("The End", new() { Exact = true }))).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }

    public static async Task<string> ProseAsync(IPage page, int sceneNumber)
        => (await Scene(page, sceneNumber).Locator(".prose").InnerTextAsync()).Trim();
}
