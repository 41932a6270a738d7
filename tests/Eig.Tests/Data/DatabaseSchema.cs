using System.Data.Common;
using Eig.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Eig.Tests.Data;

/// <summary>
/// The schema of a live database as its own catalog reports it, flattened to one readable line per fact
/// ("column Outbox.Sujet varchar(300) NOT NULL", "fk Defis(PromotionId) -> Promotions(Id) ON DELETE RESTRICT"…),
/// so that two schemas compare as two sets and a difference reads as a sentence.
/// EF's own bookkeeping tables (__EFMigrationsHistory, __EFMigrationsLock) are left out.
/// Column defaults are left out on purpose: a migration adding a NOT NULL column needs one for existing rows.
/// </summary>
public static class DatabaseSchema
{
    public static Task<SortedSet<string>> ReadAsync(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite ? ReadSqliteAsync(connectionString) : ReadPostgresAsync(connectionString);

    private static bool IsEfBookkeeping(string table) => table.StartsWith("__EFMigrations", StringComparison.Ordinal);

    public static async Task<SortedSet<string>> ReadSqliteAsync(string connectionString)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await conn.OpenAsync();

        var tables = await ListAsync(conn, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (table, sql) in tables.Where(t => !IsEfBookkeeping(t.Name)))
        {
            facts.Add($"table {table}");
            var columns = await ListAsync(conn, "SELECT name, type, \"notnull\", pk FROM pragma_table_info($t) ORDER BY cid",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt32(3)), ("$t", table));
            // AUTOINCREMENT only shows in the CREATE statement.
            var autoincrement = sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase);
            foreach (var c in columns)
            {
                var identity = autoincrement && c.Pk > 0 ? " AUTOINCREMENT" : "";
                facts.Add($"column {table}.{c.Name} {c.Type}{(c.NotNull ? " NOT NULL" : " NULL")}{identity}");
            }
            var pk = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).ToList();
            if (pk.Count > 0) facts.Add($"pk {table}({string.Join(", ", pk)})");

            var fks = await ListAsync(conn, "SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list($t) ORDER BY id, seq",
                r => (Id: r.GetInt64(0), From: r.GetString(3), Principal: r.GetString(2), To: r.IsDBNull(4) ? "?" : r.GetString(4), OnDelete: r.GetString(5)),
                ("$t", table));
            foreach (var fk in fks.GroupBy(f => f.Id))
                facts.Add($"fk {table}({string.Join(", ", fk.Select(f => f.From))}) -> {fk.First().Principal}({string.Join(", ", fk.Select(f => f.To))}) ON DELETE {fk.First().OnDelete.ToUpperInvariant()}");

            var indexes = await ListAsync(conn, "SELECT name, \"unique\", origin FROM pragma_index_list($t)",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2)), ("$t", table));
            foreach (var ix in indexes.Where(i => i.Origin != "pk"))
            {
                var cols = await ListAsync(conn, "SELECT name FROM pragma_index_info($i) ORDER BY seqno", r => r.GetString(0), ("$i", ix.Name));
                // A unique constraint's index has a generated name; only its columns mean something.
                var name = ix.Origin == "u" ? "(contrainte unique)" : ix.Name;
                facts.Add($"{(ix.Unique ? "unique index" : "index")} {table}.{name}({string.Join(", ", cols)})");
            }
        }
        return facts;
    }

    public static async Task<SortedSet<string>> ReadPostgresAsync(string connectionString)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await conn.OpenAsync();

        var tables = await ListAsync(conn,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
            r => r.GetString(0));
        foreach (var t in tables.Where(t => !IsEfBookkeeping(t))) facts.Add($"table {t}");

        var columns = await ListAsync(conn, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text, a.attgenerated::text
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """,
            r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetBoolean(3), Identity: r.GetString(4), Generated: r.GetString(5)));
        foreach (var c in columns.Where(c => !IsEfBookkeeping(c.Table)))
        {
            var identity = c.Identity switch { "a" => " GENERATED ALWAYS AS IDENTITY", "d" => " GENERATED BY DEFAULT AS IDENTITY", _ => "" };
            var generated = c.Generated == "s" ? " GENERATED (stored)" : "";
            facts.Add($"column {c.Table}.{c.Name} {c.Type}{(c.NotNull ? " NOT NULL" : " NULL")}{identity}{generated}");
        }

        // Constraint and index columns, in their declared order.
        const string columnsOf = """
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
             FROM unnest({0}) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = {1} AND a.attnum = k.attnum)
            """;
        var constraints = await ListAsync(conn, $"""
            SELECT con.contype::text, c.relname, {string.Format(columnsOf, "con.conkey", "con.conrelid")},
                   coalesce(pc.relname, ''), coalesce({string.Format(columnsOf, "con.confkey", "con.confrelid")}, ''),
                   con.confdeltype::text
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class pc ON pc.oid = con.confrelid
            WHERE n.nspname = 'public' AND con.contype IN ('p', 'f', 'u')
            """,
            r => (Type: r.GetString(0), Table: r.GetString(1), Columns: r.GetString(2), Principal: r.GetString(3), PrincipalColumns: r.GetString(4), OnDelete: r.GetString(5)));
        foreach (var c in constraints.Where(c => !IsEfBookkeeping(c.Table)))
        {
            facts.Add(c.Type switch
            {
                "p" => $"pk {c.Table}({c.Columns})",
                "u" => $"unique index {c.Table}.(contrainte unique)({c.Columns})",
                _ => $"fk {c.Table}({c.Columns}) -> {c.Principal}({c.PrincipalColumns}) ON DELETE {OnDelete(c.OnDelete)}",
            });
        }

        var indexes = await ListAsync(conn, $"""
            SELECT t.relname, i.relname, ix.indisunique, {string.Format(columnsOf, "ix.indkey::int2[]", "ix.indrelid")}
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT ix.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid AND con.contype = 'u')
            """,
            r => (Table: r.GetString(0), Name: r.GetString(1), Unique: r.GetBoolean(2), Columns: r.IsDBNull(3) ? "(expression)" : r.GetString(3)));
        foreach (var ix in indexes.Where(i => !IsEfBookkeeping(i.Table)))
            facts.Add($"{(ix.Unique ? "unique index" : "index")} {ix.Table}.{ix.Name}({ix.Columns})");
        return facts;
    }

    private static string OnDelete(string code) => code switch
    {
        "a" => "NO ACTION",
        "r" => "RESTRICT",
        "c" => "CASCADE",
        "n" => "SET NULL",
        "d" => "SET DEFAULT",
        _ => code,
    };

    private static async Task<List<T>> ListAsync<T>(DbConnection conn, string sql, Func<DbDataReader, T> read,
        params (string Name, object Value)[] parameters)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(read(reader));
        return list;
    }
}
