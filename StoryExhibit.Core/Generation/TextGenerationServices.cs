using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Generation;

public static class TextGenerationServices
{
    /// <summary>
    /// Registers <see cref="CurrentStoryteller"/> as the app's <see cref="IChatClient"/>: it follows staff changes without a
    /// restart. A provider missing its settings in appsettings.json stops the app at start with a clear message.
    /// </summary>
    public static IServiceCollection AddTextGeneration(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = TextGenerationOptions.Section;
        services.AddOptions<TextGenerationOptions>().Bind(section)
            .Validate(o => Enum.IsDefined(o.Provider), $"{s}:Provider must be Offline or OpenAICompatible.")
            .Validate(o => o.Provider != TextProvider.OpenAICompatible || !string.IsNullOrWhiteSpace(o.OpenAICompatible?.Model),
                $"{s}:Provider is OpenAICompatible, so {s}:OpenAICompatible:Model must name the model (and Endpoint the server, unless it is OpenAI itself).")
            .Validate(o => o.Provider != TextProvider.OpenAICompatible || o.OpenAICompatible?.Endpoint is null or { IsAbsoluteUri: true, Scheme: "http" or "https" },
                $"{s}:OpenAICompatible:Endpoint must be an absolute http(s) address such as http://localhost:11434/v1, or be empty for api.openai.com.")
            .Validate(o => o.Provider != TextProvider.OpenAICompatible || o.OpenAICompatible is null || o.OpenAICompatible.Timeout > TimeSpan.Zero && o.OpenAICompatible.MaxRetries >= 0,
                $"{s}:OpenAICompatible:Timeout must be above zero and MaxRetries not negative.")
            .Validate(o => o.Temperature is >= 0 and <= 2, $"{s}:Temperature must be between 0 and 2.")
            .Validate(o => Enum.IsDefined(o.SceneLength), $"{s}:SceneLength must be Short, Standard or Long.")
            .ValidateOnStart();
        services.AddSingleton<CurrentStoryteller>();
        services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<CurrentStoryteller>());
        return services;
    }
}
