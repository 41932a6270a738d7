using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123092212_EvenementsEtCreneaux")]
public partial class EvenementsEtCreneaux : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CreneauxAppel",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Debut = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CreneauxAppel", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Evenements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: false),
                Debut = table.Column<DateTime>(nullable: false),
                DureeMinutes = table.Column<int>(nullable: false),
                Lien = table.Column<string>(maxLength: 500, nullable: false),
                Capacite = table.Column<int>(nullable: false),
                Inscrits = table.Column<int>(nullable: false),
                Publie = table.Column<bool>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Evenements", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ReservationsCreneaux",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CreneauId = table.Column<Guid>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Objet = table.Column<string>(maxLength: 1000, nullable: false),
                JetonAnnulationHash = table.Column<string>(maxLength: 100, nullable: false),
                ReserveLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReservationsCreneaux", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReservationsCreneaux_CreneauxAppel_CreneauId",
                    column: x => x.CreneauId,
                    principalTable: "CreneauxAppel",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "InscriptionsEvenements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EvenementId = table.Column<Guid>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                InscritLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InscriptionsEvenements", x => x.Id);
                table.ForeignKey(
                    name: "FK_InscriptionsEvenements_Evenements_EvenementId",
                    column: x => x.EvenementId,
                    principalTable: "Evenements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_CreneauxAppel_Debut", table: "CreneauxAppel", column: "Debut", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Evenements_Debut", table: "Evenements", column: "Debut");

        migrationBuilder.CreateIndex(name: "IX_InscriptionsEvenements_EvenementId_Email", table: "InscriptionsEvenements", columns: new[] { "EvenementId", "Email" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_ReservationsCreneaux_CreneauId", table: "ReservationsCreneaux", column: "CreneauId", unique: true);

    }
}
