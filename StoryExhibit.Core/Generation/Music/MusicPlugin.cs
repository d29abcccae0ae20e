using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace StoryExhibit.Core.Generation.Music;

/// <summary>The music capability in the generator kernel: the loop for a mood and theme, composed or from the cache.</summary>
public sealed class MusicPlugin(IMusicComposer composer)
{
    public const string Name = "Music";
    public const string ComposeMusic = "compose_music";

    [KernelFunction(ComposeMusic)]
    [Description("Composes (or takes from the cache) a loop of ambient music for a mood and theme; returns its audio file.")]
    public Task<MusicTrack> ComposeAsync([Description("The scene's mood and the visitor's theme.")] MusicCue cue, CancellationToken ct) =>
        composer.ComposeAsync(cue, ct);
}

public static class MusicKernelExtensions
{
    /// <summary>The loop for <paramref name="cue"/>, through the kernel's music plugin.</summary>
    public static async Task<MusicTrack> ComposeMusicAsync(this Kernel kernel, MusicCue cue, CancellationToken ct) =>
        await kernel.InvokeAsync<MusicTrack>(MusicPlugin.Name, MusicPlugin.ComposeMusic, new KernelArguments { ["cue"] = cue }, ct)
            .ConfigureAwait(false) ?? throw new InvalidOperationException("The music plugin returned no track.");
}
