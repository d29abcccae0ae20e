using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.StoryIllustrator;

public static class StoryIllustratorServices
{
    /// <summary>Registers the studio's illustrator: its limits, uploads, URL reader and the <see cref="JobKinds.Illustrator"/> job kind.</summary>
    public static IServiceCollection AddStoryIllustrator(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = IllustratorOptions.Section;
        services.AddOptions<IllustratorOptions>().Bind(section)
            .Validate(o => o.MaxBytes is >= 1024 and <= 100L * 1024 * 1024, $"{s}:MaxBytes must be between 1 KB and 100 MB.")
            .Validate(o => o.MaxPictures is >= 1 and <= 50, $"{s}:MaxPictures must be between 1 and 50.")
            .Validate(o => o.MaxTextCharacters is >= 1000 and <= 5_000_000, $"{s}:MaxTextCharacters must be between 1,000 and 5,000,000.")
            .Validate(o => o.UrlTimeout > TimeSpan.Zero && o.UrlTimeout <= TimeSpan.FromMinutes(2), $"{s}:UrlTimeout must be between 0 and 2 minutes.")
            .Validate(o => o.MaxRedirects is >= 0 and <= 10, $"{s}:MaxRedirects must be between 0 and 10.")
            .ValidateOnStart();
        services.AddSingleton<IllustratorUploads>();
        services.AddSingleton<UrlText>();
        services.AddJobKind<IllustratorInput, IllustratorHandler>(JobKinds.Illustrator, maxConcurrency: 1);
        return services;
    }
}
