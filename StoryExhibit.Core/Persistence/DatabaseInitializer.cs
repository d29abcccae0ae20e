using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Core.Persistence;

/// <summary>Creates and migrates the database before the app serves anyone, and switches it to WAL.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<StoryExhibitDb> contexts, StoryStore store, DataFolders folders, DatabaseStatus status,
    ILogger<DatabaseInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(folders.Root);
        await using var db = await contexts.CreateDbContextAsync(ct);
        status.CreatedThisRun = !(await db.Database.GetAppliedMigrationsAsync(ct)).Any();
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var interrupted = await store.CloseInterruptedScenesAsync(ct);
        log.LogInformation("Database {DataSource} ready (WAL); {Interrupted} interrupted scenes kept as stopped", folders.Database, interrupted);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
