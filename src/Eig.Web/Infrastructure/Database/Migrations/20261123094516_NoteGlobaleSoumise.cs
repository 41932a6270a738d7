using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123094516_NoteGlobaleSoumise")]
public partial class NoteGlobaleSoumise : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Null for reviews submitted before this column: none in production, the call for projects ships with it.
        migrationBuilder.AddColumn<double>(table: "Evaluations", name: "NoteGlobaleSoumise", nullable: true);

    }
}
