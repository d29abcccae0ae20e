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

    public async Task AddSceneAsync(Scene scene, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Scenes.Add(scene);
        await TouchAsync(db, scene.StoryId, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves a scene's prose, state and flags, and replaces its offered choices.</summary>
    public async Task SaveSceneAsync(Scene scene, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Scenes.Include(s => s.Choices).FirstOrDefaultAsync(s => s.Id == scene.Id, ct)
            ?? throw new InvalidOperationException($"Scene {scene.Id} is not stored.");
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
    }

    public async Task AddChoiceAsync(Choice choice, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Choices.Add(choice);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetCurrentSceneAsync(Guid storyId, Guid sceneId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var story = await db.Stories.FirstAsync(s => s.Id == storyId, ct);
        story.CurrentSceneId = sceneId;
        story.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Scenes left "writing" by a server that stopped mid-scene become "stopped"; their prose is kept.</summary>
    public async Task<int> CloseInterruptedScenesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Scenes.Where(s => s.State == SceneState.Writing).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, SceneState.Stopped), ct);
    }

    private static IQueryable<Story> WithTree(StoryExhibitDb db)
        => db.Stories.AsNoTracking().Include(s => s.Scenes).ThenInclude(s => s.Choices).AsSplitQuery();

    private static async Task TouchAsync(StoryExhibitDb db, Guid storyId, CancellationToken ct)
    {
        var story = await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, ct);
        if (story is not null) story.UpdatedUtc = DateTime.UtcNow;
    }
}
