using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Imaging;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// The illustrator job: reads the story (typed, uploaded or from a URL), cuts it into the scenes worth a picture,
/// moderates each, paints them through the kernel's illustrator, keeps a JPEG copy beside each SVG, and packs them all
/// with their captions into a ZIP.
/// </summary>
public sealed class IllustratorHandler(
    IOptionsMonitor<IllustratorOptions> options, IllustratorUploads uploads, UrlText urls, Kernel kernel, ContentModerator moderator,
    PictureRasterizer rasterizer, ILogger<IllustratorHandler> log) : IJobHandler<IllustratorInput>
{
    public IReadOnlyList<string> Validate(IllustratorInput input) => IllustratorInputRules.Problems(input, options.CurrentValue);

    public async Task RunAsync(IllustratorInput input, JobRun run, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var settings = options.CurrentValue;
        await run.ReportAsync(0.02, "Reading the story…");
        var text = await ReadStoryAsync(input, ct);
        if (text.Length > settings.MaxTextCharacters) text = text[..settings.MaxTextCharacters];

        await run.ReportAsync(0.1, "Finding the scenes worth a picture…");
        var scenes = await AllowedScenesAsync(SceneCutter.Cut(text, Math.Min(input.MaxPictures, settings.MaxPictures)), settings, ct);

        var (width, height) = PictureShapes.Size(input.Aspect, input.Quality);
        var painted = new List<PaintedScene>();
        foreach (var scene in scenes)
        {
            ct.ThrowIfCancellationRequested();
            await run.ReportAsync(0.15 + 0.8 * painted.Count / scenes.Count, $"Painting scene {painted.Count + 1} of {scenes.Count}");
            painted.Add(await PaintAsync(scene, input.Style, width, height, run, ct));
        }

        await run.ReportAsync(0.97, "Packing the pictures…");
        IllustrationArchive.Write(run, painted);
        log.LogInformation("Illustrator job {JobId} painted {Pictures} pictures ({Style}, {Width}x{Height}) from {Characters} characters in {ElapsedMs} ms",
            run.JobId, painted.Count, input.Style, width, height, text.Length, clock.ElapsedMilliseconds);
        await run.ReportAsync(1, painted.Count == 1 ? "1 picture painted." : $"{painted.Count} pictures painted.");
    }

    private async Task<string> ReadStoryAsync(IllustratorInput input, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.Text)) return DocumentText.Normalize(input.Text);
        if (!string.IsNullOrWhiteSpace(input.UploadName)) return await uploads.ReadTextAsync(input.UploadName, ct);
        return await urls.ReadAsync(input.Url ?? "", ct);
    }

    private async Task<IReadOnlyList<IllustratedScene>> AllowedScenesAsync(IReadOnlyList<IllustratedScene> scenes, IllustratorOptions settings, CancellationToken ct)
    {
        if (scenes.Count == 0) throw new JobInputException("The story has no scenes we could picture: is there any text in it?");
        var allowed = new List<IllustratedScene>();
        ModerationVerdict? refusal = null;
        foreach (var scene in scenes)
        {
            // The caption is shown and zipped too, and a long passage's prompt may leave its sentence out.
            var shown = scene.Prompt.Contains(scene.Caption.TrimEnd('\u2026'), StringComparison.Ordinal) ? scene.Prompt : scene.Prompt + " " + scene.Caption;
            var verdict = await moderator.CheckAsync(shown, settings.Rating, settings.Audience, ct);
            if (verdict.Allowed) allowed.Add(scene with { Number = allowed.Count + 1 });
            else
            {
                refusal ??= verdict;
                log.LogInformation("Illustrator left out a scene at paragraph {Paragraph}: {Category}", scene.Paragraph, verdict.Category);
            }
        }
        if (allowed.Count == 0)
            throw new JobInputException(RefusalMessages.For(refusal!.Category!.Value, settings.Rating, VisitorTextField.Idea));
        return allowed;
    }

    private async Task<PaintedScene> PaintAsync(IllustratedScene scene, ArtStyle style, int width, int height, JobRun run, CancellationToken ct)
    {
        var request = new ImageRequest
        {
            Prompt = scene.Prompt, Style = style, Width = width, Height = height, Seed = StableHash.Seed(scene.Prompt),
            Characters = scene.Characters,
        };
        GeneratedImage image;
        try { image = await kernel.PaintPictureAsync(request, ct); }
        catch (ArgumentException ex)
        {
            throw new JobInputException($"Scene {scene.Number} could not be painted: {ex.Message}");
        }
        var name = $"picture-{scene.Number:00}{ImageFiles.Extension(image.MediaType)}";
        await File.WriteAllBytesAsync(Path.Combine(run.Folder, name), image.Bytes, ct);
        run.AddFile(name, image.MediaType);
        string? rasterName = null;
        if (image.MediaType.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
        {
            var copy = await rasterizer.RenderExportCopyAsync(image.Bytes, ct);
            rasterName = $"picture-{scene.Number:00}.jpg";
            await File.WriteAllBytesAsync(Path.Combine(run.Folder, rasterName), copy.Bytes, ct);
            run.AddFile(rasterName, RasterCopies.MediaType);
        }
        return new PaintedScene(scene.Number, name, rasterName, scene.Caption, image.AltText);
    }

}

/// <summary>One painted scene: its picture file, the JPEG copy of an SVG, its caption and alt text.</summary>
public sealed record PaintedScene(int Number, string File, string? RasterFile, string Caption, string AltText);
