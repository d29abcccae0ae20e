using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation;

public static class TextGenerationServices
{
    /// <summary>Registers the configured storyteller as the app's <see cref="IChatClient"/>; a provider missing its settings stops the app at start with a clear message.</summary>
    public static IServiceCollection AddTextGeneration(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<TextGenerationOptions>().Bind(section)
            .Validate(o => o.Provider != TextProvider.OpenAICompatible || !string.IsNullOrWhiteSpace(o.OpenAICompatible?.Model),
                $"{TextGenerationOptions.Section}:Provider is OpenAICompatible, so {TextGenerationOptions.Section}:OpenAICompatible:Model must name the model (and Endpoint the server, unless it is OpenAI itself).")
            .Validate(o => o.Temperature is >= 0 and <= 2, $"{TextGenerationOptions.Section}:Temperature must be between 0 and 2.")
            .ValidateOnStart();
        services.AddSingleton<IChatClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TextGenerationOptions>>().Value;
            return options.Provider switch
            {
                TextProvider.OpenAICompatible => new OpenAIChatClientAdapter(options.OpenAICompatible!),
                _ => new OfflineStoryteller(options.Offline),
            };
        });
        return services;
    }
}
