using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations and makes sure the five roles exist (the code refers to them by name).
    /// SQLite is switched to WAL so that the mail sender and requests don't block each other.</summary>
    public static async Task ApplyAsync(EigDbContext db, CancellationToken ct = default)
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
