using Microsoft.Playwright;
using SkiaSharp;
using StoryExhibit.Tests.Infrastructure;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using static Microsoft.Playwright.Assertions;
using static StoryExhibit.Tests.Browser.StoryPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>The QR code beside a story's code, read from a screenshot by a decoder that has nothing to do with the app's QR library.</summary>
public sealed class StoryQrCodeTests(StoryQrCodeTests.PublicApp app) : IClassFixture<StoryQrCodeTests.PublicApp>
{
    public const string PublicBaseUrl = "https://stories.example.org/exhibit/";

    public sealed class PublicApp() : AppFixture(new Dictionary<string, string> { ["Exhibit__PublicBaseUrl"] = PublicBaseUrl });

    [Theory]
    [InlineData("kiosk", 1920, 1080)]
    [InlineData("phone", 390, 844)]
    public async Task A_phone_reading_the_QR_code_opens_the_story_at_the_configured_address(string name, int width, int height)
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.Server.BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        app.CspViolations.Watch(page);
        var code = await StartStoryAsync(page);
        await WaitForChoicesAsync(page);

        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code: scan it with a phone to open this story there" });
        await Expect(qr).ToBeVisibleAsync();
        await Expect(page.GetByText("Scan to read on a phone")).ToBeVisibleAsync();
        // The app answers at 127.0.0.1: the address in the code is the configured one, not the request's Host.
        Assert.Equal($"https://stories.example.org/exhibit/story/{code}", await ReadAsync(qr));
        Assert.Empty(app.CspViolations.Seen);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the screen.");
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, $"story-qr-code-{name}.png") });
    }

    /// <summary>
    /// Reads the code from a few screenshots if need be: one taken while the page still scrolls to the new scene can be
    /// smeared. The code is brought to the middle of the screen first: scrolled only just into view it sits under the sticky header.
    /// </summary>
    internal static async Task<string?> ReadAsync(ILocator qr)
    {
        string? text = null;
        for (var attempt = 0; attempt < 5 && text is null; attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            await qr.EvaluateAsync("e => e.scrollIntoView({ block: 'center', behavior: 'instant' })");
            text = Decode(await qr.ScreenshotAsync());
        }
        return text;
    }

    /// <summary>The text of the one QR code in a PNG, read from its pixels' brightness.</summary>
    private static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                luminance[y * bitmap.Width + x] = (byte)((c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000);
            }
        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
        return result?.Text;
    }
}
