using Microsoft.Playwright;
using StoryExhibit.Tests.Core.Generation.Images;
using StoryExhibit.Tests.Infrastructure;
using static StoryExhibit.Tests.Browser.CanvasPages;

namespace StoryExhibit.Tests.Browser;

/// <summary>
/// A live canvas fed by the SDXL-Turbo service (the independent grpc-js server): a small screen asks for each raster
/// frame at the size it shows it, in device pixels, and gets WebP made for that size; a wall-sized one takes it as it is.
/// </summary>
public sealed class CanvasRasterTests(CanvasRasterTests.LivePictureServer app) : IClassFixture<CanvasRasterTests.LivePictureServer>
{
    public sealed class LivePictureServer : AppFixture
    {
        private readonly GrpcTestServer _pictures;

        public LivePictureServer() : this(Started(new GrpcTestServer())) { }

        private LivePictureServer(GrpcTestServer pictures) : base(new Dictionary<string, string>
        {
            ["Generation__Images__LiveProvider"] = "SdxlTurbo",
            ["Generation__Images__SdxlTurbo__Endpoint"] = pictures.Address.ToString(),
        }) => _pictures = pictures;

        private static GrpcTestServer Started(GrpcTestServer server)
        {
            server.InitializeAsync().GetAwaiter().GetResult();
            return server;
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await _pictures.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_small_screen_asks_for_raster_frames_at_its_own_size_in_device_pixels()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 480, Height = 270 }, DeviceScaleFactor = 2,
        });
        var screen = await context.NewPageAsync();
        var frames = new List<IResponse>();
        screen.Response += (_, response) => { if (response.Url.Contains("/canvas/live/frames/")) lock (frames) frames.Add(response); };

        await OpenCanvasAsync(screen, "live");
        await WaitForFramesAsync(screen, 2);

        IResponse frame;
        lock (frames) frame = frames.Last(r => r.Status == 200);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(frame.Url).Query);
        Assert.Equal("960", query["w"]);
        Assert.Equal("540", query["h"]);
        Assert.Equal("image/webp", await frame.HeaderValueAsync("content-type"));
        Assert.Contains("immutable", await frame.HeaderValueAsync("cache-control"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_wall_sized_screen_takes_raster_frames_as_they_are()
    {
        var screen = await app.NewPageAsync(1920, 1080);
        var frames = new List<string>();
        screen.Request += (_, request) => { if (request.Url.Contains("/canvas/live/frames/")) lock (frames) frames.Add(request.Url); };

        await OpenCanvasAsync(screen, "live");
        await WaitForFramesAsync(screen, 2);

        lock (frames)
        {
            Assert.NotEmpty(frames);
            Assert.All(frames, url => Assert.DoesNotContain("?", url));
        }
        await screen.Context.CloseAsync();
    }
}
