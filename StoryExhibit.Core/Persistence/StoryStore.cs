using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Persistence;

/// <summary>Reads and writes stories and their scene trees. Each call uses its own short-lived context.</summary>
public sealed class StoryStore(IDbContextFactory<StoryExhibitDb> contexts)
{
    public async Task<Story> CreateAsync(Story story, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            story.SessionCode = SessionCodes.Create();
            if (!await db.Stories.AnyAsync(s => s.SessionCode == story.SessionCode, ct)) break;
            if (attempt > 50) throw new InvalidOperationException("No free session code could be found.");
        }
        db.Stories.Add(story);
        await db.SaveChangesAsync(ct);
        return story;
    }

    /// <summary>The story with all its scenes and choices, or null for an unknown code.</summary>
    public async Task<Story?> FindByCodeAsync(string sessionCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await WithTree(db).FirstOrDefaultAsync(s => s.SessionCode == sessionCode, ct);
    }

    public async Task<Story?> GetAsync(Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await WithTree(db).FirstOrDefaultAsync(s => s.Id == storyId, ct);
    }

    /// <summary>
    /// Stores a new scene, in one transaction with the checks that what it grows from is still there and current: the
    /// story, the parent scene (finished, not an ending) and the parent's choice it follows, not yet taken by another
    /// scene; a first scene only while the story has none. Otherwise <see cref="StoryChangedException"/> and nothing is saved.
    /// The new scene becomes the story's current one in the same write (one commit before the storyteller starts, not two).
    /// </summary>
    public async Task AddSceneAsync(Scene scene, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == scene.StoryId, ct) ?? throw new StoryDeletedException();
        if (scene.ParentId is { } parentId)
        {
            var parent = await db.Scenes.AsNoTracking().Where(s => s.Id == parentId && s.StoryId == scene.StoryId)
                .Select(s => new { s.State, s.IsEnding }).FirstOrDefaultAsync(ct)
                ?? throw new StoryChangedException(StoryChangedException.SceneGone);
            if (parent.State == SceneState.Writing) throw new StoryBusyException();
            if (parent.IsEnding) throw new StoryChangedException(StoryChangedException.SceneGone);
            if (scene.ViaChoiceId is not { } via || !await db.Choices.AnyAsync(c => c.Id == via && c.SceneId == parentId, ct))
                throw new StoryChangedException(StoryChangedException.ChoiceGone);
            if (await db.Scenes.AnyAsync(s => s.ViaChoiceId == via, ct)) throw new StoryChangedException(StoryChangedException.AlreadyWritten);
        }
        else if (await db.Scenes.AnyAsync(s => s.StoryId == scene.StoryId && s.ParentId == null, ct))
        {
            throw new StoryChangedException(StoryChangedException.AlreadyWritten);
        }
        db.Scenes.Add(scene);
        story.CurrentSceneId = scene.Id;
        story.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Saves a scene's prose, state and flags, and replaces its offered choices; only while the stored scene is the same
    /// version (<see cref="Scene.Variant"/>) its writer started from, else <see cref="StoryChangedException"/>.
    /// </summary>
    public Task SaveSceneAsync(Scene scene, CancellationToken ct) => SaveSceneAsync(scene, scene.Variant, ct);

    /// <summary>Starts writing a scene again (<paramref name="scene"/> holds its new version): only a last scene of its path, still at <paramref name="fromVariant"/>.</summary>
    public Task RestartSceneAsync(Scene scene, int fromVariant, CancellationToken ct) => SaveSceneAsync(scene, fromVariant, ct, mustBeLast: true);

    private async Task SaveSceneAsync(Scene scene, int expectedVariant, CancellationToken ct, bool mustBeLast = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.Scenes.Include(s => s.Choices).FirstOrDefaultAsync(s => s.Id == scene.Id, ct);
        if (stored is null)
        {
            await EnsureStoryAsync(db, scene.StoryId, ct);
            throw new StoryChangedException(StoryChangedException.SceneGone);
        }
        if (stored.Variant != expectedVariant) throw new StoryChangedException(StoryChangedException.AlreadyWritten);
        if (mustBeLast && await db.Scenes.AnyAsync(s => s.ParentId == scene.Id, ct)) throw new StoryChangedException(StoryChangedException.AlreadyWritten);
        stored.Prose = scene.Prose;
        stored.State = scene.State;
        stored.IsEnding = scene.IsEnding;
        stored.Variant = scene.Variant;
        stored.Error = scene.Error;
        var keep = scene.Choices.Select(c => c.Id).ToHashSet();
        db.Choices.RemoveRange(stored.Choices.Where(c => !keep.Contains(c.Id)));
        foreach (var choice in scene.Choices.Where(c => stored.Choices.All(s => s.Id != c.Id)))
        {
            choice.SceneId = scene.Id;
            db.Choices.Add(choice);
        }
        await TouchAsync(db, scene.StoryId, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adds the visitor's own choice to a finished scene that is still stored; else <see cref="StoryChangedException"/>.</summary>
    public async Task AddChoiceAsync(Choice choice, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var scene = await db.Scenes.AsNoTracking().Where(s => s.Id == choice.SceneId).Select(s => new { s.StoryId, s.State }).FirstOrDefaultAsync(ct);
        if (scene is null) throw new StoryChangedException(StoryChangedException.SceneGone);
        await EnsureStoryAsync(db, scene.StoryId, ct);
        if (scene.State == SceneState.Writing) throw new StoryBusyException();
        db.Choices.Add(choice);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task SetCurrentSceneAsync(Guid storyId, Guid sceneId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, ct) ?? throw new StoryDeletedException();
        story.CurrentSceneId = sceneId;
        story.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        await db.Scenes.Where(s => s.Id == sceneId && s.StoryId == storyId && s.Unread).ExecuteUpdateAsync(u => u.SetProperty(s => s.Unread, false), ct);
    }

    /// <summary>
    /// Scenes left "writing" by a server that stopped mid-scene become "stopped"; their prose is kept, and ways on are
    /// offered from it (the visitor may also let the storyteller carry on from the saved words).
    /// </summary>
    public async Task<int> CloseInterruptedScenesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var interrupted = await db.Scenes.Include(s => s.Choices).Where(s => s.State == SceneState.Writing).ToListAsync(ct);
        var storyIds = interrupted.Select(s => s.StoryId).Distinct().ToList();
        var genres = await db.Stories.Where(s => storyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Seed.Genre, ct);
        foreach (var scene in interrupted)
        {
            scene.State = SceneState.Stopped;
            if (scene.Choices.Count > 0 || scene.Prose.Length == 0) continue;
            var offered = SceneOutputParser.Parse(scene.Prose, genres.GetValueOrDefault(scene.StoryId), cutOff: true).Choices;
            db.Choices.AddRange(offered.Select((text, i) => new Choice { SceneId = scene.Id, Position = i, Text = text }));
        }
        await db.SaveChangesAsync(ct);
        return interrupted.Count;
    }

    private static IQueryable<Story> WithTree(StoryExhibitDb db)
        => db.Stories.AsNoTracking().Include(s => s.Scenes).ThenInclude(s => s.Choices).AsSplitQuery();

    private static async Task EnsureStoryAsync(StoryExhibitDb db, Guid storyId, CancellationToken ct)
    {
        if (!await db.Stories.AnyAsync(s => s.Id == storyId, ct)) throw new StoryDeletedException();
    }

    private static async Task TouchAsync(StoryExhibitDb db, Guid storyId, CancellationToken ct)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, ct);
        if (story is not null) story.UpdatedUtc = DateTime.UtcNow;
    }
}
