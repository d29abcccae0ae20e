using System.ComponentModel;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Routing;

/// <summary>The picture capability: scene pictures and live canvas frames, from whichever illustrators configuration chose.</summary>
public sealed class IllustratorPlugin(IIllustrator scenes, ILiveIllustrator live)
{
    public const string Name = "Illustrator";
    public const string PaintPicture = "paint_picture";
    public const string StreamFrames = "stream_frames";

    [KernelFunction(PaintPicture)]
    [Description("Paints one picture for a scene in the chosen art style; returns the image bytes, media type and alt text.")]
    public Task<GeneratedImage> PaintPictureAsync(
        [Description("What to paint: the prompt, art style, size, seed and the story's names and objects.")] ImageRequest request,
        CancellationToken ct) => scenes.GenerateAsync(request, ct);

    [KernelFunction(StreamFrames)]
    [Description("Streams live frames following one prompt, at up to the given frames a second, until cancelled.")]
    public IAsyncEnumerable<LiveFrame> StreamFramesAsync(
        [Description("What to paint: the prompt, art style and size.")] ImageRequest request,
        [Description("Frames a second, at most.")] double fps,
        CancellationToken ct) => live.StreamFramesAsync(request, fps, ct);
}
