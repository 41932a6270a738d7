using Eig.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eig.Web.Infrastructure.Database;

public enum DatabaseProvider { Sqlite, PostgreSQL }

/// <summary>Chooses the database from configuration: <c>Database:Provider</c> (Sqlite by default, or PostgreSQL)
/// and <c>ConnectionStrings:Eig</c>.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/eig.db";

    public static DatabaseProvider Provider(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSQL
            : DatabaseProvider.Sqlite;

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Eig") is { Length: > 0 } cs ? cs
        : Provider(config) == DatabaseProvider.Sqlite ? DefaultSqlite
        : throw new InvalidOperationException("ConnectionStrings:Eig est requis avec Database:Provider=PostgreSQL.");

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        // A failed query or save is logged once, by whoever handles the exception (the error page with its reference,
        // the scheduler, the mail sender), or not at all when a page expects it (a concurrency conflict, a unique
        // index met by a double click): EF's own entries for the same exception would be a second and third error.
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug)));
        if (provider == DatabaseProvider.PostgreSQL)
        {
            options.UseNpgsql(connectionString);
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);
        }
    }

    /// <summary>A context of the provider's own type (its migrations are attached to it), outside any container:
    /// tests, benchmarks, design time.</summary>
    public static EigDbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            var pg = new DbContextOptionsBuilder<PostgreSqlEigDbContext>();
            Configure(pg, provider, connectionString);
            return new PostgreSqlEigDbContext(pg.Options);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteEigDbContext>();
        Configure(sqlite, provider, connectionString);
        return new SqliteEigDbContext(sqlite.Options);
    }

    public static IServiceCollection AddEigDatabase(this IServiceCollection services, IConfiguration config)
    {
        var provider = Provider(config);
        var cs = ConnectionString(config);
        // Everyone asks for EigDbContext and gets the provider's type, with the provider's migrations.
        if (provider == DatabaseProvider.PostgreSQL)
            services.AddDbContext<EigDbContext, PostgreSqlEigDbContext>(o => Configure(o, provider, cs));
        else
            services.AddDbContext<EigDbContext, SqliteEigDbContext>(o => Configure(o, provider, cs));
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var dir = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }
}
