using Microsoft.Playwright;
using StoryExhibit.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>The app with a paid live image provider configured (never reached: these tests only read estimates) and known prices.</summary>
public sealed class PaidProvidersApp() : AppFixture(new Dictionary<string, string>
{
    ["Generation:Images:LiveProvider"] = "SdxlTurbo",
    ["Generation:Images:SdxlTurbo:Endpoint"] = "http://127.0.0.1:9",
    ["Costs:Prices:SdxlTurboPerPicture"] = "0.002",
    ["Costs:DailyBudget"] = "20",
});

/// <summary>Staff setting budgets and seeing estimates, in headless Chromium against the real app.</summary>
public sealed class BudgetsTests(PaidProvidersApp app) : IClassFixture<PaidProvidersApp>
{
    public const string ShotsFolder = "/tmp/shots-costs";

    private async Task<IPage> OpenAsync(string path, int width = 1920, int height = 1080)
    {
        var page = await app.NewPageAsync(width, height);
        await app.SignInAsync(page);
        await page.GotoAsync(path);
        return page;
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task A_new_budget_is_saved_shown_in_the_record_and_kept_after_a_reload()
    {
        var page = await OpenAsync("/settings/budgets");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Budgets", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".budget-today")).ToContainTextAsync("Whole exhibit");
        await Expect(page.Locator(".estimate-story")).ToContainTextAsync("free"); // offline text, pictures and voice by default
        await Expect(page.GetByRole(AriaRole.Meter, new() { Name = "Whole exhibit" })).ToHaveAttributeAsync("aria-valuetext", "$0.00 spent of $20.00");
        await ShotAsync(page, "budgets-desktop");

        await page.GetByLabel("Whole exhibit, per day").FillAsync("12.5");
        await page.GetByLabel("Speech (narration and speech input), per day").FillAsync("3");
        await page.GetByLabel("Speech (narration and speech input), per day").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Budgets saved")).ToBeVisibleAsync();
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("Daily budget");
        await Expect(page.Locator(".settings-recent")).ToContainTextAsync("Speech budget (narration and speech input)");
        await Expect(page.GetByRole(AriaRole.Meter, new() { Name = "Whole exhibit" })).ToHaveAttributeAsync("aria-valuetext", "$0.00 spent of $12.50");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Whole exhibit, per day")).ToHaveValueAsync("12.5");
        await Expect(page.GetByLabel("Speech (narration and speech input), per day")).ToHaveValueAsync("3");
        await ShotAsync(page, "budgets-saved-desktop");

        var phone = await OpenAsync("/settings/budgets", 390, 844);
        await Expect(phone.Locator(".budget-today")).ToBeVisibleAsync();
        await Expect(phone.Locator("form.settings-form")).ToBeVisibleAsync();
        await ShotAsync(phone, "budgets-phone");
    }

    [Fact]
    public async Task A_negative_budget_is_refused_with_a_message_and_nothing_is_saved()
    {
        var page = await OpenAsync("/settings/budgets");
        await page.GetByLabel("Pictures, per day").FillAsync("-4");
        await page.GetByLabel("Pictures, per day").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("The pictures budget cannot be negative.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Nothing was saved")).ToBeVisibleAsync();
        await ShotAsync(page, "budgets-error-desktop");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Pictures, per day")).Not.ToHaveValueAsync("-4");
    }

    [Fact]
    public async Task The_canvases_page_shows_what_a_live_canvas_costs_an_hour_before_it_starts()
    {
        var page = await OpenAsync("/settings/canvases");
        await Expect(page.Locator("form.canvas-form")).ToBeVisibleAsync();
        await CanvasPages.ChooseAsync(page, "Shows", "Live generator");
        await page.GetByLabel("Frames a second").FillAsync("4");
        await page.GetByLabel("Frames a second").PressAsync("Tab");

        // 0.002 a frame × 4 frames a second × 3600 seconds.
        await Expect(page.Locator(".cost-estimate")).ToContainTextAsync("about $28.80 an hour at 4 frames a second with SDXL-Turbo");
        await ShotAsync(page, "canvases-estimate-desktop");

        await page.GetByLabel("Frames a second").FillAsync("0.5");
        await page.GetByLabel("Frames a second").PressAsync("Tab");
        await Expect(page.Locator(".cost-estimate")).ToContainTextAsync("about $3.60 an hour at 0.5 frames a second");
    }
}
