using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eig.Web.Infrastructure.Database;

/// <summary>Transactions that decide one thing at a time, on both databases, for the few decisions where a check
/// and a write must not be separated by another request (the next dossier number, deleting a slot someone may be
/// booking).</summary>
public static class Verrous
{
    /// <summary>Begins a transaction serialised with every other one taken for the same <paramref name="cle"/>.
    /// SQLite: Microsoft.Data.Sqlite begins with <c>BEGIN IMMEDIATE</c>, so the database's single write lock is held
    /// from the first read to the commit (others wait on the busy timeout). PostgreSQL: a transaction-scoped
    /// advisory lock on the key, released at commit or rollback.</summary>
    public static async Task<IDbContextTransaction> TransactionExclusiveAsync(this DatabaseFacade db, string cle, CancellationToken ct = default)
    {
        var tx = await db.BeginTransactionAsync(ct);
        if (db.IsNpgsql())
            await db.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({cle}))", ct);
        return tx;
    }
}
