using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eig.Web.Infrastructure.Database;

/// <summary>The <c>backup &lt;file&gt;</c> verb. SQLite: the online backup API, a consistent copy taken while the
/// service runs (a file copy would miss what is still in the WAL), written beside the target then renamed.
/// PostgreSQL: <c>pg_dump</c> in its custom format (restored with <c>pg_restore</c>; see the README).</summary>
public static class Sauvegarde
{
    public static async Task SauvegarderAsync(EigDbContext db, string fichier, CancellationToken ct = default)
    {
        var cible = Path.GetFullPath(fichier);
        Directory.CreateDirectory(Path.GetDirectoryName(cible)!);
        var temporaire = cible + ".partiel";
        File.Delete(temporaire);
        var cs = db.Database.GetConnectionString()!;
        if (db.Database.IsSqlite())
        {
            await using var source = new SqliteConnection(cs);
            await source.OpenAsync(ct);
            await using (var copie = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporaire, Pooling = false }.ToString()))
            {
                await copie.OpenAsync(ct);
                source.BackupDatabase(copie);
                await using var cmd = copie.CreateCommand();
                cmd.CommandText = "PRAGMA journal_mode=DELETE;"; // one self-contained file
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        else
        {
            await PgDumpAsync(cs, temporaire, ct);
        }
        File.Move(temporaire, cible, overwrite: true);
    }

    private static async Task PgDumpAsync(string connectionString, string fichier, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgDump(), ["--format=custom", "--no-owner", $"--file={fichier}",
            $"--host={b.Host}", $"--port={b.Port}", $"--username={b.Username}", $"--dbname={b.Database}"])
        {
            RedirectStandardError = true, UseShellExecute = false,
        };
        if (!string.IsNullOrEmpty(b.Password)) start.Environment["PGPASSWORD"] = b.Password;
        using var p = Process.Start(start) ?? throw new InvalidOperationException("pg_dump n'a pas démarré.");
        var erreurs = await p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        if (p.ExitCode != 0) throw new DomainException($"pg_dump a échoué (code {p.ExitCode}) : {erreurs.Trim()}");
    }

    /// <summary>pg_dump from PATH, else the newest of /usr/lib/postgresql/*/bin (Debian's layout).</summary>
    public static string PgDump() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "pg_dump"))
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin", "pg_dump"))
                : [])
            .FirstOrDefault(File.Exists)
        ?? throw new DomainException("pg_dump est introuvable : installez le client PostgreSQL (postgresql-client).");
}
