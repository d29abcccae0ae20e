using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace StoryExhibit.Tests.Browser;

/// <summary>A canvas screen read through <c>window.canvasStats</c>, and the staff page's canvas form.</summary>
public static class CanvasPages
{
    public const string ShotsFolder = "/tmp/canvas-shots";

    public sealed record Stats(int FramesShown, string? LastFrameId, string? Server, int ServerRestarts, double[] Latencies);

    public static async Task<Stats> StatsAsync(IPage page)
    {
        var s = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            "() => { const s = window.canvasStats; return { framesShown: s.framesShown, lastFrameId: s.lastFrameId, server: s.server, serverRestarts: s.serverRestarts, latencies: s.latencies }; }");
        return new Stats(s.GetProperty("framesShown").GetInt32(), s.GetProperty("lastFrameId").GetString(), s.GetProperty("server").GetString(),
            s.GetProperty("serverRestarts").GetInt32(), [.. s.GetProperty("latencies").EnumerateArray().Select(l => l.GetDouble())]);
    }

    public static async Task<int> FramesShownAsync(IPage page) => (await StatsAsync(page)).FramesShown;

    public static async Task OpenCanvasAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/canvas/{slug}");
        await page.WaitForFunctionAsync("() => window.canvasStats !== undefined");
    }

    public static async Task WaitForFramesAsync(IPage page, int atLeast, float timeout = 15_000)
        // window.canvasStats is briefly missing while a screen reloads itself (after a server restart) and its circuit starts.
        => await page.WaitForFunctionAsync($"() => (window.canvasStats?.framesShown ?? 0) >= {atLeast}", null, new() { Timeout = timeout });

    /// <summary>The error shown under the form field labelled <paramref name="label"/>.</summary>
    public static ILocator FieldError(IPage page, string label) =>
        page.Locator(".mud-input-control", new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Locator(".mud-input-helper-text.mud-input-error");

    /// <summary>Picks <paramref name="option"/> in the form's select labelled <paramref name="label"/>.</summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).First.ClickAsync();
    }

    public static async Task OpenStaffPageAsync(IPage page)
    {
        await page.GotoAsync("/settings/canvases");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Canvases", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("form.canvas-form")).ToBeVisibleAsync();
    }

    /// <summary>Fills the "New canvas" form: a test pattern, or a live canvas when <paramref name="prompt"/> is given.</summary>
    public static async Task CreateCanvasAsync(IPage page, string slug, double fps, string? prompt = null, string? title = null)
    {
        await page.GetByLabel("Address", new() { Exact = true }).FillAsync(slug);
        if (title is not null) await page.GetByLabel("Title (optional)").FillAsync(title);
        if (prompt is not null)
        {
            await ChooseAsync(page, "Shows", "Live generator");
            await page.GetByLabel("Prompt", new() { Exact = true }).FillAsync(prompt);
        }
        var fpsBox = page.GetByLabel("Frames a second");
        await fpsBox.FillAsync(fps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await fpsBox.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create canvas" }).ClickAsync();
    }

    public static ILocator CanvasItem(IPage page, string slug) => page.GetByRole(AriaRole.Listitem, new() { Name = $"Canvas {slug}", Exact = true });
}
