using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Imaging;

namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// Makes the JPEG copy of each scene picture (<see cref="RasterCopies"/>) as soon as the picture is announced ready, one
/// after another on a queue of its own: a slow copy (a watercolour takes seconds) never holds up the next scene's picture.
/// Without a copy the picture is still shown; exports then lack it, so a failure is logged as an error.
/// </summary>
public sealed class RasterCopyWorker(IllustrationFeed feed, SceneIllustrations illustrations, PictureRasterizer rasterizer, ILogger<RasterCopyWorker> log)
    : BackgroundService
{
    private readonly Channel<Illustration> _ready = Channel.CreateUnbounded<Illustration>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        feed.Updated += OnUpdated;
        try
        {
            await foreach (var picture in _ready.Reader.ReadAllAsync(stoppingToken))
            {
                try { await SaveCopyAsync(picture, stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "The raster copy of illustration {IllustrationId} could not be made", picture.Id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            feed.Updated -= OnUpdated;
        }
    }

    private void OnUpdated(IllustrationUpdate update)
    {
        if (update.Illustration is { State: IllustrationState.Ready, FileName: not null } picture) _ready.Writer.TryWrite(picture);
    }

    private async Task SaveCopyAsync(Illustration picture, CancellationToken ct)
    {
        if (illustrations.FilePath(picture) is not { } path)
        {
            log.LogWarning("Illustration {IllustrationId} has no raster copy: its file is gone (its story was deleted meanwhile)", picture.Id);
            return;
        }
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
            return;
        }
        log.LogDebug("Raster copy of illustration {IllustrationId}: {Width}x{Height}, {Bytes} bytes in {ElapsedMs} ms",
            picture.Id, copy.Width, copy.Height, copy.Bytes.Length, clock.ElapsedMilliseconds);
    }
}
