using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Illustrations;

/// <summary>
/// Asks for scene pictures and finds them. A request is saved first and then queued, so a restart in the middle
/// of painting picks the job up again (<see cref="IllustrationWorker"/>).
/// </summary>
public sealed class SceneIllustrations(IDbContextFactory<StoryExhibitDb> contexts, IllustrationFeed feed, DataFolders folders)
{
    private readonly Channel<Guid> _queue = Channel.CreateUnbounded<Guid>();

    internal ChannelReader<Guid> Queue => _queue.Reader;

    /// <summary>The scene's picture in the story's art style: the existing one for this text, or a new job.</summary>
    public async Task<Illustration> RequestAsync(Story story, Scene scene, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.Illustrations.AsNoTracking()
            .Where(i => i.SceneId == scene.Id && i.Style == story.Seed.ArtStyle && i.State != IllustrationState.Failed)
            .OrderByDescending(i => i.CreatedUtc).FirstOrDefaultAsync(ct);
        if (existing is not null && existing.SceneVariant == scene.Variant) return existing;
        var picture = new Illustration { SceneId = scene.Id, StoryId = story.Id, Style = story.Seed.ArtStyle, SceneVariant = scene.Variant };
        db.Illustrations.Add(picture);
        await db.SaveChangesAsync(ct);
        Enqueue(picture);
        return picture;
    }

    /// <summary>
    /// Makes a picture painted elsewhere (in the chat) the scene's picture: saved ready, newest of the scene, and
    /// announced so every screen on the story shows it. Null when the scene is not one of the story's.
    /// </summary>
    public async Task<Illustration?> AddPaintedAsync(Guid storyId, Guid sceneId, GeneratedImage image, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var scene = await db.Scenes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sceneId && s.StoryId == storyId, ct);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Id == storyId, ct);
        if (scene is null || story is null) return null;
        var picture = new Illustration
        {
            SceneId = scene.Id, StoryId = story.Id, Style = story.Seed.ArtStyle, SceneVariant = scene.Variant,
            MediaType = image.MediaType, AltText = image.AltText, State = IllustrationState.Ready, FinishedUtc = DateTime.UtcNow,
        };
        var fileName = $"{picture.Id:N}{ImageFiles.Extension(image.MediaType)}";
        Directory.CreateDirectory(FolderFor(story.Id));
        await File.WriteAllBytesAsync(Path.Combine(FolderFor(story.Id), fileName), image.Bytes, ct);
        picture.FileName = Path.Combine(story.Id.ToString("N"), fileName);
        db.Illustrations.Add(picture);
        await db.SaveChangesAsync(ct);
        feed.Publish(picture);
        return picture;
    }

    /// <summary>Tries a failed picture again.</summary>
    public async Task<Illustration?> RetryAsync(Guid illustrationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var picture = await db.Illustrations.FirstOrDefaultAsync(i => i.Id == illustrationId, ct);
        if (picture is not { State: IllustrationState.Failed }) return picture;
        picture.State = IllustrationState.Queued;
        picture.Error = null;
        await db.SaveChangesAsync(ct);
        Enqueue(picture);
        return picture;
    }

    /// <summary>The newest picture of each scene of a story.</summary>
    public async Task<Dictionary<Guid, Illustration>> ForStoryAsync(Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pictures = await db.Illustrations.AsNoTracking().Where(i => i.StoryId == storyId).ToListAsync(ct);
        return pictures.GroupBy(i => i.SceneId).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.CreatedUtc).First());
    }

    /// <summary>The story's newest ready picture, for screens that follow it.</summary>
    public async Task<Illustration?> LatestReadyAsync(Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ready = await db.Illustrations.AsNoTracking().Where(i => i.StoryId == storyId && i.State == IllustrationState.Ready).ToListAsync(ct);
        return ready.OrderByDescending(i => i.FinishedUtc).FirstOrDefault();
    }

    /// <summary>The newest ready pictures of any story, newest first, for the kiosk's attract screen.</summary>
    public async Task<IReadOnlyList<Illustration>> RecentReadyAsync(int count, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Illustrations.AsNoTracking().Where(i => i.State == IllustrationState.Ready && i.FileName != null)
            .OrderByDescending(i => i.FinishedUtc).Take(count).ToListAsync(ct);
    }

    public async Task<Illustration?> FindAsync(Guid illustrationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Illustrations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == illustrationId, ct);
    }

    public string FolderFor(Guid storyId) => Path.Combine(folders.Illustrations, storyId.ToString("N"));

    /// <summary>The picture's file, or null when it has none yet (or it was removed).</summary>
    public string? FilePath(Illustration picture)
    {
        if (picture.FileName is null) return null;
        var path = Path.Combine(folders.Illustrations, picture.FileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The picture's raster copy for exports (<see cref="RasterCopies"/>), or null when none was made yet (<see cref="RasterCopyMaker"/> makes it).</summary>
    public string? RasterCopyPath(Illustration picture)
    {
        if (picture.FileName is null) return null;
        var path = Path.Combine(folders.Illustrations, RasterCopies.FileNameFor(picture.FileName));
        return File.Exists(path) ? path : null;
    }

    private void Enqueue(Illustration picture)
    {
        Requeue(picture.Id);
        feed.Publish(picture);
    }

    /// <summary>Queues a picture again without announcing it (after a restart).</summary>
    internal void Requeue(Guid illustrationId) => _queue.Writer.TryWrite(illustrationId);
}
