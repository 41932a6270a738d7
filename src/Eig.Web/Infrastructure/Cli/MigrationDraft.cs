#pragma warning disable EF1001 // the model differ is internal API; this is a developer tool, not a runtime path.
using System.Globalization;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Eig.Web.Infrastructure.Cli;

/// <summary>
/// Writes a draft migration for what the model has and the migrations don't yet create: new tables, new columns,
/// new indexes. There is no EF design-time package here, so this stands in for "dotnet ef migrations add".
/// The draft carries no store types (it fits SQLite and PostgreSQL alike); read it, adjust it, commit it. The schema
/// test then proves that a migrated database equals the model on both providers.
/// </summary>
public static class MigrationDraft
{
    public static async Task<string> WriteAsync(string name, string outputDir)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"eig-draft-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<EigDbContext>();
            Database.DatabaseSetup.Configure(options, Database.DatabaseProvider.Sqlite, $"Data Source={scratch};Pooling=false");
            await using var db = new EigDbContext(options.Options);
            await db.Database.MigrateAsync();
            var existing = await ReadSchemaAsync(scratch);

            var differ = db.GetService<IMigrationsModelDiffer>();
            var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            var ops = differ.GetDifferences(null, model);

            var code = new StringBuilder();
            foreach (var op in ops)
            {
                switch (op)
                {
                    case CreateTableOperation t when !existing.ContainsKey(t.Name):
                        EmitCreateTable(code, t);
                        break;
                    case CreateTableOperation t:
                        foreach (var c in t.Columns.Where(c => !existing[t.Name].Contains(c.Name)))
                            EmitAddColumn(code, t.Name, c);
                        foreach (var fk in t.ForeignKeys.Where(fk => fk.Columns.Any(c => !existing[t.Name].Contains(c))))
                            EmitAddForeignKey(code, fk);
                        break;
                    case CreateIndexOperation i when !existing.ContainsKey("index:" + i.Name):
                        EmitCreateIndex(code, i);
                        break;
                }
            }
            if (code.Length == 0) return "Rien à migrer : le modèle et les migrations concordent.";

            var id = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + name;
            var file = new StringBuilder();
            file.AppendLine("using Microsoft.EntityFrameworkCore.Infrastructure;");
            file.AppendLine("using Microsoft.EntityFrameworkCore.Migrations;");
            file.AppendLine("using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;");
            file.AppendLine();
            file.AppendLine("namespace Eig.Web.Infrastructure.Database.Migrations;");
            file.AppendLine();
            file.AppendLine("[DbContext(typeof(EigDbContext))]");
            file.AppendLine($"[Migration(\"{id}\")]");
            file.AppendLine($"public partial class {name} : Migration");
            file.AppendLine("{");
            file.AppendLine("    protected override void Up(MigrationBuilder migrationBuilder)");
            file.AppendLine("    {");
            file.Append(code);
            file.AppendLine("    }");
            file.AppendLine("}");
            Directory.CreateDirectory(outputDir);
            var path = Path.Combine(outputDir, id + ".cs");
            await File.WriteAllTextAsync(path, file.ToString());
            return path;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(scratch);
        }
    }

    private static async Task<Dictionary<string, HashSet<string>>> ReadSchemaAsync(string path)
    {
        var result = new Dictionary<string, HashSet<string>>();
        await using var conn = new SqliteConnection($"Data Source={path};Pooling=false");
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT type, name FROM sqlite_master WHERE type IN ('table','index')";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                if (r.GetString(0) == "table") tables.Add(r.GetString(1));
                else result["index:" + r.GetString(1)] = [];
            }
        }
        foreach (var t in tables)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT name FROM pragma_table_info('{t}')";
            var cols = new HashSet<string>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) cols.Add(r.GetString(0));
            result[t] = cols;
        }
        return result;
    }

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string ClrName(Type t)
    {
        var nullable = Nullable.GetUnderlyingType(t);
        var core = nullable ?? t;
        var name = core == typeof(string) ? "string" : core == typeof(int) ? "int" : core == typeof(long) ? "long"
            : core == typeof(bool) ? "bool" : core == typeof(byte[]) ? "byte[]" : core == typeof(decimal) ? "decimal"
            : core == typeof(double) ? "double" : core == typeof(short) ? "short" : core.Name;
        return nullable is null ? name : name + "?";
    }

    private static string ColumnArgs(ColumnOperation c, bool withName)
    {
        var args = new List<string>();
        if (withName) args.Add($"name: {Q(c.Name)}");
        if (c.MaxLength is { } ml) args.Add($"maxLength: {ml}");
        if (c.IsFixedLength == true) args.Add("fixedLength: true");
        if (c.Precision is { } p) args.Add($"precision: {p}");
        if (c.Scale is { } s) args.Add($"scale: {s}");
        args.Add($"nullable: {(c.IsNullable ? "true" : "false")}");
        if (c.DefaultValue is { } dv) args.Add($"defaultValue: {Literal(dv)}");
        return string.Join(", ", args);
    }

    private static string Literal(object v) => v switch
    {
        string s => Q(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        _ => Q(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
    };

    private static void EmitCreateTable(StringBuilder b, CreateTableOperation t)
    {
        b.AppendLine("        migrationBuilder.CreateTable(");
        b.AppendLine($"            name: {Q(t.Name)},");
        b.AppendLine("            columns: table => new");
        b.AppendLine("            {");
        foreach (var c in t.Columns)
            b.AppendLine($"                {c.Name} = table.Column<{ClrName(c.ClrType)}>({ColumnArgs(c, false)}){IdentityAnnotations(c)},");
        b.AppendLine("            },");
        b.AppendLine("            constraints: table =>");
        b.AppendLine("            {");
        if (t.PrimaryKey is { } pk)
            b.AppendLine($"                table.PrimaryKey({Q(pk.Name)}, x => {Cols(pk.Columns)});");
        foreach (var u in t.UniqueConstraints)
            b.AppendLine($"                table.UniqueConstraint({Q(u.Name)}, x => {Cols(u.Columns)});");
        foreach (var fk in t.ForeignKeys)
        {
            b.AppendLine("                table.ForeignKey(");
            b.AppendLine($"                    name: {Q(fk.Name)},");
            b.AppendLine($"                    column{(fk.Columns.Length > 1 ? "s" : "")}: x => {Cols(fk.Columns)},");
            b.AppendLine($"                    principalTable: {Q(fk.PrincipalTable)},");
            b.AppendLine(fk.PrincipalColumns!.Length == 1
                ? $"                    principalColumn: {Q(fk.PrincipalColumns[0])},"
                : $"                    principalColumns: new[] {{ {string.Join(", ", fk.PrincipalColumns.Select(Q))} }},");
            b.AppendLine($"                    onDelete: ReferentialAction.{fk.OnDelete});");
        }
        b.AppendLine("            });");
        b.AppendLine();
    }

    /// <summary>The diff runs on SQLite; a generated integer key must be generated on PostgreSQL too.</summary>
    private static string IdentityAnnotations(ColumnOperation c) =>
        c["Sqlite:Autoincrement"] is true
            ? "\n                    .Annotation(\"Sqlite:Autoincrement\", true)\n                    .Annotation(\"Npgsql:ValueGenerationStrategy\", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)"
            : "";

    private static string Cols(string[] cols) =>
        cols.Length == 1 ? $"x.{cols[0]}" : $"new {{ {string.Join(", ", cols.Select(c => "x." + c))} }}";

    private static void EmitAddColumn(StringBuilder b, string table, AddColumnOperation c)
    {
        // A new NOT NULL column needs a default for the rows already there.
        var defaultArg = !c.IsNullable && c.DefaultValue is null ? $", defaultValue: {DefaultFor(c.ClrType)}" : "";
        b.AppendLine($"        migrationBuilder.AddColumn<{ClrName(c.ClrType)}>(table: {Q(table)}, {ColumnArgs(c, true)}{defaultArg});");
        b.AppendLine();
    }

    private static string DefaultFor(Type t) =>
        t == typeof(string) ? "\"\"" : t == typeof(bool) ? "false" : t == typeof(Guid) ? "Guid.Empty"
        : t == typeof(DateTime) ? "new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)" : t == typeof(DateOnly) ? "new DateOnly(2000, 1, 1)"
        : t == typeof(byte[]) ? "Array.Empty<byte>()" : "0";

    private static void EmitAddForeignKey(StringBuilder b, AddForeignKeyOperation fk)
    {
        b.AppendLine($"        migrationBuilder.AddForeignKey(name: {Q(fk.Name)}, table: {Q(fk.Table)}, column: {Q(fk.Columns[0])}, " +
                     $"principalTable: {Q(fk.PrincipalTable)}, principalColumn: {Q(fk.PrincipalColumns![0])}, onDelete: ReferentialAction.{fk.OnDelete});");
        b.AppendLine();
    }

    private static void EmitCreateIndex(StringBuilder b, CreateIndexOperation i)
    {
        var cols = i.Columns.Length == 1 ? $"column: {Q(i.Columns[0])}" : $"columns: new[] {{ {string.Join(", ", i.Columns.Select(Q))} }}";
        var extra = (i.IsUnique ? ", unique: true" : "") + (i.Filter is { } f ? $", filter: {Q(f)}" : "");
        b.AppendLine($"        migrationBuilder.CreateIndex(name: {Q(i.Name)}, table: {Q(i.Table)}, {cols}{extra});");
        b.AppendLine();
    }
}
