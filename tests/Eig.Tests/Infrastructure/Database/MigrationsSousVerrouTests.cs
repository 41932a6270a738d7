using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Infrastructure.Database;

/// <summary>Several instances starting together on one empty database: the migrations are applied once, under the
/// lock (advisory lock on PostgreSQL, lock file on SQLite), and none of them fails.</summary>
public class MigrationsSousVerrouTests
{
    [Fact]
    public async Task TroisMigrationsEnMemeTemps_SurUneBaseVide_ToutesReussissent()
    {
        await using var database = TestDatabase.Create();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            await DatabaseMigrator.ApplyAsync(db);
        })));

        await using var verif = database.CreateContext();
        Assert.Empty(await verif.Database.GetPendingMigrationsAsync());
        Assert.Equal(Roles.Tous.Order(), (await verif.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task DeuxInstances_DemarreesEnsemble_SurUneBaseVide_ServentToutesLesDeux()
    {
        await using var database = TestDatabase.Create();
        await using var a = new EigWebFactory { SharedDatabase = database };
        await using var b = new EigWebFactory { SharedDatabase = database };

        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await a.NewClient().GetAsync("/sante")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await b.NewClient().GetAsync("/sante")).StatusCode);
    }

    [Fact]
    public async Task Sqlite_WalEtAttenteDuVerrou_SurChaqueConnexion()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using (var db = database.CreateContext()) await DatabaseMigrator.ApplyAsync(db);

        await using var ctx = database.CreateContext();
        await ctx.Database.OpenConnectionAsync();
        async Task<string> Pragma(string nom)
        {
            await using var cmd = ctx.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = $"PRAGMA {nom};";
            return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        Assert.Equal("wal", await Pragma("journal_mode"));
        Assert.Equal(SqlitePragmas.BusyTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture), await Pragma("busy_timeout"));
        Assert.Equal("1", await Pragma("synchronous")); // NORMAL
        Assert.Equal("1", await Pragma("foreign_keys"));
    }

    [Fact]
    public async Task Sqlite_DeuxEcrivains_LeSecondAttendAuLieuDEchouer()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using (var db = database.CreateContext()) await DatabaseMigrator.ApplyAsync(db);
        await using var premier = database.CreateContext();
        await using var second = database.CreateContext();

        await using var tx = await premier.Database.BeginTransactionAsync(); // BEGIN IMMEDIATE: the write lock
        await premier.Database.ExecuteSqlRawAsync("UPDATE \"AspNetRoles\" SET \"ConcurrencyStamp\" = 'a'");
        var attente = Task.Run(() => second.Database.ExecuteSqlRawAsync("UPDATE \"AspNetRoles\" SET \"ConcurrencyStamp\" = 'b'"));
        await Task.Delay(500);
        Assert.False(attente.IsCompleted);
        await tx.CommitAsync();

        Assert.Equal(Roles.Tous.Count, await attente.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
