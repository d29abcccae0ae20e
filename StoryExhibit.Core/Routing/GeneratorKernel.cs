using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Routing;

/// <summary>
/// The routing layer: one Semantic Kernel <see cref="Kernel"/> holding a plugin per capability, and the typed calls
/// through which the rest of the app reaches a generator (never a provider directly).
/// </summary>
public static class GeneratorKernel
{
    /// <summary>
    /// Registers the plugins, the <see cref="InvocationLogFilter"/> and the one <see cref="Kernel"/> holding them. A capability
    /// adds its own plugin with <see cref="AddGeneratorPlugin{TPlugin}"/>.
    /// </summary>
    public static IServiceCollection AddGeneratorKernel(this IServiceCollection services)
    {
        services.AddSingleton<InvocationLogFilter>();
        services.AddGeneratorPlugin<StorytellerPlugin>(StorytellerPlugin.Name);
        services.AddGeneratorPlugin<IllustratorPlugin>(IllustratorPlugin.Name);
        services.AddGeneratorPlugin<NarratorPlugin>(NarratorPlugin.Name);
        services.AddSingleton(sp => Create(sp.GetRequiredService<InvocationLogFilter>(),
            sp.GetServices<GeneratorPlugin>().Select(p => KernelPluginFactory.CreateFromObject(sp.GetRequiredService(p.Type), p.Name))));
        return services;
    }

    /// <summary>Puts a plugin (a singleton of its own type, with [KernelFunction] methods) into the kernel under <paramref name="name"/>.</summary>
    public static IServiceCollection AddGeneratorPlugin<TPlugin>(this IServiceCollection services, string name) where TPlugin : class
    {
        services.AddSingleton<TPlugin>();
        services.AddSingleton(new GeneratorPlugin(typeof(TPlugin), name));
        return services;
    }

    private sealed record GeneratorPlugin(Type Type, string Name);

    /// <summary>
    /// A kernel with the given plugins behind <paramref name="filter"/>. Its own services hold no logger: the filter logs
    /// every call, where the kernel would log a visitor's ordinary cancel as an error.
    /// </summary>
    public static Kernel Create(InvocationLogFilter filter, IEnumerable<KernelPlugin> plugins)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IFunctionInvocationFilter>(filter);
        foreach (var plugin in plugins) builder.Plugins.Add(plugin);
        return builder.Build();
    }

    /// <summary>A kernel with the scene generators given.</summary>
    public static Kernel Create(InvocationLogFilter filter, StorytellerPlugin? storyteller = null, IllustratorPlugin? illustrator = null, NarratorPlugin? narrator = null)
    {
        var plugins = new List<KernelPlugin>();
        if (storyteller is not null) plugins.Add(KernelPluginFactory.CreateFromObject(storyteller, StorytellerPlugin.Name));
        if (illustrator is not null) plugins.Add(KernelPluginFactory.CreateFromObject(illustrator, IllustratorPlugin.Name));
        if (narrator is not null) plugins.Add(KernelPluginFactory.CreateFromObject(narrator, NarratorPlugin.Name));
        return Create(filter, plugins);
    }

    /// <summary>Writes one scene, streaming its text.</summary>
    public static IAsyncEnumerable<string> WriteSceneAsync(this Kernel kernel, StoryBrief brief, IReadOnlyList<string> earlierScenes, CancellationToken ct) =>
        kernel.InvokeStreamingAsync<string>(StorytellerPlugin.Name, StorytellerPlugin.WriteScene,
            new KernelArguments { ["brief"] = brief, ["earlierScenes"] = earlierScenes }, ct);

    /// <summary>Paints one scene picture.</summary>
    public static async Task<GeneratedImage> PaintPictureAsync(this Kernel kernel, ImageRequest request, CancellationToken ct) =>
        await kernel.InvokeAsync<GeneratedImage>(IllustratorPlugin.Name, IllustratorPlugin.PaintPicture, new KernelArguments { ["request"] = request }, ct)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("The illustrator returned no picture.");

    /// <summary>Live frames following one request, for a canvas.</summary>
    public static IAsyncEnumerable<LiveFrame> StreamFramesAsync(this Kernel kernel, ImageRequest request, double fps, CancellationToken ct) =>
        kernel.InvokeStreamingAsync<LiveFrame>(IllustratorPlugin.Name, IllustratorPlugin.StreamFrames,
            new KernelArguments { ["request"] = request, ["fps"] = fps }, ct);

    /// <summary>Speaks one sentence.</summary>
    public static async Task<SpeechAudio> SpeakSentenceAsync(this Kernel kernel, SpeechRequest request, CancellationToken ct) =>
        await kernel.InvokeAsync<SpeechAudio>(NarratorPlugin.Name, NarratorPlugin.SpeakSentence, new KernelArguments { ["request"] = request }, ct)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("The narrator returned no audio.");
}
