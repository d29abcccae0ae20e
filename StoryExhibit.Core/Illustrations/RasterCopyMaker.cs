using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Imaging;

namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// Makes the JPEG copy of a scene picture (<see cref="RasterCopies"/>) the first time an export asks for it, and keeps it
/// beside the picture for the next. Made on demand rather than when the picture is painted: most pictures are never
/// exported, and an eager copy cost a third of the server's CPU per scene (a watercolour takes seconds).
/// </summary>
public sealed class RasterCopyMaker(SceneIllustrations illustrations, PictureRasterizer rasterizer, ILogger<RasterCopyMaker> log)
{
    // One copy made at a time, as the old queue did: two exports asking for the same picture together share one copy.
    private readonly SemaphoreSlim _making = new(1, 1);

    /// <summary>The picture's raster copy, made now if it has none yet; null when the picture has no file (not painted, or deleted).</summary>
    public async Task<string?> CopyPathAsync(Illustration picture, CancellationToken ct)
    {
        if (illustrations.RasterCopyPath(picture) is { } made) return made;
        await _making.WaitAsync(ct);
        try
        {
            return illustrations.RasterCopyPath(picture) ?? await MakeAsync(picture, ct);
        }
        finally { _making.Release(); }
    }

    private async Task<string?> MakeAsync(Illustration picture, CancellationToken ct)
    {
        if (illustrations.FilePath(picture) is not { } path) return null;
        var clock = Stopwatch.StartNew();
        var copy = await rasterizer.RenderExportCopyAsync(await File.ReadAllBytesAsync(path, ct), ct);
        // Written beside and moved into place, so an export never finds half a copy after a crash mid-write.
        var target = RasterCopies.PathBeside(path);
        var partial = target + ".partial";
        try
        {
            await File.WriteAllBytesAsync(partial, copy.Bytes, CancellationToken.None);
            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            log.LogWarning("Illustration {IllustrationId} has no raster copy: its story was deleted while it was being made", picture.Id);
            return null;
        }
        log.LogDebug("Raster copy of illustration {IllustrationId}: {Width}x{Height}, {Bytes} bytes in {ElapsedMs} ms",
            picture.Id, copy.Width, copy.Height, copy.Bytes.Length, clock.ElapsedMilliseconds);
        return target;
    }
}
