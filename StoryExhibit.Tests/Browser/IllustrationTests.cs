using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Every scene gets a picture in the chosen style; a picture service that is down never costs the scene.</summary>
public sealed class IllustrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Each_scene_gets_a_picture_in_the_chosen_style_served_over_http_with_caching()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("What is your story about?").FillAsync("A detective cat in a city of umbrellas");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Mystery" }).ClickAsync();
        await page.GetByText("Noir", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Begin the story" }).ClickAsync();
        await WaitForChoicesAsync(page);

        var picture = Scene(page, 1).GetByRole(AriaRole.Img);
        await Expect(picture).ToBeVisibleAsync();
        await Expect(picture).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("noir", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        var source = await picture.GetAttributeAsync("src");
        Assert.Matches("^/illustrations/[0-9a-f-]{36}$", source);

        var response = await page.APIRequest.GetAsync(source!);
        Assert.Equal(200, response.Status);
        Assert.Equal("image/svg+xml", response.Headers["content-type"]);
        Assert.Contains("immutable", response.Headers["cache-control"]);
        Assert.True(await page.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0", await picture.ElementHandleAsync()));

        // The story tree shows the same vectors, already in the browser, drawn at its size; rasters have a small copy for it.
        var thumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Story tree" }).Locator("img.node-thumb");
        await Expect(thumb).ToHaveAttributeAsync("src", source!);
        await Expect(thumb).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumb.EvaluateAsync<bool>("img => img.naturalWidth > 0"));
        var thumbnail = await page.APIRequest.GetAsync(source + "/thumb", new() { Headers = new Dictionary<string, string> { ["Accept"] = "image/webp" } });
        Assert.Equal("image/webp", thumbnail.Headers["content-type"]);
    }
}

/// <summary>With the picture service unreachable: the scene stays, the visitor can retry or go on without a picture.</summary>
public sealed class IllustrationFailureTests(IllustrationFailureTests.PictureServiceDown app) : IClassFixture<IllustrationFailureTests.PictureServiceDown>
{
    public sealed class PictureServiceDown() : AppFixture(new Dictionary<string, string>
    {
        ["Generation__Images__Provider"] = "SdxlTurbo",
        ["Generation__Images__SdxlTurbo__Endpoint"] = "http://127.0.0.1:9",
        ["Generation__Images__SdxlTurbo__MaxRetries"] = "0",
    });

    [Fact]
    public async Task A_failed_picture_offers_a_retry_and_continuing_without_it_keeps_the_scene()
    {
        var page = await app.NewPageAsync();
        await StartStoryAsync(page, "A baker whose bread remembers dreams", "Fairy tale");
        await WaitForChoicesAsync(page);
        var failed = Scene(page, 1).GetByRole(AriaRole.Status).Filter(new() { HasText = "could not" });
        await Expect(failed).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(Scene(page, 1).GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();

        await Scene(page, 1).GetByRole(AriaRole.Button, new() { Name = "Continue without a picture" }).ClickAsync();
        await Expect(failed).ToHaveCountAsync(0);
        Assert.True((await ProseAsync(page, 1)).Length > 100);
        await Expect(Choices(page).First).ToBeVisibleAsync();
    }
}
