using Microsoft.Playwright;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>What the feedback and dashboard tests do in the browser.</summary>
public static class AnalyticsPages
{
    /// <summary>Where the screenshots of the feedback form and the dashboard are written, to be looked at.</summary>
    public static string Shots
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("STORYEXHIBIT_SHOTS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Starts a story of the fewest scenes and always takes the first choice until the end; returns its code.</summary>
    public static async Task<string> FinishShortStoryAsync(IPage page, string prompt, string genre)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync(prompt);
        await page.GetByRole(AriaRole.Radio, new() { Name = genre }).ClickAsync();
        await page.Locator("#length").FillAsync(StoryExhibit.Core.Stories.StoryLimits.LengthMin.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await StoryPages.WaitForAddressAsync(page, StoryPages.StoryUrl);
        for (var scene = 1; scene <= StoryExhibit.Core.Stories.StoryLimits.LengthMax; scene++)
        {
            await WaitForChoicesOrEndAsync(page, scene);
            if (await page.GetByText("The End", new() { Exact = true }).IsVisibleAsync()) break;
            await Choices(page).First.ClickAsync();
        }
        await Assertions.Expect(page.GetByText("The End", new() { Exact = true })).ToBeVisibleAsync();
        return page.Url.Split('/')[^1];
    }
}
