using System.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Imaging;

/// <summary>
/// Turns pictures into rasters sized for whoever shows them, each (picture, box, format) drawn once: the rasters are kept
/// in a size-limited memory cache, and requests arriving while one is being drawn wait for that drawing (eight screens on
/// one canvas cost one render). Drawing runs on at most one thread per core.
/// </summary>
public sealed class PictureRasterizer : IDisposable
{
    private readonly IOptionsMonitor<ImagingOptions> _options;
    private readonly ILogger<PictureRasterizer> _log;
    private readonly MemoryCache _done;
    private readonly Dictionary<RasterKey, Drawing> _drawing = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _cores = new(Environment.ProcessorCount);

    public PictureRasterizer(IOptionsMonitor<ImagingOptions> options, ILogger<PictureRasterizer> log)
    {
        _options = options;
        _log = log;
        _done = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.CurrentValue.CacheMegabytes) * 1024L * 1024L });
    }

    /// <summary>Renders drawn so far (not served from the cache): for tests and the benchmark.</summary>
    public long Renders => Interlocked.Read(ref _renders);
    private long _renders;

    /// <summary>
    /// The picture named <paramref name="pictureKey"/> (any id that never names two different pictures) fitted into
    /// <paramref name="box"/>; <paramref name="load"/> is called only when it is not cached. Throws
    /// <see cref="UnreadablePictureException"/> for bytes that are no picture and <see cref="ArgumentOutOfRangeException"/> for a box no screen has.
    /// </summary>
    public async Task<Raster> RenderAsync(string pictureKey, Func<CancellationToken, Task<byte[]>> load, RasterBox box, RasterFormat format, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(pictureKey);
        ArgumentNullException.ThrowIfNull(load);
        box.Validate();
        if (!Enum.IsDefined(format)) throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown raster format.");
        var key = new RasterKey(pictureKey, box, format);
        if (_done.TryGetValue(key, out Raster? cached) && cached is not null) return cached;

        Drawing drawing;
        lock (_gate)
        {
            if (!_drawing.TryGetValue(key, out drawing!) || drawing.Abandoned.IsCancellationRequested)
            {
                _drawing[key] = drawing = new Drawing();
                drawing.Task = DrawAsync(key, load, drawing);
            }
            drawing.Waiters++;
        }
        try
        {
            return await drawing.Task.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A screen that goes away stops waiting; the drawing goes on for the others and the cache, unless nobody
            // waits any more and it has not started: a live wall moves on to newer frames, so a backlog would only grow.
            lock (_gate)
            {
                if (--drawing.Waiters == 0) drawing.Abandoned.Cancel();
            }
            throw;
        }
    }

    /// <summary>The same, for a picture whose bytes are at hand.</summary>
    public Task<Raster> RenderAsync(string pictureKey, byte[] source, RasterBox box, RasterFormat format, CancellationToken ct) =>
        RenderAsync(pictureKey, _ => Task.FromResult(source), box, format, ct);

    /// <summary>
    /// A JPEG of the picture at its own size for exports (PDF, EPUB, video); an SVG with effects at most
    /// <see cref="ImagingOptions.MaxEffectsWidth"/> wide (1280 is 150 dpi across an A4 page). Not cached: it is saved as a file.
    /// </summary>
    public async Task<Raster> RenderExportCopyAsync(byte[] source, CancellationToken ct)
    {
        var options = _options.CurrentValue;
        await _cores.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => RasterRenderer.Render(source, null, RasterFormat.Jpeg, options.ExportJpegQuality, options.MaxEffectsWidth), ct).ConfigureAwait(false);
        }
        finally { _cores.Release(); }
    }

    private async Task<Raster> DrawAsync(RasterKey key, Func<CancellationToken, Task<byte[]>> load, Drawing drawing)
    {
        var abandoned = drawing.Abandoned.Token;
        await Task.Yield(); // the caller's lock is released before any work starts
        try
        {
            var source = await load(abandoned).ConfigureAwait(false);
            var options = _options.CurrentValue;
            var quality = key.Format == RasterFormat.WebP ? options.WebPQuality : options.JpegQuality;
            await _cores.WaitAsync(abandoned).ConfigureAwait(false);
            Raster raster;
            var clock = Stopwatch.StartNew();
            try { raster = RasterRenderer.Render(source, key.Box, key.Format, Math.Clamp(quality, 1, 100), Math.Max(RasterBox.MinSide, options.MaxEffectsWidth)); }
            finally { _cores.Release(); }
            Interlocked.Increment(ref _renders);
            _log.LogDebug("Picture {Picture} drawn for {Box} as {Width}x{Height} {Format} ({Bytes} bytes) in {ElapsedMs} ms",
                key.Picture, key.Box, raster.Width, raster.Height, key.Format, raster.Bytes.Length, clock.ElapsedMilliseconds);
            _done.Set(key, raster, new MemoryCacheEntryOptions { Size = raster.Bytes.Length + 256, SlidingExpiration = TimeSpan.FromMinutes(30) });
            return raster;
        }
        finally
        {
            lock (_gate)
            {
                if (_drawing.TryGetValue(key, out var current) && current == drawing) _drawing.Remove(key);
            }
        }
    }

    public void Dispose()
    {
        _done.Dispose();
        _cores.Dispose();
    }

    private readonly record struct RasterKey(string Picture, RasterBox Box, RasterFormat Format);

    /// <summary>A raster being drawn, and how many callers still wait for it (guarded by the rasterizer's lock).</summary>
    private sealed class Drawing
    {
        public Task<Raster> Task = null!;
        public int Waiters;
        public readonly CancellationTokenSource Abandoned = new();
    }
}
