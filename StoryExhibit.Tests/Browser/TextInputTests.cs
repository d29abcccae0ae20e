using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// Input the circuit cannot carry, set past the boxes' limits by a script: the connection stays up, the visitor reads
/// why, and their text stays in the box; invisible text counts as nothing typed.
/// </summary>
public sealed class TextInputTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>What a script can do that typing cannot: any value, past maxlength, then the events Blazor listens to.</summary>
    private static Task SetByScriptAsync(ILocator box, string value) => box.EvaluateAsync(
        "(box, value) => { box.value = value; box.dispatchEvent(new Event('input', { bubbles: true })); box.dispatchEvent(new Event('change', { bubbles: true })); }",
        value);

    private static async Task<bool> ConnectedAsync(IPage page)
    {
        // A round trip through the circuit: the genre buttons re-render only when the server answers.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Comedy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Comedy" })).ToHaveAttributeAsync("aria-checked", "true");
        return !await page.Locator("#components-reconnect-modal[open]").IsVisibleAsync();
    }

    [Fact]
    public async Task A_100_KB_idea_set_by_script_keeps_the_connection_and_the_text_and_says_why()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var prompt = page.GetByLabel("What is your story about?");
        await Expect(prompt).ToBeEditableAsync();
        var huge = string.Concat(Enumerable.Repeat("A dragon and a very long tale. ", 100_000 / 31 + 1))[..100_000];
        await SetByScriptAsync(prompt, huge);

        await Expect(page.GetByText("That is too long to send (100,000 characters)")).ToBeVisibleAsync();
        Assert.True(await ConnectedAsync(page), "The connection dropped.");
        Assert.Equal(100_000, await prompt.EvaluateAsync<int>("box => box.value.length"));

        // Beginning says so again and starts nothing; shortened, the same box starts the story.
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await Expect(page.GetByText("That is too long to send (100,000 characters)")).ToBeVisibleAsync();
        Assert.EndsWith("/", page.Url);
        await prompt.FillAsync("A dragon and a very long tale");
        await Expect(page.GetByText("That is too long to send")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/story/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A dragon and a very long tale", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_lone_surrogate_keeps_the_connection_and_the_story_starts_without_it()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var prompt = page.GetByLabel("What is your story about?");
        await Expect(prompt).ToBeEditableAsync();
        await SetByScriptAsync(prompt, "A fox \uD800 and a lantern");
        Assert.True(await ConnectedAsync(page), "The connection dropped.");
        Assert.Equal("A fox \uFFFD and a lantern", await prompt.InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/story/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A fox \uFFFD and a lantern", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Invisible_or_reversed_text_is_not_an_idea_and_stays_in_the_box()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        var prompt = page.GetByLabel("What is your story about?");
        await Expect(prompt).ToBeEditableAsync();
        await SetByScriptAsync(prompt, "\u200B\u200B\u200D\u2060\u202E\u0007");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await Expect(page.GetByText("Tell the storyteller what your story is about.")).ToBeVisibleAsync();
        Assert.Equal("\u200B\u200B\u200D\u2060\u202E\u0007", await prompt.InputValueAsync());

        await SetByScriptAsync(prompt, "\u202Ea clock that runs\u200B backwards\u0007");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, new Regex("/story/"));
        var title = page.Locator("#story-title");
        await Expect(title).ToHaveTextAsync("A clock that runs backwards");
    }

    [Fact]
    public async Task An_own_choice_set_past_its_limit_by_script_keeps_the_connection_and_the_text()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A detective cat in a city of umbrellas", "Mystery");
        await WaitForChoicesAsync(page);
        var own = page.GetByLabel("Something else");
        await SetByScriptAsync(own, new string('x', 100_000));
        await Expect(page.GetByText("That is too long to send (100,000 characters)")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        Assert.Equal(100_000, await own.EvaluateAsync<int>("box => box.value.length"));
        await Expect(Scene(page, 2)).ToHaveCountAsync(0);

        await own.FillAsync("The cat opens the red umbrella");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync("The cat opens the red umbrella");
    }
}
