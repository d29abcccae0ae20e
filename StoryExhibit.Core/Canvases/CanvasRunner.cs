using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Canvases;

/// <summary>
/// Runs every defined canvas's source and publishes its frames on the <see cref="CanvasHub"/>: a test pattern, a live
/// generator (retried with backoff when it fails) or a story's illustrations. A test pattern or a live generator draws only
/// while a screen or a staff preview watches its canvas. Picks up created, changed and removed
/// canvases as soon as the <see cref="CanvasStore"/> reports a change (and every half minute anyway), without a restart.
/// </summary>
public sealed class CanvasRunner(
    CanvasStore store,
    CanvasHub hub,
    Kernel kernel,
    IllustrationFeed illustrations,
    SceneIllustrations pictures,
    IOptions<ImageOptions> images,
    DatabaseStatus database,
    ILogger<CanvasRunner> log,
    TimeProvider? clock = null) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StoryLookupInterval = TimeSpan.FromSeconds(15);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, Running> _running = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Slugs whose sources are running now.</summary>
    public IReadOnlyCollection<string> RunningSlugs { get { lock (_running) return [.. _running.Keys]; } }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Changed += OnChanged;
        try
        {
            try
            {
                // Only on a new database: canvases staff deleted stay deleted after a restart.
                if (database.CreatedThisRun && await store.AddStarterCanvasesAsync(stoppingToken))
                    log.LogInformation("A new database: added the starter canvases test-pattern and live");
            }
            catch (Exception ex) when (ex is not OperationCanceledException) { log.LogError(ex, "Adding the starter canvases failed"); }

            while (!stoppingToken.IsCancellationRequested)
            {
                try { await SyncAsync(stoppingToken); }
                catch (Exception ex) when (ex is not OperationCanceledException) { log.LogError(ex, "Reading the canvas definitions failed; trying again shortly"); }
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(PollInterval);
                try { await _changed.Reader.ReadAsync(poll.Token); }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            store.Changed -= OnChanged;
            Running[] all;
            lock (_running) { all = [.. _running.Values]; _running.Clear(); }
            foreach (var running in all) await running.StopAsync();
        }
    }

    private void OnChanged() => _changed.Writer.TryWrite(true);

    private async Task SyncAsync(CancellationToken stoppingToken)
    {
        var wanted = (await store.ListAsync(stoppingToken)).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        List<Running> stopping = [];
        lock (_running)
        {
            foreach (var (slug, running) in _running.ToList())
            {
                if (wanted.TryGetValue(slug, out var definition) && Same(definition, running.Definition)) continue;
                stopping.Add(running);
                _running.Remove(slug);
            }
        }
        foreach (var running in stopping)
        {
            await running.StopAsync();
            hub.Clear(running.Definition.Slug);
            log.LogInformation("Canvas {Slug} stopped ({Reason})", running.Definition.Slug, wanted.ContainsKey(running.Definition.Slug) ? "changed" : "removed");
        }
        lock (_running)
        {
            foreach (var (slug, definition) in wanted)
            {
                if (_running.ContainsKey(slug)) continue;
                var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                _running[slug] = new Running(definition, cts, Task.Run(() => RunAsync(definition, cts.Token), CancellationToken.None));
                log.LogInformation("Canvas {Slug} started: {Source} at {Fps} fps", slug, definition.Source, definition.FramesPerSecond);
            }
        }
    }

    private static bool Same(CanvasDefinition a, CanvasDefinition b) =>
        a.Source == b.Source && a.StoryCode == b.StoryCode && a.Prompt == b.Prompt && a.Style == b.Style
        && a.FramesPerSecond.Equals(b.FramesPerSecond) && a.Title == b.Title;

    private async Task RunAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        try
        {
            switch (canvas.Source)
            {
                case CanvasSource.TestPattern: await RunTestPatternAsync(canvas, ct); break;
                case CanvasSource.LiveGenerator: await RunLiveAsync(canvas, ct); break;
                case CanvasSource.Story: await RunStoryAsync(canvas, ct); break;
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception ex) { log.LogError(ex, "Canvas {Slug} stopped unexpectedly", canvas.Slug); }
    }

    private double Fps(CanvasDefinition canvas) => Math.Clamp(canvas.FramesPerSecond, CanvasRules.MinFramesPerSecond, CanvasRules.MaxFramesPerSecond);

    private async Task RunTestPatternAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        var fps = Fps(canvas);
        // A pause after each frame rather than a periodic timer: a tick missed while nobody watched would otherwise
        // send a second frame straight after the first to the screen that just came.
        var interval = TimeSpan.FromSeconds(1 / fps);
        for (long frame = 1; ; frame++)
        {
            await hub.WhenWatchedAsync(canvas.Slug, ct);
            var now = _clock.GetUtcNow();
            hub.Publish(canvas.Slug, new CanvasFrame
            {
                Id = hub.NextFrameId(),
                ChangedAt = now,
                Bytes = TestPattern.Render(canvas.Slug, frame, fps, now),
                MediaType = TestPattern.MediaType,
                AltText = $"Test pattern for {canvas.Slug}, frame {frame}",
            });
            await Task.Delay(interval, _clock, ct);
        }
    }

    private async Task RunLiveAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        var options = images.Value;
        var request = new ImageRequest { Prompt = canvas.Prompt ?? "", Style = canvas.Style, Width = options.Width, Height = options.Height };
        var backoff = TimeSpan.FromSeconds(1);
        while (true)
        {
            await hub.WhenWatchedAsync(canvas.Slug, ct);
            try
            {
                await foreach (var frame in kernel.StreamFramesAsync(request, Fps(canvas), ct))
                {
                    hub.Publish(canvas.Slug, new CanvasFrame
                    {
                        Id = hub.NextFrameId(),
                        ChangedAt = _clock.GetUtcNow(),
                        Bytes = frame.Image.Bytes,
                        MediaType = frame.Image.MediaType,
                        AltText = frame.Image.AltText,
                    });
                    backoff = TimeSpan.FromSeconds(1);
                    // The stream is closed while nobody watches, so the generator draws (and a paid one charges) nothing.
                    if (!hub.IsWatched(canvas.Slug)) break;
                }
                if (!hub.IsWatched(canvas.Slug))
                {
                    log.LogDebug("Canvas {Slug} paused: no screen is watching", canvas.Slug);
                    continue;
                }
                log.LogInformation("The live stream of canvas {Slug} ended; starting it again", canvas.Slug);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex)
            {
                log.LogWarning(ex, "The live generator failed for canvas {Slug}; retrying in {Backoff}", canvas.Slug, backoff);
            }
            await Task.Delay(backoff, _clock, ct);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private async Task RunStoryAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        var code = canvas.StoryCode ?? "";
        Guid? storyId;
        var warned = false;
        while ((storyId = await store.FindStoryIdAsync(code, ct)) is null)
        {
            if (!warned) log.LogWarning("Canvas {Slug} follows story {Code}, which does not exist; looking again every {Interval}", canvas.Slug, code, StoryLookupInterval);
            warned = true;
            await Task.Delay(StoryLookupInterval, _clock, ct);
        }

        var ready = Channel.CreateUnbounded<Illustration>(new UnboundedChannelOptions { SingleReader = true });
        void OnUpdated(IllustrationUpdate update)
        {
            if (update.StoryId == storyId && update.Illustration.State == IllustrationState.Ready) ready.Writer.TryWrite(update.Illustration);
        }
        // Listen first, then read the latest: an illustration finishing in between is not missed (a repeat is skipped below).
        illustrations.Updated += OnUpdated;
        try
        {
            string? shown = null;
            if (await pictures.LatestReadyAsync(storyId.Value, ct) is { } latest) shown = PublishIllustration(canvas.Slug, latest, shown);
            await foreach (var illustration in ready.Reader.ReadAllAsync(ct)) shown = PublishIllustration(canvas.Slug, illustration, shown);
        }
        finally { illustrations.Updated -= OnUpdated; }
    }

    private string PublishIllustration(string slug, Illustration illustration, string? shown)
    {
        var id = illustration.Id.ToString("N");
        if (id == shown) return id;
        hub.Publish(slug, new CanvasFrame
        {
            Id = id,
            ChangedAt = _clock.GetUtcNow(),
            Url = $"/illustrations/{illustration.Id}",
            MediaType = illustration.MediaType ?? "image/png",
            AltText = illustration.AltText ?? "",
        });
        return id;
    }

    private sealed record Running(CanvasDefinition Definition, CancellationTokenSource Cancel, Task Task)
    {
        public async Task StopAsync()
        {
            await Cancel.CancelAsync();
            try { await Task; } catch (OperationCanceledException) { }
            Cancel.Dispose();
        }
    }
}
