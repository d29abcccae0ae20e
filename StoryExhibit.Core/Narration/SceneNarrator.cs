using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// Narrates scenes and keeps what it narrated: each sentence's audio becomes a file in the narration folder and
/// a <see cref="NarrationClip"/> row, so a scene is replayed without synthesising it again, unless the voice
/// settings changed since.
/// </summary>
public sealed class SceneNarrator(
    IDbContextFactory<StoryExhibitDb> contexts, CurrentSpeech speech, Kernel kernel, DataFolders folders, ILogger<SceneNarrator> log, ILogger<NarrationPipeline> pipelineLog)
{
    public bool Enabled => speech.Options.Enabled;
    public bool RealTime => speech.Options.Enabled && speech.Options.RealTimeNarration;
    public bool AutoPlay => speech.Options.Enabled && speech.Options.AutoPlayLastScene;
    public double Speed => speech.Options.Speed;

    /// <summary>Narrates a scene while it is written; <paramref name="prose"/> are the pieces of prose as they arrive.</summary>
    public IAsyncEnumerable<NarrationClip> NarrateLiveAsync(Guid sceneId, IAsyncEnumerable<string> prose, CancellationToken ct)
        => StoreAsync(sceneId, speech.VoiceKey, Pipeline().NarrateAsync(prose, ct), ct);

    /// <summary>A finished scene: its stored clips when they were made with today's voice, otherwise narrated now.</summary>
    public async IAsyncEnumerable<NarrationClip> NarrateSceneAsync(Scene scene, [EnumeratorCancellation] CancellationToken ct)
    {
        var key = speech.VoiceKey;
        var stored = await StoredAsync(scene.Id, key, ct);
        if (stored.Count > 0 && stored.All(c => c.Error is null))
        {
            foreach (var clip in stored) yield return clip;
            yield break;
        }
        await DeleteAsync(scene.Id, key, ct);
        await foreach (var clip in StoreAsync(scene.Id, key, Pipeline().NarrateTextAsync(scene.Prose, ct), ct)) yield return clip;
    }

    /// <summary>Sentences are spoken through the kernel's narrator; without a server voice the browser speaks them.</summary>
    private NarrationPipeline Pipeline() => new(speech.Synthesizer is null ? null : kernel.SpeakSentenceAsync, speech.Settings, pipelineLog);

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
                await File.WriteAllBytesAsync(path, audio.Bytes, CancellationToken.None);
            }
            else if (chunk.Error is not null)
            {
                log.LogWarning("Sentence {Index} of scene {SceneId} could not be narrated: {Error}", chunk.Index, sceneId, chunk.Error);
            }
            if (!await SaveClipAsync(clip))
            {
                // The story was deleted while this sentence was spoken: nothing of it is kept, and nothing failed.
                if (clip.FileName is not null) File.Delete(Path.Combine(folders.Narration, clip.FileName));
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

    private async Task<List<NarrationClip>> StoredAsync(Guid sceneId, string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var clips = await db.NarrationClips.AsNoTracking().Where(c => c.SceneId == sceneId && c.VoiceKey == key).OrderBy(c => c.Index).ToListAsync(ct);
        // A clip whose audio file went missing makes the whole scene narrate anew.
        return clips.All(c => c.FileName is null || AudioPath(c) is not null) ? clips : [];
    }

    private async Task DeleteAsync(Guid sceneId, string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var old = await db.NarrationClips.Where(c => c.SceneId == sceneId && c.VoiceKey == key).ToListAsync(ct);
        foreach (var clip in old)
            if (AudioPath(clip) is { } path) File.Delete(path);
        db.NarrationClips.RemoveRange(old);
        await db.SaveChangesAsync(ct);
    }
}
