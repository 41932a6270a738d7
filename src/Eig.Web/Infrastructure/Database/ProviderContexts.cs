using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Eig.Web.Infrastructure.Database;

// EF Core's pattern for several providers (learn.microsoft.com/ef/core/managing-schemas/migrations/providers):
// one context type per provider, each with its own migrations, in Migrations/Sqlite and Migrations/PostgreSql.
// The model is EigDbContext's; these types only tell EF which migration set and snapshot belong to which provider.

/// <summary>EigDbContext on SQLite; owns Infrastructure/Database/Migrations/Sqlite.</summary>
public sealed class SqliteEigDbContext(DbContextOptions<SqliteEigDbContext> options) : EigDbContext(options);

/// <summary>EigDbContext on PostgreSQL; owns Infrastructure/Database/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlEigDbContext(DbContextOptions<PostgreSqlEigDbContext> options) : EigDbContext(options);

/// <summary>What <c>dotnet ef … --context SqliteEigDbContext</c> builds: no web host, the connection string from
/// <c>--ConnectionStrings:Eig=…</c> after <c>--</c>, or <c>ConnectionStrings__Eig</c>, or the embedded default.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEigDbContext>
{
    public SqliteEigDbContext CreateDbContext(string[] args) =>
        (SqliteEigDbContext)DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, DesignTime.ConnectionString(args) ?? DatabaseSetup.DefaultSqlite);
}

/// <summary>What <c>dotnet ef … --context PostgreSqlEigDbContext</c> builds. Adding a migration opens no connection,
/// so a server is only needed for commands that touch a database (<c>database update</c>).</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlEigDbContext>
{
    public PostgreSqlEigDbContext CreateDbContext(string[] args) =>
        (PostgreSqlEigDbContext)DatabaseSetup.CreateContext(DatabaseProvider.PostgreSQL,
            DesignTime.ConnectionString(args) ?? "Host=localhost;Database=eig;Username=eig");
}

internal static class DesignTime
{
    public static string? ConnectionString(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()
            .GetConnectionString("Eig") is { Length: > 0 } cs ? cs : null;
}
