using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>A visitor creating and playing through a branching story in headless Chromium against the real app.</summary>
public sealed class StoryLoopTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_new_story_streams_in_word_by_word_and_then_offers_choices()
    {
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page);
        Assert.Matches("^[A-Z]{3,7}-[A-Z]{3,7}-[A-Z]{3,7}-[0-9]{5}$", code);

        // The scene grows while it is written: the prose being written gets longer before it is finished (a cold app's
        // first words may take a moment to follow its first render, so this waits for the growth rather than a fixed time).
        var caret = page.Locator(".prose.streaming");
        await Expect(caret).ToBeVisibleAsync();
        var early = (await caret.InnerTextAsync()).Length;
        await page.WaitForFunctionAsync("early => (document.querySelector('.prose.streaming')?.innerText.length ?? 0) > early", early, new() { Timeout = 10_000 });

        await WaitForChoicesAsync(page);
        var choices = await ChoiceTextsAsync(page);
        Assert.InRange(choices.Count, 2, 3);
        Assert.Equal(choices.Count, choices.Distinct().Count());
        Assert.True((await ProseAsync(page, 1)).Split(' ').Length > 40, "The first scene is too short.");
        await Expect(page.GetByText($"Story code {code}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Choosing_writes_the_next_scene_and_branching_from_an_earlier_node_keeps_the_old_branch()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "Twins who swap places every full moon", "Fantasy");
        await WaitForChoicesAsync(page);
        var firstChoices = await ChoiceTextsAsync(page);

        await Choices(page).First.ClickAsync();
        await Expect(Scene(page, 2)).ToBeVisibleAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync(firstChoices[0]);
        await WaitForChoicesAsync(page, 2);
        var secondScene = await ProseAsync(page, 2);
        await Expect(TreeNodes(page)).ToHaveCountAsync(2);

        // Back to the first scene through the tree, and down the other path.
        await TreeNodes(page).First.ClickAsync();
        await Expect(Scene(page, 2)).ToHaveCountAsync(0);
        await Expect(Choices(page).First).ToContainTextAsync("read before");
        await Choices(page).Nth(1).ClickAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync(firstChoices[1]);
        await WaitForChoicesAsync(page, 2);
        Assert.NotEqual(secondScene, await ProseAsync(page, 2));

        // Both branches are in the tree; the current path is the new one.
        await Expect(TreeNodes(page)).ToHaveCountAsync(3);
        var current = page.GetByRole(AriaRole.Navigation, new() { Name = "Story tree" }).Locator("[aria-current=step]");
        await Expect(current).ToContainTextAsync(firstChoices[1][..Math.Min(20, firstChoices[1].Length)]);

        // The old branch is still there to revisit, unchanged.
        await TreeNodes(page).Nth(1).ClickAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync(firstChoices[0]);
        Assert.Equal(secondScene, await ProseAsync(page, 2));
    }

    [Fact]
    public async Task Regenerating_the_last_scene_writes_it_differently()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A baker whose bread remembers dreams", "Fairy tale");
        await WaitForChoicesAsync(page);
        var before = await ProseAsync(page, 1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Write this scene again" }).ClickAsync();
        await Expect(page.Locator(".prose.streaming")).ToBeVisibleAsync();
        await WaitForChoicesAsync(page);
        Assert.NotEqual(before, await ProseAsync(page, 1));
        await Expect(TreeNodes(page)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_visitor_can_write_their_own_choice()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A detective cat in a city of umbrellas", "Mystery");
        await WaitForChoicesAsync(page);
        var own = page.GetByLabel("Something else");
        await own.FillAsync("x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("a few words");

        await own.FillAsync("The cat opens the red umbrella");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync("The cat opens the red umbrella");
        await WaitForChoicesAsync(page, 2);
    }

    [Fact]
    public async Task The_start_form_explains_what_is_wrong()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await Expect(page.GetByText("Tell the storyteller what your story is about.")).ToBeVisibleAsync();

        // The box stops at the limit its counter shows (the server's own check of a longer idea is in StoryRulesTests,
        // and a longer value forced in by a script is caught by TextInputTests).
        var idea = page.GetByLabel("What is your story about?");
        await idea.FillAsync(new string('a', 700));
        Assert.Equal(500, (await idea.InputValueAsync()).Length);
        await Expect(page.GetByText("500 / 500")).ToBeVisibleAsync();
        Assert.EndsWith("/", page.Url);
    }

    [Fact]
    public async Task An_unknown_code_says_so_and_offers_a_way_on()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/story/OWL-0000");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We could not find that story" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Start a new story" })).ToBeVisibleAsync();
    }
}
