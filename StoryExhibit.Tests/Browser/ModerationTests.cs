using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>What a visitor types is checked against the story's audience and rating, in the real app in headless Chromium.</summary>
public sealed class ModerationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string IssueChoice = "The monster stabs Hugo with a knife and there is blood everywhere, damn it";

    [Fact]
    public async Task In_a_gentle_childrens_story_the_issues_own_choice_is_refused_kept_in_its_box_and_kept_out_of_the_tree()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync("Hugo the hedgehog looks for his lost scarf");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Fairy tale" }).ClickAsync();
        await page.Locator(".mud-toggle-item", new() { HasText = "Children" }).ClickAsync();
        await page.Locator(".mud-toggle-item", new() { HasTextRegex = new Regex("^\\s*Gentle\\s*$") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForAddressAsync(page, StoryUrl);
        await WaitForChoicesAsync(page);

        var own = page.GetByLabel("Something else");
        await own.FillAsync(IssueChoice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();

        await Expect(page.Locator("#own-choice-error")).ToContainTextAsync("Let's keep this story gentle: try another idea for what happens next.");
        await Expect(own).ToHaveValueAsync(IssueChoice);
        await Expect(own).ToHaveAttributeAsync("aria-invalid", "true");
        // Nothing was written after it: one scene, one node, and the text is nowhere in the tree or the story.
        await Expect(TreeNodes(page)).ToHaveCountAsync(1);
        await Expect(Scene(page, 2)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Story tree" })).Not.ToContainTextAsync("stabs");
        await Expect(page.Locator("article.scene")).Not.ToContainTextAsync("stabs");

        // A gentle idea instead is taken as usual.
        await own.FillAsync("Hugo asks the owl where the scarf went");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go with my idea" }).ClickAsync();
        await Expect(Scene(page, 2).GetByText("You chose:")).ToContainTextAsync("Hugo asks the owl where the scarf went");
    }
}
