using System.Runtime.CompilerServices;
using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Costs;

/// <summary>Records each picture; uses the offline illustrator while the images budget is spent.</summary>
internal class CostAccountingIllustrator(IIllustrator provider, string providerName, IIllustrator? offline, CostAccounting costs) : IIllustrator
{
    public const string Pictures = "pictures";

    public string Name => provider.Name;

    protected string ProviderName => providerName;
    protected CostAccounting Costs => costs;

    public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
    {
        var paid = costs.UsePaid(GeneratorService.Images, providerName, offline is not null);
        var (illustrator, name) = paid ? (provider, providerName) : (offline!, CostAccounting.OfflineName(GeneratorService.Images));
        var started = costs.Now();
        try
        {
            var image = await illustrator.GenerateAsync(request, ct).ConfigureAwait(false);
            RecordPicture(name, started, null);
            return image;
        }
        catch (Exception ex)
        {
            RecordPicture(name, started, ex);
            throw;
        }
    }

    protected void RecordPicture(string name, long started, Exception? failure) =>
        costs.Record(GeneratorService.Images, name, started, failure, failure is null ? 1 : 0, Pictures,
            failure is null ? Prices.Picture(costs.CurrentPrices, name) : 0m);
}

/// <summary>
/// Records each paid live frame as a picture (and every failed one). Before every frame the budget is asked: while it is spent the frames come
/// from the offline illustrator (the paid stream is closed), and the paid stream starts again when it allows.
/// </summary>
internal sealed class CostAccountingLiveIllustrator(ILiveIllustrator provider, string providerName, ILiveIllustrator? offline, CostAccounting costs)
    : CostAccountingIllustrator(provider, providerName, offline, costs), ILiveIllustrator
{
    public async IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, [EnumeratorCancellation] CancellationToken ct)
    {
        IAsyncEnumerator<LiveFrame>? paidFrames = null, offlineFrames = null;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var paid = Costs.UsePaid(GeneratorService.Images, ProviderName, offline is not null);
                if (paid && offlineFrames is not null) { await offlineFrames.DisposeAsync().ConfigureAwait(false); offlineFrames = null; }
                if (!paid && paidFrames is not null) { await paidFrames.DisposeAsync().ConfigureAwait(false); paidFrames = null; }
                var frames = paid
                    ? paidFrames ??= provider.StreamFramesAsync(request, fps, ct).GetAsyncEnumerator(ct)
                    : offlineFrames ??= offline!.StreamFramesAsync(request, fps, ct).GetAsyncEnumerator(ct);
                var name = paid ? ProviderName : CostAccounting.OfflineName(GeneratorService.Images);

                var started = Costs.Now();
                bool more;
                try
                {
                    more = await frames.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    RecordPicture(name, started, ex);
                    throw;
                }
                if (!more) yield break;
                // A free frame costs nothing and its time is mostly the canvas's pacing: at 4 fps, recording each
                // would add 14,400 rows an hour per canvas for no figure anyone reads.
                if (paid && !Prices.IsFree(name)) RecordPicture(name, started, null);
                yield return frames.Current;
            }
        }
        finally
        {
            if (paidFrames is not null) await paidFrames.DisposeAsync().ConfigureAwait(false);
            if (offlineFrames is not null) await offlineFrames.DisposeAsync().ConfigureAwait(false);
        }
    }
}
