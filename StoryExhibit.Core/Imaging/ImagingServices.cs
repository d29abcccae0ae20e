using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Imaging;

public static class ImagingServices
{
    public static IServiceCollection AddImaging(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = ImagingOptions.Section;
        services.AddOptions<ImagingOptions>().Bind(section)
            .Validate(o => o.JpegQuality is >= 1 and <= 100 && o.WebPQuality is >= 1 and <= 100 && o.ExportJpegQuality is >= 1 and <= 100,
                $"{s}:JpegQuality, {s}:WebPQuality and {s}:ExportJpegQuality must be between 1 and 100.")
            .Validate(o => o.MaxEffectsWidth is >= RasterBox.MinSide and <= RasterBox.MaxSide, $"{s}:MaxEffectsWidth must be between {RasterBox.MinSide} and {RasterBox.MaxSide}.")
            .Validate(o => o.ThumbnailWidth is >= RasterBox.MinSide and <= 1024, $"{s}:ThumbnailWidth must be between {RasterBox.MinSide} and 1024.")
            .Validate(o => o.CacheMegabytes is >= 1 and <= 4096, $"{s}:CacheMegabytes must be between 1 and 4096.")
            .ValidateOnStart();
        services.AddSingleton<PictureRasterizer>();
        return services;
    }
}
