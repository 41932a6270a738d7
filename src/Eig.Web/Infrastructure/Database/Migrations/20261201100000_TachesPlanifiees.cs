using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261201100000_TachesPlanifiees")]
public partial class TachesPlanifiees : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Taches",
            columns: table => new
            {
                Nom = table.Column<string>(maxLength: 80, nullable: false),
                ProchaineExecution = table.Column<DateTime>(nullable: false),
                BailJusquA = table.Column<DateTime>(nullable: true),
                Detenteur = table.Column<string>(maxLength: 120, nullable: true),
                DernierDebut = table.Column<DateTime>(nullable: true),
                DerniereFin = table.Column<DateTime>(nullable: true),
                DernierSucces = table.Column<bool>(nullable: true),
                DernierResultat = table.Column<string>(maxLength: 2000, nullable: true),
                Executions = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Taches", x => x.Nom);
            });
    }
}
