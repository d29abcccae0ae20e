using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Jobs;

/// <summary>Jobs in the database and their folders on disk.</summary>
public sealed class JobRecords(IDbContextFactory<StoryExhibitDb> contexts, DataFolders folders, IOptions<JobOptions> options, IServiceProvider services)
{
    internal static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private static readonly JobState[] UnderWay = [JobState.Queued, JobState.Running];

    public TimeProvider Clock { get; } = services.GetService<TimeProvider>() ?? TimeProvider.System;
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
    public string Root => Path.GetFullPath(Path.Combine(folders.Root, options.Value.Folder));
    public string FolderOf(Guid id) => Path.Combine(Root, id.ToString("N"));

    public static JobSnapshot Snapshot(JobRecord r) => new(r.Id, r.Kind, r.State, r.Progress, r.ProgressText, Utc(r.CreatedUtc), Utc(r.StartedUtc),
        Utc(r.FinishedUtc), r.Error, r.StoryId, JsonSerializer.Deserialize<List<JobFile>>(r.FilesJson, Json) ?? []);

    /// <summary>SQLite gives times back without their kind; the API would then write them without the "Z" that says UTC.</summary>
    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
    private static DateTime? Utc(DateTime? time) => time is { } t ? Utc(t) : null;

    public async Task AddAsync(JobRecord record, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Jobs.Add(record);
        await db.SaveChangesAsync(ct);
    }

    public async Task<JobRecord?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    public async Task<int> CountUnderWayAsync(JobOwner owner, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.CountAsync(j => j.OwnerKind == owner.Kind && j.OwnerId == owner.Id && UnderWay.Contains(j.State), ct);
    }

    public async Task<List<JobRecord>> ListAsync(JobOwner? owner, Guid? storyId, int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Jobs.AsNoTracking();
        if (owner is not null) query = query.Where(j => j.OwnerKind == owner.Kind && j.OwnerId == owner.Id);
        if (storyId is { } story) query = query.Where(j => j.StoryId == story);
        return await query.OrderByDescending(j => j.CreatedUtc).ThenByDescending(j => j.Id).Take(Math.Clamp(max, 1, 1000)).ToListAsync(ct);
    }

    /// <summary>The newest jobs of everyone with their owners as staff see them (never a visitor's key) and stories' codes.</summary>
    public async Task<JobOverview> OverviewAsync(int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await db.Jobs.CountAsync(ct);
        var newest = await db.Jobs.AsNoTracking().OrderByDescending(j => j.CreatedUtc).ThenByDescending(j => j.Id).Take(Math.Clamp(max, 1, 1000)).ToListAsync(ct);
        var storyIds = newest.Where(j => j.StoryId is not null).Select(j => j.StoryId!.Value).Distinct().ToList();
        var codes = await db.Stories.Where(s => storyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.SessionCode, ct);
        var keyIds = newest.Where(j => j.OwnerKind == JobOwnerKind.ApiKey && Guid.TryParse(j.OwnerId, out _)).Select(j => Guid.Parse(j.OwnerId)).Distinct().ToList();
        var keyNames = await db.ApiKeys.Where(k => keyIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        return new JobOverview([.. newest.Select(j => new StaffJob(Snapshot(j), j.OwnerKind, OwnerName(j, keyNames), j.StoryId is { } s ? codes.GetValueOrDefault(s) : null))], total);
    }

    private static string? OwnerName(JobRecord job, Dictionary<Guid, string> keyNames) => job.OwnerKind switch
    {
        JobOwnerKind.ApiKey => Guid.TryParse(job.OwnerId, out var key) && keyNames.TryGetValue(key, out var name) ? name : "a deleted key",
        JobOwnerKind.Staff => job.OwnerId,
        _ => null,
    };

    /// <summary>Jobs still queued or running, oldest first: what the runner picks up at start.</summary>
    public async Task<List<JobRecord>> UnderWayAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.Where(j => UnderWay.Contains(j.State)).OrderBy(j => j.CreatedUtc).ToListAsync(ct);
    }

    /// <summary>Moves a queued job to running; false when it is no longer queued (cancelled, or already taken).</summary>
    public async Task<bool> ClaimAsync(Guid id, DateTime startedUtc, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.Where(j => j.Id == id && j.State == JobState.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.State, JobState.Running).SetProperty(j => j.StartedUtc, startedUtc), ct) == 1;
    }

    /// <summary>Cancels a job that is still queued; false when it was not.</summary>
    public async Task<bool> CancelQueuedAsync(Guid id, DateTime finishedUtc, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Jobs.Where(j => j.Id == id && j.State == JobState.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.State, JobState.Cancelled).SetProperty(j => j.FinishedUtc, finishedUtc), ct) == 1;
    }

    public async Task SaveProgressAsync(Guid id, double progress, string? text, Guid? storyId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Jobs.Where(j => j.Id == id && j.State == JobState.Running).ExecuteUpdateAsync(u => u
            .SetProperty(j => j.Progress, progress).SetProperty(j => j.ProgressText, text).SetProperty(j => j.StoryId, storyId), ct);
    }

    /// <summary>Writes a job's whole state (a finish, a re-queue after a restart) and returns its snapshot.</summary>
    public async Task<JobSnapshot> SaveAsync(JobRecord record, CancellationToken ct)
    {
        record.ProgressText = Trim(record.ProgressText, JobRecord.ProgressTextMax);
        record.Error = Trim(record.Error, JobRecord.ErrorMax);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Jobs.Update(record);
        await db.SaveChangesAsync(ct);
        return Snapshot(record);
    }

    /// <summary>Deletes finished jobs older than <paramref name="before"/> with their folders; returns how many.</summary>
    public async Task<int> DeleteFinishedBeforeAsync(DateTime before, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var old = await db.Jobs.Where(j => !UnderWay.Contains(j.State) && j.FinishedUtc < before).Select(j => j.Id).ToListAsync(ct);
        foreach (var id in old)
        {
            var folder = FolderOf(id);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        return await db.Jobs.Where(j => old.Contains(j.Id)).ExecuteDeleteAsync(ct);
    }

    internal static string? Trim(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..(max - 1)] + "…" : text;
}
