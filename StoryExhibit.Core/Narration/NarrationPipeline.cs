using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// Narrates prose as it is written: cuts the streamed text into sentences, synthesises up to
/// <see cref="NarrationSettings.MaxParallel"/> of them at once while the text keeps arriving, and hands the
/// audio back strictly in sentence order. A sentence whose synthesis fails comes back with an
/// <see cref="NarrationChunk.Error"/> and the rest goes on; cancelling stops every synthesis promptly.
/// Without a synthesizer (the browser speaks), chunks carry the sentences and no audio.
/// </summary>
public sealed class NarrationPipeline
{
    private readonly SpeakSentence? _speak;
    private readonly NarrationSettings _settings;
    private readonly ILogger _log;

    /// <param name="speak">Speaks one sentence; null when the browser speaks.</param>
    public NarrationPipeline(SpeakSentence? speak, NarrationSettings? settings = null, ILogger<NarrationPipeline>? log = null)
    {
        _speak = speak;
        _settings = settings ?? new NarrationSettings();
        ArgumentOutOfRangeException.ThrowIfLessThan(_settings.MaxParallel, 1, nameof(settings));
        (_settings.Segmenter ?? SegmenterOptions.Default).Validate();
        _log = log ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>True when audio is made on the server; false when the chunks are for the browser to speak.</summary>
    public bool MakesAudio => _speak is not null;

    public NarrationSettings Settings => _settings;

    /// <summary>Narrates a finished scene, cut the same way as a streamed one.</summary>
    public IAsyncEnumerable<NarrationChunk> NarrateTextAsync(string prose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prose);
        return NarrateAsync(Once(prose), ct);
    }

    /// <summary>
    /// Narrates streamed prose (the storyteller's deltas). If the text stream fails, the sentences already cut are
    /// still delivered, then its exception is thrown.
    /// </summary>
    public IAsyncEnumerable<NarrationChunk> NarrateAsync(IAsyncEnumerable<string> deltas, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        return RunAsync((enqueue, token) => CutAsync(deltas, enqueue, token), ct);
    }

    /// <summary>
    /// Narrates chosen sentences of a scene, keeping their indexes: the ones a stored narration still lacks. Cut them
    /// with <see cref="SentenceSegmenter.Split"/> and these settings' segmenter options, so they match a live narration.
    /// </summary>
    public IAsyncEnumerable<NarrationChunk> NarrateSentencesAsync(IReadOnlyList<(int Index, string Sentence)> sentences, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return RunAsync((enqueue, _) =>
        {
            foreach (var (index, sentence) in sentences) enqueue(index, sentence);
            return Task.CompletedTask;
        }, ct);
    }

    private async IAsyncEnumerable<NarrationChunk> RunAsync(Func<Action<int, string>, CancellationToken, Task> sentences, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = stop.Token;
        // Sentences waiting for a worker, and every sentence's result in order.
        var jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = true });
        var order = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
        var workers = Enumerable.Range(0, _speak is null ? 0 : _settings.MaxParallel)
            .Select(_ => Task.Run(() => WorkAsync(jobs.Reader, token), CancellationToken.None)).ToArray();
        var producer = Task.Run(() => ProduceAsync(sentences, jobs.Writer, order.Writer, token), CancellationToken.None);
        try
        {
            await foreach (var job in order.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return await job.Result.Task.WaitAsync(token).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            // Let everything started finish (they stop promptly on the token), so nothing outlives the enumeration.
            try { await Task.WhenAll(workers.Append(producer)).ConfigureAwait(false); }
            catch (Exception) { /* failures were reported through the order channel or are cancellations */ }
            while (order.Reader.TryRead(out var left)) left.Result.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task CutAsync(IAsyncEnumerable<string> deltas, Action<int, string> enqueue, CancellationToken token)
    {
        var segmenter = new SentenceSegmenter(_settings.Segmenter);
        var index = 0;
        await foreach (var delta in deltas.WithCancellation(token).ConfigureAwait(false))
            foreach (var sentence in segmenter.Push(delta ?? ""))
                enqueue(index++, sentence);
        foreach (var sentence in segmenter.Complete())
            enqueue(index++, sentence);
    }

    private async Task ProduceAsync(Func<Action<int, string>, CancellationToken, Task> sentences, ChannelWriter<Job> jobs, ChannelWriter<Job> order, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            await sentences(Enqueue, token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        finally
        {
            jobs.TryComplete();
            order.TryComplete(failure);
        }

        void Enqueue(int index, string sentence)
        {
            var pick = DialogueVoices.Pick(sentence, _settings.CharacterVoices);
            var job = new Job(index, sentence, pick?.Voice ?? _settings.Voice, pick?.Speaker);
            if (_speak is null) job.Result.TrySetResult(new NarrationChunk(job.Index, sentence, null, null, job.Voice, job.Speaker));
            else jobs.TryWrite(job);
            order.TryWrite(job);
        }
    }

    private async Task WorkAsync(ChannelReader<Job> jobs, CancellationToken token)
    {
        try
        {
            while (await jobs.WaitToReadAsync(token).ConfigureAwait(false))
                while (jobs.TryRead(out var job))
                    await SynthesizeAsync(job, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested) { }
        finally
        {
            // Sentences nobody will synthesise now: cancelled, not faulted, so no exception goes unobserved.
            while (jobs.TryRead(out var left)) left.Result.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task SynthesizeAsync(Job job, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var request = new SpeechRequest(job.Sentence, job.Voice, _settings.Speed, _settings.Pitch, _settings.ExtraParameters);
            var audio = await _speak!(request, token).ConfigureAwait(false);
            _log.LogDebug("Narration sentence {Index} synthesised in {ElapsedMs} ms", job.Index, clock.ElapsedMilliseconds);
            job.Result.TrySetResult(new NarrationChunk(job.Index, job.Sentence, audio, null, job.Voice, job.Speaker));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Result.TrySetCanceled(CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            var message = ex is GenerationException ? ex.Message : "This sentence could not be narrated.";
            _log.LogWarning(ex, "Narration sentence {Index} failed after {ElapsedMs} ms", job.Index, clock.ElapsedMilliseconds);
            job.Result.TrySetResult(new NarrationChunk(job.Index, job.Sentence, null, message, job.Voice, job.Speaker));
        }
    }

    private static async IAsyncEnumerable<string> Once(string text)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return text;
    }

    private sealed record Job(int Index, string Sentence, string? Voice, string? Speaker)
    {
        public TaskCompletionSource<NarrationChunk> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
