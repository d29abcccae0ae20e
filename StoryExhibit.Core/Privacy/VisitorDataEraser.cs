using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Privacy;

/// <summary>Why a visitor's data was deleted; stored as the DataDeleted event's detail.</summary>
public static class ErasureReasons
{
    public const string Visitor = "visitor";
    public const string Retention = "retention";
}

/// <summary>What an erasure removed, for the visitor's "done" message and the retention log.</summary>
public sealed record ErasureReport(
    int Scenes, int Choices, int Pictures, int NarrationClips, int Files, int Feedback, int Consents, int Events,
    int ProviderCallsAnonymised, int CanvasesReset, int FilesLeft);

/// <summary>
/// Deletes everything tied to one story: its rows in one transaction (the story, scenes, choices, narration clips,
/// pictures, feedback, consents and events; provider calls lose their link to the story but keep counting against
/// the budget), then its files. Pages showing the story are told (<see cref="LiveScenes"/>). Canvases showing the story go back to the test pattern. A file that cannot be
/// deleted is logged; the retention sweep removes it later (<see cref="OrphanFiles"/>).
/// </summary>
public sealed class VisitorDataEraser(
    IDbContextFactory<StoryExhibitDb> contexts, DataFolders folders, CanvasStore canvases, LiveScenes live, ILogger<VisitorDataEraser> log,
    TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Erases the story with <paramref name="sessionCode"/>; null when no story has it.</summary>
    public async Task<ErasureReport?> EraseAsync(string sessionCode, string reason, CancellationToken ct)
    {
        if (SessionCodes.Normalize(sessionCode) is not { } code) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var storyId = await db.Stories.Where(s => s.SessionCode == code).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        return storyId is null ? null : await EraseAsync(storyId.Value, reason, ct);
    }

    /// <summary>Erases the story with <paramref name="storyId"/>; null when it does not exist (any more).</summary>
    public async Task<ErasureReport?> EraseAsync(Guid storyId, string reason, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var code = await db.Stories.Where(s => s.Id == storyId).Select(s => s.SessionCode).FirstOrDefaultAsync(ct);
        if (code is null) return null;

        var sceneIds = await db.Scenes.Where(s => s.StoryId == storyId).Select(s => s.Id).ToListAsync(ct);
        // Read for their files, which go once the rows are gone.
        var clips = await db.NarrationClips.AsNoTracking().Where(c => sceneIds.Contains(c.SceneId)).ToListAsync(ct);
        var pictures = await db.Illustrations.AsNoTracking().Where(i => i.StoryId == storyId || sceneIds.Contains(i.SceneId)).ToListAsync(ct);

        var calls = await db.ProviderCalls.Where(c => c.StoryId == storyId).ExecuteUpdateAsync(s => s.SetProperty(c => c.StoryId, (Guid?)null), ct);
        await db.NarrationClips.Where(c => sceneIds.Contains(c.SceneId)).ExecuteDeleteAsync(ct);
        await db.Illustrations.Where(i => i.StoryId == storyId || sceneIds.Contains(i.SceneId)).ExecuteDeleteAsync(ct);
        var choices = await db.Choices.Where(c => sceneIds.Contains(c.SceneId)).ExecuteDeleteAsync(ct);
        await db.Scenes.Where(s => s.StoryId == storyId).ExecuteDeleteAsync(ct);
        await db.Stories.Where(s => s.Id == storyId).ExecuteDeleteAsync(ct);
        var feedback = await db.Feedback.Where(f => f.StoryId == storyId || f.SessionCode == code).ExecuteDeleteAsync(ct);
        var consents = await db.Consents.Where(c => c.SessionCode == code).ExecuteDeleteAsync(ct);
        var events = await db.Events.Where(e => e.StoryId == storyId || e.SessionCode == code).ExecuteDeleteAsync(ct);
        // No code, no text: only that some visitor's data went, and why.
        db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.DataDeleted, Detail = reason, OccurredUtc = _clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // The rows are gone: from here on nothing may stop the clean-up half way. Devices showing the story say so (and stop writing it).
        live.Deleted(storyId);
        var canvasesReset = await ResetCanvasesAsync(code);
        var files = clips.Where(c => c.FileName is not null).Select(c => Path.Combine(folders.Narration, c.FileName!))
            .Concat(pictures.Where(p => p.FileName is not null).SelectMany(p => new[] { p.FileName!, RasterCopies.FileNameFor(p.FileName!) })
                .Select(name => Path.Combine(folders.Illustrations, name)))
            .ToList();
        var folderPaths = sceneIds.Select(id => Path.Combine(folders.Narration, id.ToString("N")))
            .Append(Path.Combine(folders.Illustrations, storyId.ToString("N"))).ToList();
        var (deleted, left) = DeleteFiles(files, folderPaths);

        var report = new ErasureReport(sceneIds.Count, choices, pictures.Count, clips.Count, deleted, feedback, consents, events, calls, canvasesReset, left);
        log.LogInformation("Data of a story deleted ({Reason}): {Scenes} scenes, {Pictures} pictures, {Clips} narration clips, {Files} files, "
            + "{Feedback} feedback, {Consents} consents, {Events} events; {Calls} provider calls kept without the story; {FilesLeft} files left for the next sweep",
            reason, report.Scenes, report.Pictures, report.NarrationClips, report.Files, report.Feedback, report.Consents, report.Events,
            report.ProviderCallsAnonymised, report.FilesLeft);
        return report;
    }

    /// <summary>Story canvases that followed the code now show the test pattern (the runner restarts them and clears their frames).</summary>
    private async Task<int> ResetCanvasesAsync(string code)
    {
        var reset = 0;
        try
        {
            foreach (var canvas in (await canvases.ListAsync(CancellationToken.None)).Where(c => c.Source == CanvasSource.Story && c.StoryCode == code))
            {
                canvas.Source = CanvasSource.TestPattern;
                canvas.StoryCode = null;
                if ((await canvases.UpdateAsync(canvas, CancellationToken.None)).Saved) reset++;
                log.LogInformation("Canvas {Slug} followed a deleted story; it shows the test pattern now", canvas.Slug);
            }
        }
        catch (Exception ex)
        {
            log.LogError(ex, "A canvas following a deleted story could not be reset");
        }
        return reset;
    }

    private (int Deleted, int Left) DeleteFiles(IEnumerable<string> files, IEnumerable<string> folderPaths)
    {
        int deleted = 0, left = 0;
        foreach (var file in files)
        {
            try
            {
                if (!File.Exists(file)) continue;
                File.Delete(file);
                deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                left++;
                log.LogWarning(ex, "The file {File} of a deleted story could not be deleted; the retention sweep tries again", file);
            }
        }
        // Also catches a picture or sentence that was being written while the rows went.
        foreach (var folder in folderPaths)
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                left++;
                log.LogWarning(ex, "The folder {Folder} of a deleted story could not be deleted; the retention sweep tries again", folder);
            }
        }
        return (deleted, left);
    }
}
