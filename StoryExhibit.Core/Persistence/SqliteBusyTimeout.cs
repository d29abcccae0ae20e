using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StoryExhibit.Core.Persistence;

/// <summary>
/// Lets SQLite itself wait for a write lock held by another connection (a narrated sentence, a batch of events) with its
/// own short sleeps. Without it Microsoft.Data.Sqlite retries a busy database after 150 ms, which a visitor's click
/// then waits for whenever two writes meet.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5000;
    private static readonly string Pragma = $"PRAGMA busy_timeout = {Milliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
