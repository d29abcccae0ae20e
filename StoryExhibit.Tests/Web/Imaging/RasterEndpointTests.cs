using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Security;
using static StoryExhibit.Tests.Core.Imaging.TestPictures;

namespace StoryExhibit.Tests.Web.Imaging;

/// <summary>The whole app in the test process: canvas frames and scene pictures sized and encoded for the screen that asks.</summary>
public sealed class RasterEndpointTests(RasterEndpointTests.App app) : IClassFixture<RasterEndpointTests.App>
{
    private const string ChromeAccept = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

    private async Task<HttpResponseMessage> GetAsync(string url, string? accept = ChromeAccept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await app.Client.SendAsync(request);
    }

    private static async Task<(string? MediaType, int Width, int Height)> ReadRasterAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = Read(bytes);
        Assert.Equal(read.MediaType, response.Content.Headers.ContentType?.MediaType);
        return read;
    }

    private static void AssertCachedForGood(HttpResponseMessage response)
    {
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_frame_is_sized_for_the_screen_and_sent_as_webp_to_a_browser_that_takes_it_jpeg_otherwise()
    {
        var url = app.PublishFrame("lobby", OfflineSvg(ArtStyle.PixelArt));

        var webp = await GetAsync($"{url}?w=800&h=450");
        Assert.Equal(("image/webp", 800, 450), await ReadRasterAsync(webp));
        AssertCachedForGood(webp);
        Assert.Contains("Accept", webp.Headers.Vary);

        var jpeg = await GetAsync($"{url}?w=1280&h=1024", accept: "image/png,image/*;q=0.8");
        Assert.Equal(("image/jpeg", 1280, 720), await ReadRasterAsync(jpeg));
        AssertCachedForGood(jpeg);
    }

    [Fact]
    public async Task A_frame_asked_without_a_size_is_sent_as_published()
    {
        var svg = OfflineSvg(ArtStyle.Noir);
        var response = await GetAsync(app.PublishFrame("hall", svg));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(svg, await response.Content.ReadAsByteArrayAsync());
        AssertCachedForGood(response);
        AssertPictureOnly(response);
    }

    /// <summary>A provider's SVG opened on its own runs nothing and fetches nothing.</summary>
    private static void AssertPictureOnly(HttpResponseMessage response)
        => Assert.Equal(SecurityHeaders.PictureOnlyPolicy, response.Headers.GetValues("Content-Security-Policy").Single());

    [Fact]
    public async Task An_absurd_screen_size_is_brought_into_bounds_and_a_models_picture_is_never_enlarged()
    {
        var url = app.PublishFrame("wall", Encoded(SKEncodedImageFormat.Png, 640, 360), "image/png");
        Assert.Equal(("image/webp", 640, 360), await ReadRasterAsync(await GetAsync($"{url}?w=99999&h=99999")));
        Assert.Equal(("image/webp", 16, 9), await ReadRasterAsync(await GetAsync($"{url}?w=1&h=1")));
    }

    [Theory]
    [InlineData("w=abc&h=450")]
    [InlineData("w=800")]
    [InlineData("h=450")]
    [InlineData("w=-800&h=450")]
    [InlineData("w=0&h=0")]
    [InlineData("w=8.5&h=450")]
    public async Task A_size_that_is_not_two_whole_numbers_is_refused_with_a_reason(string query)
    {
        var response = await GetAsync($"{app.PublishFrame("foyer", OfflineSvg(ArtStyle.PixelArt))}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("w", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task Unknown_frames_and_canvases_are_not_found()
    {
        app.PublishFrame("atrium", OfflineSvg(ArtStyle.PixelArt));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/canvas/atrium/frames/no-such-frame?w=800&h=450")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/canvas/no-such-canvas/frames/x-1?w=800&h=450")).StatusCode);
    }

    [Fact]
    public async Task A_scene_picture_has_a_small_thumbnail_for_the_story_tree_and_a_screen_sized_raster()
    {
        var id = await app.PaintPictureAsync(ArtStyle.Storybook);

        var thumb = await GetAsync($"/illustrations/{id}/thumb");
        Assert.Equal(("image/webp", 320, 180), await ReadRasterAsync(thumb));
        AssertCachedForGood(thumb);
        Assert.Contains("Accept", thumb.Headers.Vary);
        Assert.Equal(("image/jpeg", 320, 180), await ReadRasterAsync(await GetAsync($"/illustrations/{id}/thumb", accept: "image/jpeg")));

        Assert.Equal(("image/webp", 640, 360), await ReadRasterAsync(await GetAsync($"/illustrations/{id}?w=640&h=480")));

        var original = await GetAsync($"/illustrations/{id}");
        Assert.Equal("image/svg+xml", original.Content.Headers.ContentType?.MediaType);
        AssertPictureOnly(original);
    }

    [Fact]
    public async Task Thumbnails_of_unknown_pictures_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/illustrations/{Guid.NewGuid()}/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/illustrations/{Guid.NewGuid()}?w=640&h=360")).StatusCode);
    }

    public sealed class App : InProcessApp
    {
        /// <summary>Publishes a frame on a canvas hub board and returns its address.</summary>
        public string PublishFrame(string slug, byte[] bytes, string mediaType = "image/svg+xml")
        {
            var hub = Services.GetRequiredService<CanvasHub>();
            var frame = new CanvasFrame { Id = hub.NextFrameId(), ChangedAt = DateTimeOffset.UtcNow, Bytes = bytes, MediaType = mediaType };
            hub.Publish(slug, frame);
            return frame.UrlFor(slug);
        }

        /// <summary>A scene picture painted by the app's own worker and offline illustrator.</summary>
        public async Task<Guid> PaintPictureAsync(ArtStyle style)
        {
            var story = await Services.GetRequiredService<StoryEngine>().StartAsync(
                new StorySeed { Prompt = "A fox finds a silver compass", Genre = "Adventure", Characters = ["Mira"], ArtStyle = style }, default);
            var scene = new Scene { StoryId = story.Id, Number = 1, Prose = "At dawn Mira walked into the misty forest with the fox.", State = SceneState.Complete };
            await Services.GetRequiredService<StoryStore>().AddSceneAsync(scene, default);
            var pictures = Services.GetRequiredService<SceneIllustrations>();
            var picture = await pictures.RequestAsync(story, scene, default);
            for (var i = 0; i < 400 && picture?.State != IllustrationState.Ready; i++)
            {
                await Task.Delay(25);
                picture = await pictures.FindAsync(picture!.Id, default);
            }
            Assert.Equal(IllustrationState.Ready, picture?.State);
            return picture!.Id;
        }
    }
}
