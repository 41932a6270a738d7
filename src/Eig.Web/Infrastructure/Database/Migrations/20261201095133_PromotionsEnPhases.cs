using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261201095133_PromotionsEnPhases")]
public partial class PromotionsEnPhases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(table: "Promotions", name: "Libelle", maxLength: 200, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<bool>(table: "Promotions", name: "Publiee", nullable: false, defaultValue: false);
        // Promotions that exist already came from the former site, where they were public.
        migrationBuilder.Sql("UPDATE \"Promotions\" SET \"Publiee\" = TRUE");

        migrationBuilder.AddColumn<DateTime>(table: "Promotions", name: "PublieeLe", nullable: true);

        migrationBuilder.AddColumn<Guid>(table: "Promotions", name: "Version", nullable: false, defaultValue: Guid.Empty);

        migrationBuilder.CreateTable(
            name: "ResultatsEig",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonneId = table.Column<Guid>(nullable: false),
                Issue = table.Column<string>(maxLength: 40, nullable: false),
                Ou = table.Column<string>(maxLength: 300, nullable: false),
                Date = table.Column<DateOnly>(nullable: true),
                Source = table.Column<string>(maxLength: 40, nullable: false),
                SaisiParId = table.Column<Guid>(nullable: true),
                SaisiLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResultatsEig", x => x.Id);
                table.ForeignKey(
                    name: "FK_ResultatsEig_Personnes_PersonneId",
                    column: x => x.PersonneId,
                    principalTable: "Personnes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<Guid>(table: "Defis", name: "DossierId", nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "SponsorNom", maxLength: 200, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<string>(table: "Defis", name: "SponsorFonction", maxLength: 200, nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "PhasesPromotions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PromotionId = table.Column<Guid>(nullable: false),
                Ordre = table.Column<int>(nullable: false),
                Nom = table.Column<string>(maxLength: 100, nullable: false),
                Debut = table.Column<DateOnly>(nullable: false),
                Fin = table.Column<DateOnly>(nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Attendus = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PhasesPromotions", x => x.Id);
                table.ForeignKey(
                    name: "FK_PhasesPromotions_Promotions_PromotionId",
                    column: x => x.PromotionId,
                    principalTable: "Promotions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ResultatsDefis",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: false),
                Issue = table.Column<string>(maxLength: 40, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Lien = table.Column<string>(maxLength: 500, nullable: true),
                Commentaire = table.Column<string>(maxLength: 2000, nullable: false),
                Source = table.Column<string>(maxLength: 40, nullable: false),
                SaisiParId = table.Column<Guid>(nullable: true),
                SaisiLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResultatsDefis", x => x.Id);
                table.ForeignKey(
                    name: "FK_ResultatsDefis_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<Guid>(table: "MembresEquipes", name: "PersonneId", nullable: true);

        migrationBuilder.CreateIndex(name: "IX_Defis_DossierId", table: "Defis", column: "DossierId");

        migrationBuilder.CreateIndex(name: "IX_MembresEquipes_PersonneId", table: "MembresEquipes", column: "PersonneId");

        migrationBuilder.CreateIndex(name: "IX_PhasesPromotions_PromotionId_Ordre", table: "PhasesPromotions", columns: new[] { "PromotionId", "Ordre" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_ResultatsDefis_DefiId", table: "ResultatsDefis", column: "DefiId", unique: true);

        migrationBuilder.CreateIndex(name: "IX_ResultatsEig_PersonneId", table: "ResultatsEig", column: "PersonneId", unique: true);

    }
}
