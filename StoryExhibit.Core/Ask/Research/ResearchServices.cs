using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Ask.Research.Offline;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Ask.Research;

public static class ResearchServices
{
    /// <summary>Research answers (<c>Ask:Research</c>): the model and offline researchers, the <see cref="IResearchAnswerer"/> and its kernel plugin.</summary>
    public static IServiceCollection AddResearch(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = ResearchOptions.Section;
        services.AddOptions<ResearchOptions>().Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.WordNetFolder), $"{s}:WordNetFolder must name a folder (Debian's is /usr/share/wordnet).")
            .Validate(o => o.ModelPatience > TimeSpan.Zero, $"{s}:ModelPatience must be above zero.")
            .Validate(o => o.MaxAnswerTokens is > 0 and <= 4000, $"{s}:MaxAnswerTokens must be between 1 and 4000.")
            .ValidateOnStart();
        services.AddSingleton<OfflineResearcher>();
        services.AddSingleton<ModelResearcher>();
        services.AddSingleton<ModeratedAnswer>();
        services.AddSingleton<IResearchAnswerer, ResearchAnswerer>();
        services.AddGeneratorPlugin<ResearchPlugin>(ResearchPlugin.Name);
        return services;
    }
}
