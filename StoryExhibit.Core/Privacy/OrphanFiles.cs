using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Privacy;

/// <summary>
/// Narration folders (one per scene) and picture folders (one per story) whose scene or story no longer exists:
/// what an erasure could not delete, or a file finished just after its story was deleted.
/// </summary>
public sealed class OrphanFiles(IDbContextFactory<StoryExhibitDb> contexts, DataFolders folders, ILogger<OrphanFiles> log, TimeProvider? clock = null)
{
    /// <summary>A folder this new may belong to a scene or story still being saved.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Deletes the left-over folders; returns how many went.</summary>
    public async Task<int> DeleteAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var scenes = (await db.Scenes.Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var stories = (await db.Stories.Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return Delete(folders.Narration, scenes) + Delete(folders.Illustrations, stories);
    }

    private int Delete(string root, HashSet<Guid> known)
    {
        if (!Directory.Exists(root)) return 0;
        var before = _clock.GetUtcNow().UtcDateTime - Grace;
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(folder), "N", out var id) || known.Contains(id)) continue;
            if (Directory.GetLastWriteTimeUtc(folder) > before) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                log.LogWarning(ex, "The left-over folder {Folder} could not be deleted; the next sweep tries again", folder);
            }
        }
        return deleted;
    }
}
