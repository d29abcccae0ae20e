using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Ask;

public static class AskServices
{
    /// <summary>
    /// The router (the model's when a text provider is configured, offline otherwise) as a kernel plugin, the chat's
    /// pictures, and one <see cref="AskSession"/> per visitor's circuit.Songs and research answers come from their own
    /// capabilities (<see cref="Generation.Songs.ISongMaker"/>, <see cref="Research.IResearchAnswerer"/>).
    /// </summary>
    public static IServiceCollection AddAsk(this IServiceCollection services)
    {
        services.AddSingleton<OfflineAskRouter>();
        services.AddSingleton<ModelAskRouter>();
        services.AddSingleton<IAskRouter>(sp => sp.GetRequiredService<ModelAskRouter>());
        services.AddGeneratorPlugin<AskRouterPlugin>(AskRouterPlugin.Name);
        services.AddSingleton<AskPictures>();
        services.AddSingleton<AskSpeech>();
        services.AddScoped<AskSession>();
        return services;
    }
}
