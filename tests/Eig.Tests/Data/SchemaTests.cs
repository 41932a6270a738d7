using Eig.Tests.Support;
using Eig.Web.Infrastructure.Cli;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Data;

/// <summary>
/// Migrations are written by hand, so nothing but this test says that they build the database the model describes.
/// Database A is built by the migrations, database B by EnsureCreated (straight from the model); their catalogs
/// must agree on tables, columns (store type, nullability, identity), keys, foreign keys and indexes.
/// </summary>
public class SchemaTests
{
    /// <summary>Runs on the suite's provider: SQLite by default, PostgreSQL when EIG_TEST_POSTGRES is set
    /// (.ci/run does both passes).</summary>
    [Fact]
    public Task Migrations_BuildTheModelSchema() => AssertMigrationsMatchModelAsync(TestDatabase.Create);

    private static async Task AssertMigrationsMatchModelAsync(Func<TestDatabase> create)
    {
        await using var migrated = create();
        await using var created = create();
        await using (var db = migrated.CreateContext()) await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await using (var db = created.CreateContext()) Assert.True(await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken));

        var fromMigrations = await DatabaseSchema.ReadAsync(migrated.Provider, migrated.ConnectionString);
        var fromModel = await DatabaseSchema.ReadAsync(created.Provider, created.ConnectionString);

        Assert.Contains("table AspNetUsers", fromModel);
        Assert.Contains("table Outbox", fromModel);
        var onlyMigrations = fromMigrations.Except(fromModel).ToList();
        var onlyModel = fromModel.Except(fromMigrations).ToList();
        if (onlyMigrations.Count + onlyModel.Count > 0)
        {
            Assert.Fail($"""
                Le schéma construit par les migrations ({migrated.Provider}) diffère de celui du modèle.
                Seulement dans la base migrée :
                {Lines(onlyMigrations)}
                Seulement dans le modèle (à ajouter par une migration) :
                {Lines(onlyModel)}
                """);
        }
    }

    private static string Lines(List<string> facts) =>
        facts.Count == 0 ? "  (rien)" : string.Join(Environment.NewLine, facts.Select(f => "  - " + f));

    [Fact]
    public async Task DraftMigration_OnTheCurrentModel_HasNothingToWrite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eig-tests", "draft-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await MigrationDraft.WriteAsync("Verification", folder);

            var written = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            Assert.True(written.Length == 0,
                $"draft-migration a écrit {string.Join(", ", written)} : le modèle a des changements sans migration.\n"
                + (written.Length > 0 ? File.ReadAllText(written[0]) : ""));
            Assert.StartsWith("Rien à migrer", result);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
