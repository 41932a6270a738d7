using Eig.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Eig.Tests.Support;

/// <summary>
/// A fresh, empty database for one factory (or one schema test): a SQLite file in its own temp folder, or, when
/// <c>EIG_TEST_POSTGRES</c> holds a connection string to a server, a uniquely named PostgreSQL database created here
/// and dropped on dispose. Tests never share one unless they ask to (e.g. two factories on one key ring).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    public const string PostgresVariable = "EIG_TEST_POSTGRES";

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>SQLite: the temp folder holding the file. PostgreSQL: null.</summary>
    public string? Folder { get; }
    private readonly string? _pgAdmin;
    private readonly string? _pgName;
    private bool _disposed;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? pgAdmin, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _pgAdmin = pgAdmin;
        _pgName = pgName;
    }

    /// <summary>The PostgreSQL server given to the suite, or null to run on SQLite.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static TestDatabase Create() =>
        PostgresServer is { } server ? CreatePostgres(server) : CreateSqlite();

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eig-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "eig.db") }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, cs, folder, null, null);
    }

    public static TestDatabase CreatePostgres(string server)
    {
        var name = "eig_test_" + Guid.NewGuid().ToString("N")[..20];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString();
        using (var conn = new NpgsqlConnection(admin))
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE \"{name}\"";
            cmd.ExecuteNonQuery();
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.PostgreSQL, cs, null, admin, name);
    }

    /// <summary>Configuration keys that point the application at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Eig", ConnectionString),
    ];

    /// <summary>A context of the provider's type (SqliteEigDbContext or PostgreSqlEigDbContext), as the app gets.</summary>
    public EigDbContext CreateContext() => DatabaseSetup.CreateContext(Provider, ConnectionString);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (Provider == DatabaseProvider.Sqlite)
        {
            using (var c = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(c);
            try { Directory.Delete(Folder!, recursive: true); }
            catch (IOException) { /* a handle still open somewhere: the temp folder is cleaned by the OS */ }
        }
        else
        {
            using (var c = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(c);
            using var conn = new NpgsqlConnection(_pgAdmin);
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Provider == DatabaseProvider.Sqlite ? $"SQLite {Folder}" : $"PostgreSQL {_pgName}";
}
