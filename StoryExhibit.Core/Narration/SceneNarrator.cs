using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// Narrates scenes and keeps what it narrated: each sentence's audio becomes a file in the narration folder and
/// a <see cref="NarrationClip"/> row. A scene's narration is complete when every sentence of its text, as it is now,
/// has a clip made with today's voice settings: reading it aloud plays those and synthesises only the missing
/// sentences (a narration cut short by a closed page or a crash is finished, not replayed short). Clips that no longer
/// belong to the text (it was written again) are never played, and are deleted with their files.
/// </summary>
public sealed class SceneNarrator(
    IDbContextFactory<StoryExhibitDb> contexts, CurrentSpeech speech, SpeechAudioEncoder encoder, Kernel kernel, DataFolders folders, ILogger<SceneNarrator> log, ILogger<NarrationPipeline> pipelineLog)
{
    public bool Enabled => speech.Options.Enabled;
    public bool RealTime => speech.Options.Enabled && speech.Options.RealTimeNarration;
    public bool AutoPlay => speech.Options.Enabled && speech.Options.AutoPlayLastScene;
    public double Speed => speech.Options.Speed;

    /// <summary>Narrates a scene while it is written; <paramref name="prose"/> are the pieces of prose as they arrive.</summary>
    public IAsyncEnumerable<NarrationClip> NarrateLiveAsync(Guid sceneId, IAsyncEnumerable<string> prose, CancellationToken ct)
        => StoreAsync(sceneId, speech.VoiceKey, Pipeline().NarrateAsync(prose, ct), ct);

    /// <summary>A finished scene, sentence by sentence: stored clips where they fit its text and today's voice, the rest narrated now.</summary>
    public async IAsyncEnumerable<NarrationClip> NarrateSceneAsync(Scene scene, [EnumeratorCancellation] CancellationToken ct)
    {
        var key = speech.VoiceKey;
        var pipeline = Pipeline();
        var sentences = SentenceSegmenter.Split(scene.Prose, pipeline.Settings.Segmenter);
        var stored = await KeepFittingAsync(scene.Id, sentences, key, ct);
        var missing = Enumerable.Range(0, sentences.Count).Where(i => stored[i] is null).Select(i => (i, sentences[i])).ToList();
        if (missing.Count > 0 && missing.Count < sentences.Count)
            log.LogInformation("Narration of scene {SceneId} was missing {Missing} of {Sentences} sentences; narrating them now", scene.Id, missing.Count, sentences.Count);
        await using var made = StoreAsync(scene.Id, key, pipeline.NarrateSentencesAsync(missing, ct), ct).GetAsyncEnumerator(ct);
        // The missing sentences are synthesised while the stored ones before them play.
        var next = missing.Count > 0 ? made.MoveNextAsync().AsTask() : null;
        try
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                if (stored[i] is { } clip)
                {
                    yield return clip;
                    continue;
                }
                if (next is null || !await next) yield break;
                var fresh = made.Current;
                next = made.MoveNextAsync().AsTask();
                yield return fresh;
            }
        }
        finally
        {
            // An enumerator must not be disposed while it is still moving.
            if (next is not null)
            {
                try { await next; }
                catch (Exception) { /* cancelled with the narration, or reported by the pipeline as a chunk's error */ }
            }
        }
    }

    /// <summary>
    /// Deletes the clips (and their audio files) made before <paramref name="madeBefore"/> that do not fit the scene's
    /// text as it is now: those of an earlier version of the scene. The clips of the narration that just ended are left
    /// alone, as a browser was handed them and may not have fetched them yet; one of them that does not fit the text
    /// (words the storyteller took back) is never played again and goes when the scene is next read aloud, or with the story.
    /// </summary>
    public async Task SweepAsync(Guid sceneId, string prose, DateTime madeBefore, CancellationToken ct)
        => await KeepFittingAsync(sceneId, SentenceSegmenter.Split(prose, speech.Settings.Segmenter), speech.VoiceKey, ct, madeBefore);

    /// <summary>
    /// Sentences are spoken through the kernel's narrator and compressed in the same worker, so encoding overlaps the
    /// next sentences' synthesis; without a server voice the browser speaks them.
    /// </summary>
    private NarrationPipeline Pipeline() => new(speech.Synthesizer is null ? null : SpeakCompressedAsync, speech.Settings, pipelineLog);

    private async Task<SpeechAudio> SpeakCompressedAsync(SpeechRequest request, CancellationToken ct)
        => await encoder.CompressAsync(await kernel.SpeakSentenceAsync(request, ct).ConfigureAwait(false), ct).ConfigureAwait(false);

    public async Task<NarrationClip?> FindAsync(Guid clipId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.NarrationClips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clipId, ct);
    }

    /// <summary>The audio file of a clip, or null when it has none (spoken by the browser, failed, or removed).</summary>
    public string? AudioPath(NarrationClip clip)
    {
        if (clip.FileName is null) return null;
        var path = Path.Combine(folders.Narration, clip.FileName);
        return File.Exists(path) ? path : null;
    }

    private async IAsyncEnumerable<NarrationClip> StoreAsync(Guid sceneId, string key, IAsyncEnumerable<NarrationChunk> chunks, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in chunks.WithCancellation(ct))
        {
            var clip = new NarrationClip
            {
                SceneId = sceneId, Index = chunk.Index, Sentence = chunk.Sentence, Speaker = chunk.Speaker, Voice = chunk.Voice,
                VoiceKey = key, Error = chunk.Error, MediaType = chunk.Audio?.MediaType, DurationSeconds = chunk.Audio?.Duration?.TotalSeconds,
            };
            if (chunk.Audio is { } audio)
            {
                clip.FileName = Path.Combine(sceneId.ToString("N"), $"{clip.Id:N}{SpeechMediaTypes.Extension(audio.MediaType)}");
                var path = Path.Combine(folders.Narration, clip.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, audio.Bytes);
            }
            else if (chunk.Error is not null)
            {
                log.LogWarning("Sentence {Index} of scene {SceneId} could not be narrated: {Error}", chunk.Index, sceneId, chunk.Error);
            }
            if (!await SaveClipAsync(clip))
            {
                // The story was deleted while this sentence was spoken: nothing of it is kept, and nothing failed.
                if (clip.FileName is not null) DeleteIfPresent(Path.Combine(folders.Narration, clip.FileName));
                yield break;
            }
            yield return clip;
        }
    }

    /// <summary>Stores a clip unless its scene is gone (its story was deleted meanwhile); false then.</summary>
    private async Task<bool> SaveClipAsync(NarrationClip clip)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (!await db.Scenes.AnyAsync(s => s.Id == clip.SceneId, CancellationToken.None)) return false;
        db.NarrationClips.Add(clip);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// The stored clip for each sentence, or null where it is missing. Clips of today's voice fit when they speak that
    /// sentence at that index, without error, with their audio file; clips of other voice settings are kept only while
    /// they speak a sentence of this text. Everything else (an older text, a failed or orphaned clip) is deleted. A
    /// second fitting clip of one sentence (two narrations of the scene at once, such as a page and a video) is kept:
    /// a browser or a video may be about to play it. With <paramref name="madeBefore"/>, only clips made before it are deleted.
    /// </summary>
    private async Task<NarrationClip?[]> KeepFittingAsync(Guid sceneId, IReadOnlyList<string> sentences, string key, CancellationToken ct, DateTime? madeBefore = null)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var clips = await db.NarrationClips.Where(c => c.SceneId == sceneId).OrderBy(c => c.CreatedUtc).ToListAsync(ct);
        var fitting = new NarrationClip?[sentences.Count];
        var spoken = sentences.ToHashSet(StringComparer.Ordinal);
        var stale = new List<NarrationClip>();
        foreach (var clip in clips)
        {
            var fits = clip.VoiceKey == key
                ? clip.Index >= 0 && clip.Index < sentences.Count && clip.Sentence == sentences[clip.Index]
                  && clip.Error is null && (clip.FileName is null || AudioPath(clip) is not null)
                : spoken.Contains(clip.Sentence);
            if (fits && clip.VoiceKey == key) fitting[clip.Index] ??= clip;
            else if (!fits && (madeBefore is null || clip.CreatedUtc < madeBefore)) stale.Add(clip);
        }
        if (stale.Count == 0) return fitting;
        foreach (var clip in stale)
            if (AudioPath(clip) is { } path) DeleteIfPresent(path);
        // Another narration of this scene (a second device, a restart) may have deleted some already: not a conflict.
        var staleIds = stale.Select(c => c.Id).ToList();
        await db.NarrationClips.Where(c => staleIds.Contains(c.Id)).ExecuteDeleteAsync(CancellationToken.None);
        log.LogInformation("Deleted {Stale} narration clips of scene {SceneId} that no longer fit its text", stale.Count, sceneId);
        return fitting;
    }

    /// <summary>Deletes a clip's file; the story's eraser may already have removed it together with its folder.</summary>
    private static void DeleteIfPresent(string path)
    {
        try { File.Delete(path); }
        catch (DirectoryNotFoundException) { }
    }
}
