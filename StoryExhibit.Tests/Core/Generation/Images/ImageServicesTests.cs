using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Generation.Images.OpenAI;

namespace StoryExhibit.Tests.Core.Generation.Images;

public sealed class ImageServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddImages(config.GetSection(ImageOptions.Section)).BuildServiceProvider();
    }

    [Fact]
    public void Offline_is_the_default_for_pictures_and_live_canvases()
    {
        using var sp = Build([]);
        Assert.Equal("offline", sp.GetRequiredService<IIllustrator>().Name);
        Assert.Equal("offline", sp.GetRequiredService<ILiveIllustrator>().Name);
    }

    [Fact]
    public void Sdxl_turbo_is_chosen_by_configuration()
    {
        using var sp = Build(new() { ["Generation:Images:Provider"] = "SdxlTurbo", ["Generation:Images:SdxlTurbo:Endpoint"] = "http://gpu-box:50051", ["Generation:Images:SdxlTurbo:Steps"] = "2" });
        Assert.Equal(SdxlTurboIllustrator.Provider, sp.GetRequiredService<IIllustrator>().Name);
        Assert.Equal(SdxlTurboIllustrator.Provider, sp.GetRequiredService<ILiveIllustrator>().Name);
        Assert.Equal(2, sp.GetRequiredService<IOptions<ImageOptions>>().Value.SdxlTurbo.Steps);
    }

    [Fact]
    public void OpenAI_pictures_with_offline_live_canvases()
    {
        using var sp = Build(new() { ["Generation:Images:Provider"] = "OpenAI", ["Generation:Images:OpenAI:Model"] = "dall-e-3", ["Generation:Images:OpenAI:Size"] = "1792x1024" });
        Assert.Equal(OpenAIIllustrator.Provider, sp.GetRequiredService<IIllustrator>().Name);
        Assert.Equal("offline", sp.GetRequiredService<ILiveIllustrator>().Name);
    }

    [Theory]
    [InlineData("Provider", "SdxlTurbo", "SdxlTurbo:Steps", "0", "Steps must be between 1 and 50")]
    [InlineData("Provider", "OpenAI", "OpenAI:Size", "big", "OpenAI:Size must look like 1536x1024")]
    [InlineData("Provider", "OpenAI", "OpenAI:Model", "", "OpenAI:Model must name the model")]
    [InlineData("LiveProvider", "OpenAI", "Width", "1920", "LiveProvider must be Offline or SdxlTurbo")]
    [InlineData("Provider", "Offline", "Width", "10", "Width and Generation:Images:Height must be between")]
    public void Bad_settings_stop_the_app_with_a_clear_message(string key1, string value1, string key2, string value2, string message)
    {
        using var sp = Build(new() { ["Generation:Images:" + key1] = value1, ["Generation:Images:" + key2] = value2 });
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ImageOptions>>().Value);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public async Task OpenAI_illustrator_returns_the_bytes_of_the_answer()
    {
        var png = Convert.FromHexString("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D49444154789C6360000002000154A24F5D0000000049454E44AE426082");
        string? sent = null;
        using var http = new HttpClient(new Stub(async req =>
        {
            sent = await req.Content!.ReadAsStringAsync();
            return Json($"{{\"created\":1,\"data\":[{{\"b64_json\":\"{Convert.ToBase64String(png)}\"}}]}}");
        }));
        var illustrator = new OpenAIIllustrator(new OpenAIImageOptions { Endpoint = new Uri("http://images.test/v1"), Model = "gpt-image-1", Size = "1536x1024", MaxRetries = 0 }, http);

        var image = await illustrator.GenerateAsync(new ImageRequest { Prompt = "A fox in the snow", Style = ArtStyle.Comic, Characters = ["Fen"] }, CancellationToken.None);

        Assert.Equal(png, image.Bytes);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal((1536, 1024), (image.Width, image.Height));
        Assert.Contains("\"model\":\"gpt-image-1\"", sent);
        Assert.Contains("comic book panel", sent);
        Assert.Contains("Fen", image.AltText);
    }

    [Fact]
    public async Task OpenAI_illustrator_failures_are_visitor_safe()
    {
        using var http = new HttpClient(new Stub(_ => Task.FromResult(Json("{\"error\":{\"message\":\"Incorrect API key sk-123\"}}", HttpStatusCode.Unauthorized))));
        var illustrator = new OpenAIIllustrator(new OpenAIImageOptions { Endpoint = new Uri("http://images.test/v1"), MaxRetries = 0 }, http);

        var ex = await Assert.ThrowsAsync<GenerationException>(() => illustrator.GenerateAsync(new ImageRequest { Prompt = "A fox" }, CancellationToken.None));
        Assert.Equal("The picture service refused the credentials.", ex.Message);
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class Stub(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request);
    }
}
