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
    /// <summary>Registers the plugins, the <see cref="InvocationLogFilter"/> and the one <see cref="Kernel"/> holding them.</summary>
    public static IServiceCollection AddGeneratorKernel(this IServiceCollection services)
    {
        services.AddSingleton<InvocationLogFilter>();
        services.AddSingleton<StorytellerPlugin>();
        services.AddSingleton<IllustratorPlugin>();
        services.AddSingleton<NarratorPlugin>();
        services.AddSingleton(sp => Create(sp.GetRequiredService<InvocationLogFilter>(),
            sp.GetRequiredService<StorytellerPlugin>(), sp.GetRequiredService<IllustratorPlugin>(), sp.GetRequiredService<NarratorPlugin>()));
        return services;
    }

    /// <summary>
    /// A kernel with the given plugins behind <paramref name="filter"/>. Its own services hold no logger: the filter logs
    /// every call, where the kernel would log a visitor's ordinary cancel as an error.
    /// </summary>
    public static Kernel Create(InvocationLogFilter filter, StorytellerPlugin? storyteller = null, IllustratorPlugin? illustrator = null, NarratorPlugin? narrator = null)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IFunctionInvocationFilter>(filter);
        if (storyteller is not null) builder.Plugins.AddFromObject(storyteller, StorytellerPlugin.Name);
        if (illustrator is not null) builder.Plugins.AddFromObject(illustrator, IllustratorPlugin.Name);
        if (narrator is not null) builder.Plugins.AddFromObject(narrator, NarratorPlugin.Name);
        return builder.Build();
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
