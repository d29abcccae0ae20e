using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Generation.Images;

public static class ImageServices
{
    /// <summary>
    /// Registers the configured <see cref="IIllustrator"/> and an <see cref="ILiveIllustrator"/> for live canvases, both following
    /// staff changes without a restart (<see cref="CurrentIllustrators"/>); a provider missing its settings in appsettings.json
    /// stops the app at start with a clear message.
    /// </summary>
    public static IServiceCollection AddImages(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = ImageOptions.Section;
        services.AddOptions<ImageOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.Provider), $"{s}:Provider must be Offline, SdxlTurbo or OpenAI.")
            .Validate(o => o.LiveProvider is null or ImageProvider.Offline or ImageProvider.SdxlTurbo, $"{s}:LiveProvider must be Offline or SdxlTurbo: OpenAI cannot stream frames.")
            .Validate(o => o.Width is >= ImageRequest.MinSide and <= ImageRequest.MaxSide && o.Height is >= ImageRequest.MinSide and <= ImageRequest.MaxSide,
                $"{s}:Width and {s}:Height must be between {ImageRequest.MinSide} and {ImageRequest.MaxSide}.")
            .Validate(o => o.Offline.FrameStep > TimeSpan.Zero, $"{s}:Offline:FrameStep must be above zero.")
            .Validate(o => !UsesSdxl(o) || o.SdxlTurbo.Endpoint is { IsAbsoluteUri: true, Scheme: "http" or "https" },
                $"{s}:SdxlTurbo:Endpoint must be an absolute http:// or https:// address such as http://localhost:50051.")
            .Validate(o => !UsesSdxl(o) || o.SdxlTurbo.Steps is >= 1 and <= 50, $"{s}:SdxlTurbo:Steps must be between 1 and 50 (SDXL-Turbo needs 1 to 4).")
            .Validate(o => !UsesSdxl(o) || o.SdxlTurbo.Timeout > TimeSpan.Zero && o.SdxlTurbo.MaxRetries >= 0, $"{s}:SdxlTurbo:Timeout must be above zero and MaxRetries not negative.")
            .Validate(o => o.Provider != ImageProvider.OpenAI || !string.IsNullOrWhiteSpace(o.OpenAI.Model), $"{s}:Provider is OpenAI, so {s}:OpenAI:Model must name the model (gpt-image-1, dall-e-3...).")
            .Validate(o => o.Provider != ImageProvider.OpenAI || ValidSize(o.OpenAI.Size), $"{s}:OpenAI:Size must look like 1536x1024, or be empty.")
            .Validate(o => o.Provider != ImageProvider.OpenAI || o.OpenAI.Endpoint is null or { IsAbsoluteUri: true, Scheme: "http" or "https" }, $"{s}:OpenAI:Endpoint must be an absolute http(s) address, or be empty for api.openai.com.")
            .ValidateOnStart();

        services.AddSingleton<CurrentIllustrators>();
        services.AddSingleton<IIllustrator, CurrentSceneIllustrator>();
        services.AddSingleton<ILiveIllustrator, CurrentLiveIllustrator>();
        return services;
    }

    private static bool UsesSdxl(ImageOptions o) => o.Provider == ImageProvider.SdxlTurbo || o.LiveProvider == ImageProvider.SdxlTurbo;

    private static bool ValidSize(string? size)
    {
        if (string.IsNullOrWhiteSpace(size)) return true;
        var parts = size.ToLowerInvariant().Split('x');
        return parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h) && w > 0 && h > 0;
    }
}
