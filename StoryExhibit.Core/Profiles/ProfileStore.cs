using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Profiles;

/// <summary>
/// Visitor profiles and the stories written under them. A profile's name is checked like any visitor text; deleting a
/// profile deletes every story under it through <see cref="VisitorDataEraser"/>, as "Your data" does for one story.
/// </summary>
public sealed class ProfileStore(IDbContextFactory<StoryExhibitDb> contexts, VisitorTextGuard guard, VisitorDataEraser eraser, ILogger<ProfileStore> log)
{
    public const int NameMax = 40;
    public const int MaxGenres = 3;

    /// <summary>What is wrong with <paramref name="draft"/>, keyed by its property; empty when it may be saved.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(ProfileDraft draft)
    {
        var problems = new List<(string, string)>();
        var name = FreeText.Normalize(draft.Name, FreeTextKind.Name);
        if (name.Length > NameMax) problems.Add((nameof(ProfileDraft.Name), $"Your name has {name.Length} characters; please keep it to {NameMax}."));
        if (!ProfileAvatars.All.Contains(draft.Avatar)) problems.Add((nameof(ProfileDraft.Avatar), "Please pick one of the pictures."));
        if (draft.Genres.Count > MaxGenres) problems.Add((nameof(ProfileDraft.Genres), $"Please pick up to {MaxGenres} genres."));
        else if (draft.Genres.Any(g => !Genres.All.Contains(g))) problems.Add((nameof(ProfileDraft.Genres), "Please pick genres from the list."));
        return problems;
    }

    /// <summary>
    /// Saves a new profile (no <paramref name="code"/>) or the one with <paramref name="code"/>; null when that code has
    /// no profile. Throws <see cref="ContentRefusedException"/> for a draft that does not fit (nothing is saved then).
    /// </summary>
    public async Task<VisitorProfile?> SaveAsync(string? code, ProfileDraft draft, CancellationToken ct)
    {
        draft = draft with { Name = FreeText.Normalize(draft.Name, FreeTextKind.Name), Genres = [.. draft.Genres.Distinct()] };
        var problems = Check(draft);
        if (problems.Count > 0) throw new ContentRefusedException(problems);
        if (draft.Name!.Length > 0
            && await guard.CheckAsync(VisitorTextField.ProfileName, draft.Name, ContentRating.Mild, draft.Audience ?? Audience.Children, null, ct) is { } refused)
            throw new ContentRefusedException([(nameof(ProfileDraft.Name), refused)]);

        await using var db = await contexts.CreateDbContextAsync(ct);
        VisitorProfile? profile;
        if (code is null)
        {
            profile = new VisitorProfile { Code = SessionCodes.Create() };
            db.Profiles.Add(profile);
        }
        else
        {
            var normalized = SessionCodes.Normalize(code);
            profile = await db.Profiles.FirstOrDefaultAsync(p => p.Code == normalized, ct);
            if (profile is null) return null;
        }
        profile.Name = draft.Name;
        profile.Avatar = draft.Avatar;
        profile.Genres = [.. draft.Genres];
        profile.Audience = draft.Audience;
        profile.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        log.LogInformation("Profile {ProfileId} saved ({New})", profile.Id, code is null ? "new" : "changed");
        return profile;
    }

    public async Task<VisitorProfile?> FindAsync(string? code, CancellationToken ct)
    {
        if (SessionCodes.Normalize(code) is not { } normalized) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Code == normalized, ct);
    }

    /// <summary>Files the story under the profile, unless it is already under one (a story belongs to one profile).</summary>
    public async Task<bool> AddStoryAsync(Guid profileId, Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ProfileStories.AnyAsync(p => p.StoryId == storyId, ct)) return false;
        if (!await db.Profiles.AnyAsync(p => p.Id == profileId, ct) || !await db.Stories.AnyAsync(s => s.Id == storyId, ct)) return false;
        db.ProfileStories.Add(new ProfileStory { ProfileId = profileId, StoryId = storyId });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // filed at the same moment from another page, or the story was deleted meanwhile
        }
    }

    /// <summary>The profile's stories, the one touched last first.</summary>
    public async Task<IReadOnlyList<ProfileStorySummary>> StoriesAsync(Guid profileId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stories = await db.ProfileStories.Where(p => p.ProfileId == profileId)
            .Join(db.Stories, p => p.StoryId, s => s.Id, (p, s) => new
            {
                s.SessionCode, s.Title, s.Seed.Genre, s.UpdatedUtc,
                Scenes = db.Scenes.Count(c => c.StoryId == s.Id),
                Ended = db.Scenes.Any(c => c.StoryId == s.Id && c.IsEnding),
            })
            .ToListAsync(ct);
        return [.. stories.OrderByDescending(s => s.UpdatedUtc).Select(s => new ProfileStorySummary(s.SessionCode, s.Title, s.Genre, s.Scenes, s.Ended, s.UpdatedUtc))];
    }

    /// <summary>How many stories the profile holding <paramref name="storyId"/> has; 0 when the story is under none.</summary>
    public async Task<int> StoriesAlongsideAsync(Guid storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var profileId = await db.ProfileStories.Where(p => p.StoryId == storyId).Select(p => (Guid?)p.ProfileId).FirstOrDefaultAsync(ct);
        return profileId is null ? 0 : await db.ProfileStories.CountAsync(p => p.ProfileId == profileId, ct);
    }

    /// <summary>Deletes the profile and every story under it (their scenes, pictures, narration, feedback...); false when no profile has the code.</summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken ct)
    {
        if (await FindAsync(code, ct) is not { } profile) return false;
        List<Guid> storyIds;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            storyIds = await db.ProfileStories.Where(p => p.ProfileId == profile.Id).Select(p => p.StoryId).ToListAsync(ct);
        foreach (var storyId in storyIds) await eraser.EraseAsync(storyId, ErasureReasons.Visitor, ct);
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.ProfileStories.Where(p => p.ProfileId == profile.Id).ExecuteDeleteAsync(ct);
            await db.Profiles.Where(p => p.Id == profile.Id).ExecuteDeleteAsync(ct);
        }
        log.LogInformation("Profile {ProfileId} deleted with its {Stories} stories", profile.Id, storyIds.Count);
        return true;
    }
}
