using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eig.Web.Infrastructure.Database;

/// <summary>Every SQLite connection waits for the write lock instead of failing ("database is locked"), and commits
/// without an fsync per transaction: in WAL mode <c>synchronous=NORMAL</c> keeps the database consistent after a
/// crash of the process or the machine and may only lose the last transactions on a power cut.</summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();
    /// <summary>How long a writer waits for another one before giving up, in milliseconds.</summary>
    public const int BusyTimeoutMs = 30_000;
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
