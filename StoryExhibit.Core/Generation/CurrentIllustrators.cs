using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Generation.Images.OpenAI;

namespace StoryExhibit.Core.Generation;

/// <summary>The illustrators one set of <see cref="ImageOptions"/> asks for: scene pictures and live canvas frames.</summary>
/// <param name="owner">The set whose illustrators these wrap (cost accounting): disposing this set disposes that one.</param>
public sealed class IllustratorSet(IIllustrator scenes, ILiveIllustrator live, IllustratorSet? owner = null) : IDisposable
{
    public IIllustrator Scenes { get; } = scenes;
    public ILiveIllustrator Live { get; } = live;

    public void Dispose()
    {
        if (owner is not null) { owner.Dispose(); return; }
        (Scenes as IDisposable)?.Dispose();
        if (!ReferenceEquals(Live, Scenes)) (Live as IDisposable)?.Dispose();
    }
}

/// <summary>
/// The illustrators the settings name now. A staff change to <c>Generation:Images</c> applies to the next picture
/// without a restart, and live canvases move to the new painter at their next frame.
/// </summary>
public sealed class CurrentIllustrators : IDisposable
{
    private readonly LiveProvider<ImageOptions, IllustratorSet> _live;

    /// <param name="costs">Records every picture and frame and, once today's picture budget is spent, lets the offline illustrator paint instead.</param>
    public CurrentIllustrators(IOptionsMonitor<ImageOptions> options, ILogger<CurrentIllustrators> log, CostAccounting? costs = null) =>
        _live = new LiveProvider<ImageOptions, IllustratorSet>(options, o => costs is null ? Create(o) : Metered(o, costs), log);

    private static IllustratorSet Metered(ImageOptions o, CostAccounting costs)
    {
        var raw = Create(o);
        var offline = new OfflineIllustrator(o.Offline);
        var liveProvider = LiveProviderOf(o);
        return new IllustratorSet(
            costs.WrapImages(raw.Scenes, o.Provider.ToString(), o.Provider == ImageProvider.Offline ? null : offline),
            costs.WrapLiveImages(raw.Live, liveProvider.ToString(), liveProvider == ImageProvider.Offline ? null : offline),
            owner: raw);
    }

    /// <summary>The illustrators for these options, as they are (without cost accounting).</summary>
    public static IllustratorSet Create(ImageOptions options)
    {
        var offline = new OfflineIllustrator(options.Offline);
        var sdxl = options.Provider == ImageProvider.SdxlTurbo || LiveProviderOf(options) == ImageProvider.SdxlTurbo
            ? new SdxlTurboIllustrator(options.SdxlTurbo) : null;
        IIllustrator scenes = options.Provider switch
        {
            ImageProvider.SdxlTurbo => sdxl!,
            ImageProvider.OpenAI => new OpenAIIllustrator(options.OpenAI),
            _ => offline,
        };
        ILiveIllustrator live = LiveProviderOf(options) == ImageProvider.SdxlTurbo ? sdxl! : offline;
        return new IllustratorSet(scenes, live);
    }

    /// <summary>Which illustrator feeds live canvases: the one asked for, else the scene provider when it can stream.</summary>
    public static ImageProvider LiveProviderOf(ImageOptions o) =>
        o.LiveProvider ?? (o.Provider == ImageProvider.SdxlTurbo ? ImageProvider.SdxlTurbo : ImageProvider.Offline);

    /// <summary>Short name of the scene illustrator serving now, for logs, health and costs ("offline", "sdxl-turbo", "openai-images").</summary>
    public string ScenesName
    {
        get { using var lease = _live.Acquire(); return lease.Value.Scenes.Name; }
    }

    public string LiveName
    {
        get { using var lease = _live.Acquire(); return lease.Value.Live.Name; }
    }

    internal LiveProvider<ImageOptions, IllustratorSet>.Lease Acquire() => _live.Acquire();

    internal int Version => _live.Version;

    public void Dispose() => _live.Dispose();
}

/// <summary>The app's <see cref="IIllustrator"/> for scene pictures: whichever <see cref="CurrentIllustrators"/> names now.</summary>
public sealed class CurrentSceneIllustrator(CurrentIllustrators current) : IIllustrator
{
    public string Name => current.ScenesName;

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        using var lease = current.Acquire();
        return await lease.Value.Scenes.GenerateAsync(request, ct).ConfigureAwait(false);
    }
}

/// <summary>The app's <see cref="ILiveIllustrator"/> for canvases: a stream moves to a new painter when the settings change.</summary>
public sealed class CurrentLiveIllustrator(CurrentIllustrators current) : ILiveIllustrator
{
    public string Name => current.LiveName;

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        using var lease = current.Acquire();
        return await lease.Value.Live.GenerateAsync(request, ct).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, [EnumeratorCancellation] CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            using var lease = current.Acquire();
            var switched = false;
            await using (var frames = lease.Value.Live.StreamFramesAsync(request, fps, ct).GetAsyncEnumerator(ct))
            {
                while (await frames.MoveNextAsync().ConfigureAwait(false))
                {
                    yield return frames.Current;
                    if (current.Version != lease.Version) { switched = true; break; }
                }
            }
            if (!switched) yield break; // the source ended by itself
        }
    }
}
