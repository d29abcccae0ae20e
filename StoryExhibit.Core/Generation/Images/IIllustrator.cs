namespace StoryExhibit.Core.Generation.Images;

/// <summary>
/// Draws a picture for a scene. Failures surface as <see cref="GenerationException"/> (message fit for a visitor);
/// cancellation by the caller as <see cref="OperationCanceledException"/>; a bad request as <see cref="ArgumentException"/>.
/// </summary>
public interface IIllustrator
{
    /// <summary>Short provider name for logs and dashboards ("offline", "sdxl-turbo", "openai").</summary>
    string Name { get; }
    Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct);
}

/// <summary>An illustrator that can also feed a live canvas with a stream of frames following one request.</summary>
public interface ILiveIllustrator : IIllustrator
{
    /// <summary>Frames at up to <paramref name="fps"/> a second until <paramref name="ct"/> is cancelled (or the source ends).</summary>
    IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, CancellationToken ct);
}

public static class LiveIllustratorExtensions
{
    /// <summary>Frames for a bare prompt in the default style and size.</summary>
    public static IAsyncEnumerable<LiveFrame> StreamFramesAsync(this ILiveIllustrator illustrator, string prompt, double fps, CancellationToken ct) =>
        illustrator.StreamFramesAsync(new ImageRequest { Prompt = prompt }, fps, ct);
}
