using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Canvases;

/// <summary>The outcome of a save: the stored canvas, or the problems by field name.</summary>
public sealed record CanvasSaveResult(CanvasDefinition? Canvas, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Canvas is not null;
    public static CanvasSaveResult Refused(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}

/// <summary>
/// Canvas definitions in the database (each call with its own short-lived context). <see cref="Changed"/> tells the
/// <see cref="CanvasRunner"/> to pick up a created, changed or removed canvas at once.
/// </summary>
public sealed class CanvasStore(IDbContextFactory<StoryExhibitDb> contexts, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Raised after any successful create, update or remove. Handlers must be quick and must not throw.</summary>
    public event Action? Changed;

    public async Task<IReadOnlyList<CanvasDefinition>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Canvases.AsNoTracking().ToListAsync(ct);
        return [.. all.OrderBy(c => c.Slug, StringComparer.Ordinal)];
    }

    public async Task<CanvasDefinition?> GetAsync(string slug, CancellationToken ct)
    {
        if (!CanvasRules.IsSlug(slug)) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Canvases.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
    }

    public async Task<CanvasSaveResult> CreateAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        var tidy = CanvasRules.Tidy(canvas);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = await CheckAsync(db, tidy, ct);
        if (errors.Count == 0 && await db.Canvases.AnyAsync(c => c.Slug == tidy.Slug, ct))
            errors[nameof(CanvasDefinition.Slug)] = $"There is already a canvas at /canvas/{tidy.Slug}: choose another address.";
        if (errors.Count > 0) return new CanvasSaveResult(null, errors);

        tidy.CreatedUtc = tidy.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrEmpty(tidy.Title)) tidy.Title = tidy.Slug;
        db.Canvases.Add(tidy);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Two staff members creating the same address at once: the second is told, anything else is a real failure.
            if (!await SlugTakenAsync(tidy.Slug, ct)) throw;
            return CanvasSaveResult.Refused(nameof(CanvasDefinition.Slug), $"There is already a canvas at /canvas/{tidy.Slug}: choose another address.");
        }
        Changed?.Invoke();
        return new CanvasSaveResult(tidy, errors);
    }

    /// <summary>Updates the canvas with <paramref name="canvas"/>'s slug (the address of a canvas does not change).</summary>
    public async Task<CanvasSaveResult> UpdateAsync(CanvasDefinition canvas, CancellationToken ct)
    {
        var tidy = CanvasRules.Tidy(canvas);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = await CheckAsync(db, tidy, ct);
        if (errors.Count > 0) return new CanvasSaveResult(null, errors);
        var stored = await db.Canvases.FirstOrDefaultAsync(c => c.Slug == tidy.Slug, ct);
        if (stored is null) return CanvasSaveResult.Refused("", $"The canvas {tidy.Slug} was removed meanwhile; create it again if it is still wanted.");

        stored.Title = string.IsNullOrEmpty(tidy.Title) ? tidy.Slug : tidy.Title;
        stored.Source = tidy.Source;
        stored.StoryCode = tidy.StoryCode;
        stored.Prompt = tidy.Prompt;
        stored.Style = tidy.Style;
        stored.FramesPerSecond = tidy.FramesPerSecond;
        stored.ShowCornerLabel = tidy.ShowCornerLabel;
        stored.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        Changed?.Invoke();
        return new CanvasSaveResult(stored, errors);
    }

    public async Task<bool> RemoveAsync(string slug, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Canvases.FirstOrDefaultAsync(c => c.Slug == slug, ct);
        if (stored is null) return false;
        db.Canvases.Remove(stored);
        await db.SaveChangesAsync(ct);
        Changed?.Invoke();
        return true;
    }

    /// <summary>On a first start (no canvases at all) adds a test pattern and a live canvas, so a screen can be tried at once.</summary>
    public async Task<bool> AddStarterCanvasesAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Canvases.AnyAsync(ct)) return false;
        var now = _clock.GetUtcNow().UtcDateTime;
        db.Canvases.AddRange(
            new CanvasDefinition
            {
                Slug = "test-pattern", Title = "Test pattern", Source = CanvasSource.TestPattern, FramesPerSecond = 4, CreatedUtc = now, UpdatedUtc = now,
            },
            new CanvasDefinition
            {
                Slug = "live", Title = "Live painting", Source = CanvasSource.LiveGenerator, FramesPerSecond = 2, CreatedUtc = now, UpdatedUtc = now,
                Style = Generation.Images.ArtStyle.Watercolour,
                Prompt = "A quiet lake at dusk below snowy mountains, a small wooden boat with a lantern, fireflies over the reeds",
            });
        await db.SaveChangesAsync(ct);
        Changed?.Invoke();
        return true;
    }

    /// <summary>The story's id for a session code, or null when no story has it.</summary>
    public async Task<Guid?> FindStoryIdAsync(string storyCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = await db.Stories.Where(s => s.SessionCode == storyCode).Select(s => s.Id).Take(1).ToListAsync(ct);
        return ids.Count == 0 ? null : ids[0];
    }

    private static async Task<Dictionary<string, string>> CheckAsync(StoryExhibitDb db, CanvasDefinition canvas, CancellationToken ct)
    {
        var errors = CanvasRules.Check(canvas);
        if (canvas.Source == CanvasSource.Story && !errors.ContainsKey(nameof(CanvasDefinition.StoryCode))
            && !await db.Stories.AnyAsync(s => s.SessionCode == canvas.StoryCode, ct))
            errors[nameof(CanvasDefinition.StoryCode)] = $"No story has the code {canvas.StoryCode}: check it on the story's page.";
        return errors;
    }

    private async Task<bool> SlugTakenAsync(string slug, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Canvases.AnyAsync(c => c.Slug == slug, ct);
    }
}
