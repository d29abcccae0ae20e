using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>Stories survive the server going away: reopened by code after a restart, and an open page recovers by itself.</summary>
public sealed class RestartTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_story_reopens_by_session_code_after_a_server_restart_and_an_open_page_recovers()
    {
        var server = app.Server;
        var page = await app.NewPageAsync();
        var code = await StartStoryAsync(page, "A cartographer drawing an island that keeps moving", "Adventure");
        await WaitForChoicesAsync(page);
        await Choices(page).First.ClickAsync();
        await WaitForChoicesAsync(page, 2);
        var first = await ProseAsync(page, 1);
        var second = await ProseAsync(page, 2);

        await server.KillAsync();
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await server.StartAsync();

        // The open page comes back by itself, on the same story and scene.
        await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Expect(Scene(page, 2)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(second, await ProseAsync(page, 2));

        // Another device opens it by code, typed loosely.
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/open");
        await phone.GetByLabel("Story code").FillAsync(code.ToLowerInvariant().Replace("-", " "));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        await Expect(Scene(phone, 2)).ToBeVisibleAsync();
        Assert.Equal(first, await ProseAsync(phone, 1));
        Assert.Equal(second, await ProseAsync(phone, 2));
        await Expect(TreeNodes(phone)).ToHaveCountAsync(2);
    }
}
