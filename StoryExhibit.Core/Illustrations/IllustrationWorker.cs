using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// Paints queued scene pictures one after another in the background. At start it picks up the jobs a previous
/// run left queued or half-painted. A failure marks the picture failed with a message for the visitor; the scene
/// itself is never touched.
/// </summary>
public sealed class IllustrationWorker(
    SceneIllustrations illustrations, IDbContextFactory<StoryExhibitDb> contexts, Kernel kernel, CurrentIllustrators illustrators,
    IllustrationFeed feed, ILogger<IllustrationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeUnfinishedAsync(stoppingToken);
        await foreach (var id in illustrations.Queue.ReadAllAsync(stoppingToken))
        {
            try { await PaintAsync(id, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { log.LogError(ex, "Illustration {IllustrationId} could not be processed", id); }
        }
    }

    private async Task ResumeUnfinishedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unfinished = await db.Illustrations.AsNoTracking()
            .Where(i => i.State == IllustrationState.Queued || i.State == IllustrationState.Painting).ToListAsync(ct);
        foreach (var picture in unfinished.OrderBy(i => i.CreatedUtc)) illustrations.Requeue(picture.Id);
        if (unfinished.Count > 0) log.LogInformation("Resuming {Count} unfinished illustrations", unfinished.Count);
    }

    private async Task PaintAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var picture = await db.Illustrations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (picture is null or { State: IllustrationState.Ready or IllustrationState.Failed }) return;
        var scene = await db.Scenes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == picture.SceneId, ct);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == picture.StoryId, ct);
        if (scene is null || story is null) return;

        picture.State = IllustrationState.Painting;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return; } // deleted with its story a moment ago
        feed.Publish(picture);

        var clock = Stopwatch.StartNew();
        try
        {
            var request = new ImageRequest
            {
                Prompt = scene.Prose.Length > ImageRequest.MaxPromptLength ? scene.Prose[..ImageRequest.MaxPromptLength] : scene.Prose,
                Style = picture.Style,
                Seed = HashCode.Combine(story.Seed.RandomSeed, scene.Number, scene.Variant),
                Genre = story.Seed.Genre,
                Characters = story.Seed.Characters.Take(ImageRequest.MaxNames).ToList(),
                Objects = story.Seed.StoryObject is { } thing ? [thing] : [],
            };
            var image = await kernel.PaintPictureAsync(request, ct);
            var folder = illustrations.FolderFor(story.Id);
            Directory.CreateDirectory(folder);
            var fileName = $"{picture.Id:N}{ImageFiles.Extension(image.MediaType)}";
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), image.Bytes, CancellationToken.None);
            picture.FileName = Path.Combine(story.Id.ToString("N"), fileName);
            picture.MediaType = image.MediaType;
            picture.AltText = image.AltText;
            picture.State = IllustrationState.Ready;
            log.LogInformation("Illustration {IllustrationId} of story {SessionCode} scene {SceneNumber} painted by {Illustrator} in {ElapsedMs} ms",
                picture.Id, story.SessionCode, scene.Number, illustrators.ScenesName, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is GenerationException or ArgumentException)
        {
            picture.State = IllustrationState.Failed;
            picture.Error = ex is GenerationException ? ex.Message : "The picture could not be painted from this scene.";
            log.LogWarning(ex, "Illustration {IllustrationId} of story {SessionCode} failed after {ElapsedMs} ms", picture.Id, story.SessionCode, clock.ElapsedMilliseconds);
        }
        picture.FinishedUtc = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The visitor deleted the story while its picture was painted: nothing of it may stay on disk.
            if (picture.FileName is not null) File.Delete(Path.Combine(illustrations.FolderFor(story.Id), Path.GetFileName(picture.FileName)));
            if (Directory.Exists(illustrations.FolderFor(story.Id)) && !Directory.EnumerateFileSystemEntries(illustrations.FolderFor(story.Id)).Any())
                Directory.Delete(illustrations.FolderFor(story.Id));
            log.LogInformation("Story {SessionCode} was deleted while illustration {IllustrationId} was painted; the picture is discarded", story.SessionCode, picture.Id);
            return;
        }
        feed.Publish(picture);
    }
}

internal static class ImageFiles
{
    public static string Extension(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "image/svg+xml" => ".svg",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        "image/gif" => ".gif",
        _ => ".bin",
    };
}
