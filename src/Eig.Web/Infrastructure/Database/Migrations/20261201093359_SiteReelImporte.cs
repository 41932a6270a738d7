using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261201093359_SiteReelImporte")]
public partial class SiteReelImporte : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(table: "Personnes", name: "Poids", nullable: true);

        migrationBuilder.AddColumn<string>(table: "Promotions", name: "Libelle", maxLength: 60, nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "Redirections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(maxLength: 400, nullable: false),
                Cible = table.Column<string>(maxLength: 400, nullable: false),
                Manuelle = table.Column<bool>(nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Redirections", x => x.Id);
            });

        // A number no longer names one promotion alone: "Promotion 3" and "Promotion 3 - DIG" are two.
        migrationBuilder.DropIndex(name: "IX_Promotions_Numero", table: "Promotions");
        migrationBuilder.CreateIndex(name: "IX_Promotions_Numero_Libelle", table: "Promotions", columns: new[] { "Numero", "Libelle" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Redirections_Source", table: "Redirections", column: "Source", unique: true);

    }
}
