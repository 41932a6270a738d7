using Eig.Web.Comptes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eig.Web.Infrastructure.Database;

public static class DatabaseMigrator
{
    /// <summary>Key of the PostgreSQL advisory lock held while migrating (any constant that no one else uses).</summary>
    public const long CleVerrouMigrations = 0x4549_475F_4D49_47; // "EIG_MIG"

    /// <summary>Applies pending migrations and makes sure the five roles exist (the code refers to them by name),
    /// under a lock that several instances starting together on one database take in turn: the first migrates,
    /// the others wait, then find nothing to do. SQLite is switched to WAL so that readers never wait for a writer.</summary>
    public static async Task ApplyAsync(EigDbContext db, CancellationToken ct = default)
    {
        await using (await VerrouMigrationsAsync(db, ct))
        {
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

            var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
            foreach (var name in Roles.Tous.Except(existing!))
                db.Roles.Add(new Role(name) { ConcurrencyStamp = Guid.NewGuid().ToString() });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>PostgreSQL: a session advisory lock on a connection of its own, held until disposed. SQLite: an
    /// exclusive lock file beside the database (the OS releases it if the process dies; the file is left in place:
    /// deleting it on release would let a waiter and a newcomer lock two different files).</summary>
    public static async Task<IAsyncDisposable> VerrouMigrationsAsync(EigDbContext db, CancellationToken ct = default)
    {
        var cs = db.Database.GetConnectionString()!;
        if (db.Database.IsNpgsql())
        {
            var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ToString());
            await conn.OpenAsync(ct);
            await using (var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({CleVerrouMigrations})", conn))
            {
                cmd.CommandTimeout = 0; // as long as the other instance's migrations take
                await cmd.ExecuteNonQueryAsync(ct);
            }
            return new Liberation(async () =>
            {
                await using (var cmd = new NpgsqlCommand($"SELECT pg_advisory_unlock({CleVerrouMigrations})", conn))
                    await cmd.ExecuteNonQueryAsync(CancellationToken.None);
                await conn.DisposeAsync();
            });
        }
        var fichier = new SqliteConnectionStringBuilder(cs).DataSource;
        if (string.IsNullOrEmpty(fichier) || fichier == ":memory:") return new Liberation(() => ValueTask.CompletedTask);
        var chemin = Path.GetFullPath(fichier) + ".migrations.lock";
        var attente = TimeSpan.FromMinutes(5);
        var debut = DateTime.UtcNow;
        while (true)
        {
            try
            {
                var verrou = new FileStream(chemin, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Liberation(() => verrou.DisposeAsync());
            }
            catch (IOException) when (DateTime.UtcNow - debut < attente)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    private sealed class Liberation(Func<ValueTask> liberer) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => liberer();
    }
}
